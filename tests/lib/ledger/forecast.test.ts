import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grant } from '@/lib/api/domain';
import { forecastExpiry } from '@/lib/ledger/forecast';
import { toLots } from '@/lib/ledger/lots';
import { NOW, grantsArb, makeGrant, rateArb } from './fixtures';
import { DAY_MS } from '@/lib/time';

const lot = (id: string, remaining: number, expiresInDays: number | null, createdDaysAgo = 30): Grant =>
  makeGrant({
    id,
    remaining,
    credits: Math.max(remaining, 500),
    createdAt: NOW - createdDaysAgo * DAY_MS,
    expiresAt: expiresInDays === null ? null : NOW + expiresInDays * DAY_MS,
  });

/** [lotId, projectedSpent, projectedUnused, projectedKept] in spending order. */
type Row = [string, number, number, number];

describe('forecastExpiry', () => {
  it.each<[string, number, Grant[], Row[]]>([
    ['no lots', 10, [], []],
    ['a lot that runs out before it expires', 10, [lot('a', 50, 10)], [['a', 50, 0, 0]]],
    ['a lot used up exactly at its expiry', 10, [lot('a', 50, 5)], [['a', 50, 0, 0]]],
    ['leftover at expiry, next lot spent from then on', 10, [lot('a', 100, 5), lot('b', 100, 30)], [['a', 50, 50, 0], ['b', 100, 0, 0]]],
    ['an early lot used up moves the cursor forward', 10, [lot('a', 30, 5), lot('b', 100, 10)], [['a', 30, 0, 0], ['b', 70, 30, 0]]],
    ['spending rounds down to whole credits', 3, [lot('a', 100, 10.5)], [['a', 31, 69, 0]]],
    ['input order does not matter', 10, [lot('b', 100, 30), lot('a', 100, 5)], [['a', 50, 50, 0], ['b', 100, 0, 0]]],
    ['ties go to the older purchase', 10, [lot('new', 100, 5, 1), lot('old', 100, 5, 20)], [['old', 50, 50, 0], ['new', 0, 100, 0]]],
    ['a lot that never expires is never lost', 5, [lot('a', 100, 4), lot('forever', 200, null)], [['a', 20, 80, 0], ['forever', 200, 0, 0]]],
    ['zero burn: everything expiring is lost, the rest kept', 0, [lot('a', 100, 5), lot('forever', 200, null)], [['a', 0, 100, 0], ['forever', 0, 0, 200]]],
    ['a lot already expired is wholly unused', 10, [lot('gone', 40, -1), lot('a', 20, 5)], [['gone', 0, 40, 0], ['a', 20, 0, 0]]],
  ])('%s', (_label, ratePerDay, lots, expected) => {
    const actual = forecastExpiry(lots, ratePerDay, NOW);

    const rows = actual.lots.map((f): Row => [f.lotId, f.projectedSpent, f.projectedUnused, f.projectedKept]);
    expect(rows).toEqual(expected);
    expect(actual.totalSpent).toBe(expected.reduce((sum, row) => sum + row[1], 0));
    expect(actual.totalUnused).toBe(expected.reduce((sum, row) => sum + row[2], 0));
    expect(actual.totalKept).toBe(expected.reduce((sum, row) => sum + row[3], 0));
  });

  it('states the spending order and rate it assumes', () => {
    const actual = forecastExpiry([lot('a', 10, 3)], 2.5, NOW);
    expect(actual.spendOrder).toBe('soonest-expiry-first');
    expect(actual.ratePerDay).toBe(2.5);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('throws for a rate of %d', (rate) => {
    expect(() => forecastExpiry([lot('a', 10, 3)], rate, NOW)).toThrow(RangeError);
  });

  it('handles 1,000 lots at once', () => {
    const grants = Array.from({ length: 1_000 }, (_, i) => lot(`l${i}`, 500, 1 + ((i * 37) % 365)));
    const start = performance.now();

    const actual = forecastExpiry(toLots(grants, NOW), 100, NOW);

    expect(performance.now() - start).toBeLessThan(200);
    expect(actual.lots).toHaveLength(1_000);
    expect(actual.totalSpent + actual.totalUnused).toBe(500_000);
    expect(actual.totalSpent).toBeLessThanOrEqual(100 * 365);
  });
});

const TOLERANCE = 1e-6;

describe('forecastExpiry properties', () => {
  it('conserves each lot: spent + unused + kept = remaining, each part within [0, remaining]', () => {
    fc.assert(
      fc.property(grantsArb, rateArb, (grants, rate) => {
        const byId = new Map(grants.map((g) => [g.id, g]));
        const forecast = forecastExpiry(grants, rate, NOW);
        expect(forecast.lots).toHaveLength(grants.length);
        for (const f of forecast.lots) {
          const remaining = byId.get(f.lotId)!.remaining;
          expect(f.projectedUnused).toBeGreaterThanOrEqual(0);
          expect(f.projectedUnused).toBeLessThanOrEqual(remaining);
          expect(f.projectedSpent).toBeGreaterThanOrEqual(0);
          expect(f.projectedKept).toBeGreaterThanOrEqual(0);
          expect(f.projectedSpent + f.projectedUnused + f.projectedKept).toBe(remaining);
          expect(Number.isInteger(f.projectedSpent)).toBe(true);
        }
      }),
    );
  });

  it('spends nothing after a lot expires, counting what earlier lots used', () => {
    fc.assert(
      fc.property(grantsArb, rateArb, (grants, rate) => {
        const lots = toLots(grants, NOW);
        const forecast = forecastExpiry(lots, rate, NOW);
        let cumulative = 0;
        forecast.lots.forEach((f, i) => {
          cumulative += f.projectedSpent;
          const expiresAt = lots[i]!.expiresAt;
          expect(f.lotId).toBe(lots[i]!.id);
          if (expiresAt !== null) {
            expect(cumulative).toBeLessThanOrEqual((rate * (expiresAt - NOW)) / DAY_MS + TOLERANCE);
          }
        });
      }),
    );
  });

  it('spends as much as the rate allows before each expiry (within rounding)', () => {
    fc.assert(
      fc.property(grantsArb, rateArb, (grants, rate) => {
        const lots = toLots(grants, NOW);
        const forecast = forecastExpiry(lots, rate, NOW);
        let reported = 0;
        let exact = 0;
        forecast.lots.forEach((f, i) => {
          const lot: Grant = lots[i]!;
          reported += f.projectedSpent;
          const ceiling = lot.expiresAt === null ? (rate > 0 ? Infinity : 0) : (rate * (lot.expiresAt - NOW)) / DAY_MS;
          exact = Math.min(exact + lot.remaining, Math.max(exact, ceiling));
          expect(reported).toBeLessThanOrEqual(exact + TOLERANCE);
          expect(reported).toBeGreaterThan(exact - (i + 1));
        });
      }),
    );
  });

  it('is unaffected by input order and a faster burn never loses more', () => {
    fc.assert(
      fc.property(grantsArb, rateArb, fc.double({ min: 0, max: 1_000, noNaN: true }), (grants, rate, extra) => {
        const lots = toLots(grants, NOW);
        const forecast = forecastExpiry(lots, rate, NOW);
        expect(forecastExpiry([...lots].reverse(), rate, NOW)).toEqual(forecast);
        expect(forecastExpiry(lots, rate + extra, NOW).totalUnused).toBeLessThanOrEqual(forecast.totalUnused);
      }),
    );
  });
});
