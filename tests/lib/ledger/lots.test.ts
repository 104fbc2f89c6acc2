import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareLots, creditsExpiringWithin, daysUntil, toLots, totalRemaining } from '@/lib/ledger/lots';
import { NOW, grantsArb, makeGrant } from './fixtures';
import { DAY_MS, HOUR_MS } from '@/lib/time';

describe('daysUntil', () => {
  it.each([
    ['exactly 6 days', NOW + 6 * DAY_MS, 6],
    ['6 days and 23 hours', NOW + 6 * DAY_MS + 23 * HOUR_MS, 6],
    ['5 hours', NOW + 5 * HOUR_MS, 0],
    ['now', NOW, 0],
    ['in the past', NOW - 3 * DAY_MS, 0],
  ])('%s → %d', (_label, expiresAt, expected) => {
    expect(daysUntil(expiresAt, NOW)).toBe(expected);
  });
});

describe('toLots', () => {
  it('returns nothing for no grants', () => {
    expect(toLots([], NOW)).toEqual([]);
  });

  it('drops spent-out and expired grants, keeping one that expires later', () => {
    const grants = [
      makeGrant({ id: 'spent', remaining: 0 }),
      makeGrant({ id: 'expired', expiresAt: NOW - 1 }),
      makeGrant({ id: 'expires-now', expiresAt: NOW }),
      makeGrant({ id: 'live', expiresAt: NOW + 1 }),
    ];

    const actual = toLots(grants, NOW).map((lot) => lot.id);

    expect(actual).toEqual(['live']);
  });

  it('returns nothing when every grant has expired', () => {
    const grants = [makeGrant({ id: 'a', expiresAt: NOW - DAY_MS }), makeGrant({ id: 'b', expiresAt: NOW - 1 })];
    expect(toLots(grants, NOW)).toEqual([]);
  });

  it('sorts by expiry, ties by purchase date then id, never-expiring last', () => {
    const grants = [
      makeGrant({ id: 'forever-new', expiresAt: null, createdAt: NOW - DAY_MS }),
      makeGrant({ id: 'late', expiresAt: NOW + 90 * DAY_MS }),
      makeGrant({ id: 'forever-old', expiresAt: null, createdAt: NOW - 9 * DAY_MS }),
      makeGrant({ id: 'tie-b', expiresAt: NOW + 10 * DAY_MS, createdAt: NOW - 5 * DAY_MS }),
      makeGrant({ id: 'tie-newer', expiresAt: NOW + 10 * DAY_MS, createdAt: NOW - 2 * DAY_MS }),
      makeGrant({ id: 'tie-a', expiresAt: NOW + 10 * DAY_MS, createdAt: NOW - 5 * DAY_MS }),
      makeGrant({ id: 'soon', expiresAt: NOW + 2 * HOUR_MS }),
    ];

    const actual = toLots(grants, NOW).map((lot) => lot.id);

    expect(actual).toEqual(['soon', 'tie-a', 'tie-b', 'tie-newer', 'late', 'forever-old', 'forever-new']);
  });

  it('computes whole days left, null for a lot that never expires', () => {
    const grants = [
      makeGrant({ id: 'a', expiresAt: NOW + 6 * DAY_MS + 20 * HOUR_MS }),
      makeGrant({ id: 'b', expiresAt: NOW + 3 * HOUR_MS }),
      makeGrant({ id: 'c', expiresAt: null }),
    ];

    const actual = toLots(grants, NOW).map((lot) => [lot.id, lot.daysLeft]);

    expect(actual).toEqual([['b', 0], ['a', 6], ['c', null]]);
  });

  it('keeps the grant fields and does not mutate its input', () => {
    const grants = [makeGrant({ id: 'b', expiresAt: NOW + 2 * DAY_MS }), makeGrant({ id: 'a', expiresAt: NOW + DAY_MS })];
    const before = structuredClone(grants);

    const [first] = toLots(grants, NOW);

    expect(grants).toEqual(before);
    expect(first).toEqual({ ...grants[1], daysLeft: 1 });
  });

  it('property: every lot is live, sorted, and none is lost', () => {
    fc.assert(
      fc.property(grantsArb, (grants) => {
        const lots = toLots(grants, NOW);
        const live = grants.filter((g) => g.remaining > 0 && (g.expiresAt === null || g.expiresAt > NOW));
        expect(lots.map((l) => l.id).sort()).toEqual(live.map((g) => g.id).sort());
        for (let i = 1; i < lots.length; i++) expect(compareLots(lots[i - 1]!, lots[i]!)).toBeLessThanOrEqual(0);
        for (const lot of lots) expect(lot.daysLeft === null || lot.daysLeft >= 0).toBe(true);
      }),
    );
  });
});

describe('creditsExpiringWithin', () => {
  const lots = [
    makeGrant({ id: 'expired', remaining: 1, expiresAt: NOW - DAY_MS }),
    makeGrant({ id: 'at-now', remaining: 2, expiresAt: NOW }),
    makeGrant({ id: 'in-1h', remaining: 10, expiresAt: NOW + HOUR_MS }),
    makeGrant({ id: 'in-7d', remaining: 100, expiresAt: NOW + 7 * DAY_MS }),
    makeGrant({ id: 'in-7d-1ms', remaining: 1_000, expiresAt: NOW + 7 * DAY_MS + 1 }),
    makeGrant({ id: 'in-30d', remaining: 10_000, expiresAt: NOW + 30 * DAY_MS }),
    makeGrant({ id: 'never', remaining: 100_000, expiresAt: null }),
  ];

  it.each([
    [0, 0],
    [1, 10],
    [7, 110],
    [8, 1_110],
    [30, 11_110],
    [365, 11_110],
  ])('within %d days → %d credits', (days, expected) => {
    expect(creditsExpiringWithin(lots, NOW, days)).toBe(expected);
  });

  it('is 0 for no lots', () => {
    expect(creditsExpiringWithin([], NOW, 30)).toBe(0);
  });
});

describe('totalRemaining', () => {
  it.each([
    [[], 0],
    [[3], 3],
    [[3, 400, 0], 403],
  ])('sums %j to %d', (remainings, expected) => {
    expect(totalRemaining(remainings.map((remaining) => ({ remaining })))).toBe(expected);
  });
});
