import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestedPack } from '@/lib/ledger/summary';

describe('suggestedPack', () => {
  it.each<[number | null, number]>([
    [null, 500],
    [0, 500],
    [-3, 500],
    [1, 500],
    [500 / 30, 500],
    [17, 1_000],
    [50, 1_500],
    [50.01, 2_000],
    [100 / 3, 1_000],
    [1_000, 30_000],
  ])('%s credits/day → %d', (perDay, expected) => {
    expect(suggestedPack(perDay)).toBe(expected);
  });

  it('property: a multiple of 500, at least 500, covering 30 days, and the smallest such', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1_000_000, noNaN: true }), (perDay) => {
        const pack = suggestedPack(perDay);
        const need = 30 * perDay;
        expect(pack % 500).toBe(0);
        expect(pack).toBeGreaterThanOrEqual(500);
        expect(pack).toBeGreaterThanOrEqual(need - 1e-6);
        if (pack > 500) expect(pack - 500).toBeLessThan(need);
      }),
    );
  });
});
