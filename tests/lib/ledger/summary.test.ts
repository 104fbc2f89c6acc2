import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Balance } from '@/lib/api/domain';
import { expiresSoon, soonDays, summarize } from '@/lib/ledger/summary';
import { NOW, charge, grantsArb, makeGrant, makeTx, transactionArb } from './fixtures';
import { DAY_MS, HOUR_MS } from '@/lib/time';

const balanceOf = (balance: number, nextExpiryAt: number | null = null, expiresInDays: number | null = null): Balance => ({
  balance,
  nextExpiryAt,
  expiresInDays,
});

describe('soonDays and expiresSoon: the one "expiring soon" rule', () => {
  it.each([
    [[30, 7, 1], 30],
    [[3], 3],
    [[], null],
  ])('with windows %j, soon means within %s days', (windows, expected) => {
    expect(soonDays(windows)).toBe(expected);
  });

  it.each<[string, number | null, number | null, number | null, boolean]>([
    ['an expiry inside the window', NOW + 7 * DAY_MS, 7, 7, true],
    ['an expiry just after it', NOW + 7 * DAY_MS + 1, 7, 7, false],
    ['an expiry already past', NOW - 1, 0, 7, false],
    ['days left alone, inside', null, 7, 7, true],
    ['days left alone, outside', null, 8, 7, false],
    ['no window', NOW + DAY_MS, 1, null, false],
  ])('%s', (_name, at, daysLeft, days, expected) => {
    expect(expiresSoon(at, daysLeft, NOW, days)).toBe(expected);
  });
});

describe('summarize', () => {
  it.each([
    ['absent', undefined, undefined],
    ['null', null, null],
  ])('with the balance only (history %s) invents nothing', (_label, grants, transactions) => {
    const actual = summarize({ balance: balanceOf(1_234, NOW + 6 * DAY_MS + HOUR_MS, 6), grants, transactions, now: NOW });

    expect(actual).toEqual({
      balance: 1_234,
      dollars: 12.34,
      hasLots: false,
      hasTransactions: false,
      lots: [],
      lotsRemaining: null,
      lotDiscrepancy: null,
      nextExpiry: { at: NOW + 6 * DAY_MS + HOUR_MS, daysLeft: 6, credits: null },
      nextExpirySoon: false,
      soonDays: null,
      expiringSoon: null,
      burn7: null,
      burn30: null,
      burn: null,
      runwayDays: null,
      forecast: null,
      suggestedPack: 500,
    });
  });

  it.each<[string, Balance, { at: number | null; daysLeft: number; credits: null } | null]>([
    ['an expiry already past', balanceOf(100, NOW - DAY_MS, 0), null],
    ['an unparseable date with days given', balanceOf(100, null, 12), { at: null, daysLeft: 12, credits: null }],
    ['nothing known', balanceOf(100), null],
    ['a zero balance', balanceOf(0, NOW + DAY_MS, 1), null],
  ])('next expiry from the balance alone: %s', (_label, balance, expected) => {
    expect(summarize({ balance, now: NOW }).nextExpiry).toEqual(expected);
  });

  it('combines lots, burn, runway, forecast and pack', () => {
    const grants = [
      makeGrant({ id: 'soon', remaining: 300, expiresAt: NOW + 6 * DAY_MS + HOUR_MS }),
      makeGrant({ id: 'also-soon', remaining: 12, expiresAt: NOW + 6 * DAY_MS + HOUR_MS, createdAt: NOW - DAY_MS }),
      makeGrant({ id: 'later', credits: 2_500, remaining: 1_688, expiresAt: NOW + 200 * DAY_MS }),
      makeGrant({ id: 'spent', remaining: 0 }),
    ];
    const transactions = [
      makeTx({ id: 'p', type: 'purchase', credits: 2_500, createdAt: NOW - 60 * DAY_MS }),
      charge(140, 1),
      charge(210, 5),
      charge(600, 20),
      makeTx({ id: 'x', type: 'expiration', credits: -400, createdAt: NOW - 2 * DAY_MS }),
    ];

    const actual = summarize({ balance: balanceOf(2_000), grants, transactions, now: NOW, expiryWindows: [30, 7, 1] });

    expect(actual.lots.map((lot) => lot.id)).toEqual(['soon', 'also-soon', 'later']);
    expect(actual.lots.map((lot) => lot.soon)).toEqual([true, true, false]);
    expect(actual.lotsRemaining).toBe(2_000);
    expect(actual.lotDiscrepancy).toBe(0);
    expect(actual.nextExpiry).toEqual({ at: NOW + 6 * DAY_MS + HOUR_MS, daysLeft: 6, credits: 312 });
    expect(actual.nextExpirySoon).toBe(true);
    expect(actual.expiringSoon).toBe(312);
    expect(actual.burn7).toMatchObject({ charged: 350, perDay: 50, partial: false });
    expect(actual.burn30).toMatchObject({ charged: 950, partial: false });
    expect(actual.burn).toBe(actual.burn7);
    expect(actual.runwayDays).toBeCloseTo(40, 9);
    expect(actual.forecast?.lots).toEqual([
      { lotId: 'soon', projectedSpent: 300, projectedUnused: 0, projectedKept: 0 },
      { lotId: 'also-soon', projectedSpent: 2, projectedUnused: 10, projectedKept: 0 },
      { lotId: 'later', projectedSpent: 1_688, projectedUnused: 0, projectedKept: 0 },
    ]);
    expect(actual.forecast?.spendOrder).toBe('soonest-expiry-first');
    expect(actual.suggestedPack).toBe(1_500);
  });

  it('exposes a gap between the lots and the balance instead of hiding it', () => {
    const grants = [makeGrant({ id: 'a', remaining: 700 }), makeGrant({ id: 'b', remaining: 50, expiresAt: NOW - 1 })];

    const actual = summarize({ balance: balanceOf(600), grants, now: NOW });

    expect(actual.balance).toBe(600);
    expect(actual.lotsRemaining).toBe(700);
    expect(actual.lotDiscrepancy).toBe(100);
  });

  it('with grants but no transactions: lots and totals, no burn or forecast', () => {
    const grants = [makeGrant({ id: 'a', remaining: 200, expiresAt: NOW + 3 * DAY_MS })];

    const actual = summarize({ balance: balanceOf(200), grants, now: NOW, expiryWindows: [1, 7] });

    expect(actual.soonDays).toBe(7);
    expect(actual.expiringSoon).toBe(200);
    expect(actual.burn).toBeNull();
    expect(actual.runwayDays).toBeNull();
    expect(actual.forecast).toBeNull();
    expect(actual.suggestedPack).toBe(500);
  });

  it('with transactions but no grants: burn and runway, no lots or forecast', () => {
    const transactions = [charge(20, 1), makeTx({ id: 'p', type: 'purchase', credits: 500, createdAt: NOW - 2 * DAY_MS })];

    const actual = summarize({ balance: balanceOf(480), transactions, now: NOW });

    expect(actual.burn).toMatchObject({ windowDays: 7, perDay: 10, partial: true });
    expect(actual.runwayDays).toBeCloseTo(48, 9);
    expect(actual.lots).toEqual([]);
    expect(actual.forecast).toBeNull();
  });

  it('with no recent spending: no runway, a forecast that loses what expires', () => {
    const grants = [makeGrant({ id: 'a', remaining: 500, expiresAt: NOW + 10 * DAY_MS })];
    const transactions = [makeTx({ id: 'p', type: 'purchase', credits: 500, createdAt: NOW - 90 * DAY_MS })];

    const actual = summarize({ balance: balanceOf(500), grants, transactions, now: NOW });

    expect(actual.burn?.perDay).toBe(0);
    expect(actual.runwayDays).toBeNull();
    expect(actual.forecast?.totalUnused).toBe(500);
    expect(actual.suggestedPack).toBe(500);
  });

  it('falls back to the 30-day rate after a quiet week', () => {
    const transactions = [makeTx({ id: 'p', type: 'purchase', credits: 5_000, createdAt: NOW - 90 * DAY_MS }), charge(3_000, 20)];

    const actual = summarize({ balance: balanceOf(2_000), transactions, now: NOW });

    expect(actual.burn7?.perDay).toBe(0);
    expect(actual.burn?.windowDays).toBe(30);
    expect(actual.runwayDays).toBeCloseTo(20, 9);
    expect(actual.suggestedPack).toBe(3_000);
  });

  it('property: never throws and keeps its parts consistent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.option(grantsArb, { nil: null }),
        fc.option(fc.array(transactionArb, { maxLength: 40 }), { nil: null }),
        (balance, grants, transactions) => {
          const actual = summarize({ balance: balanceOf(balance), grants, transactions, now: NOW });
          expect(actual.hasLots).toBe(grants !== null);
          expect(actual.forecast === null).toBe(grants === null || actual.burn === null);
          expect(actual.runwayDays === null || actual.runwayDays >= 0).toBe(true);
          expect(actual.suggestedPack % 500).toBe(0);
          if (actual.lotsRemaining !== null) expect(actual.lotDiscrepancy).toBe(actual.lotsRemaining - balance);
          if (actual.forecast) {
            expect(actual.forecast.totalSpent + actual.forecast.totalUnused + actual.forecast.totalKept).toBe(actual.lotsRemaining);
          }
        },
      ),
    );
  });
});
