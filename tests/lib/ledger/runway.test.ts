import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runwayDays } from '@/lib/ledger/summary';

describe('runwayDays', () => {
  it.each<[number, number | null, number | null]>([
    [1_000, 100, 10],
    [1_000, 300, 1_000 / 300],
    [0, 50, 0],
    [-20, 50, 0],
    [1_000, 0, null],
    [1_000, null, null],
    [1_000, -5, null],
    [1_000, Number.NaN, null],
  ])('balance %d at %s/day → %s days', (balance, perDay, expected) => {
    const actual = runwayDays(balance, perDay);
    if (expected === null) expect(actual).toBeNull();
    else expect(actual).toBeCloseTo(expected, 9);
  });

  it('property: runway × burn ≈ balance, never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.double({ min: 0.001, max: 100_000, noNaN: true }),
        (balance, perDay) => {
          const days = runwayDays(balance, perDay)!;
          expect(days).toBeGreaterThanOrEqual(0);
          expect(Math.abs(days * perDay - balance)).toBeLessThanOrEqual(1e-9 * Math.max(1, balance));
        },
      ),
    );
  });
});
