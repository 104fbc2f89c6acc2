import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Transaction } from '@/lib/api/domain';
import { mergeTransactions } from '@/lib/background/snapshot-update';

const tx = fc.record({
  id: fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `t${i}`)),
  type: fc.constantFrom('tool_call', 'purchase'),
  credits: fc.integer({ min: -500, max: 500 }),
  balanceAfter: fc.constant(null),
  description: fc.constant(null),
  grantId: fc.constant(null),
  createdAt: fc.integer({ min: 0, max: 1000 }),
}) satisfies fc.Arbitrary<Transaction>;

describe('mergeTransactions', () => {
  it('gives unique ids, newest first, at most N, fresh copies winning', () => {
    fc.assert(
      fc.property(fc.array(tx, { maxLength: 40 }), fc.array(tx, { maxLength: 40 }), fc.integer({ min: 0, max: 50 }), (stored, page, max) => {
        const merged = mergeTransactions(stored, page, max);
        const ids = merged.map((t) => t.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(merged.length).toBeLessThanOrEqual(max);
        for (let i = 1; i < merged.length; i += 1) expect(merged[i - 1]!.createdAt).toBeGreaterThanOrEqual(merged[i]!.createdAt);
        for (const t of merged) {
          const freshCopy = [...page].reverse().find((p) => p.id === t.id);
          if (freshCopy) expect(t).toEqual(freshCopy);
        }
      }),
    );
  });

  it('is idempotent: merging the same page again changes nothing', () => {
    fc.assert(
      fc.property(fc.array(tx, { maxLength: 40 }), fc.array(tx, { maxLength: 40 }), (stored, page) => {
        const once = mergeTransactions(stored, page, 25);
        expect(mergeTransactions(once, page, 25)).toEqual(once);
        expect(mergeTransactions(once, once, 25)).toEqual(once);
      }),
    );
  });
});
