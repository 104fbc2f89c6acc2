import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Transaction } from '@/lib/api/domain';
import { burnRate, isCharge, pickBurnRate, type BurnRate } from '@/lib/ledger/burn-rate';
import { NOW, charge, makeTx, nonChargeArb, transactionArb } from './fixtures';
import { DAY_MS, HOUR_MS } from '@/lib/time';

const purchase = (daysAgo: number): Transaction =>
  makeTx({ id: `p-${daysAgo}`, type: 'purchase', credits: 2_500, createdAt: NOW - daysAgo * DAY_MS });

describe('isCharge', () => {
  it.each([
    ['tool_call', -10, true],
    ['tool_call', 0, false],
    ['tool_call', 10, false],
    ['purchase', 500, false],
    ['refund', 10, false],
    ['expiration', -200, false],
    ['adjustment', -50, false],
    ['mystery', -40, false],
  ])('%s with %d credits → %s', (type, credits, expected) => {
    expect(isCharge({ type, credits })).toBe(expected);
  });
});

describe('burnRate', () => {
  it('is unknown without transactions', () => {
    expect(burnRate([], NOW, 7)).toBeNull();
  });

  it.each<[string, Transaction[], number, Omit<BurnRate, 'windowDays'>]>([
    ['full week', [purchase(40), charge(30, 1), charge(40, 6.5)], 7, { perDay: 10, charged: 70, coveredDays: 7, partial: false }],
    ['charges older than the window are left out', [purchase(40), charge(30, 1), charge(900, 8)], 7, { perDay: 30 / 7, charged: 30, coveredDays: 7, partial: false }],
    ['full month', [purchase(40), charge(30, 1), charge(900, 8)], 30, { perDay: 31, charged: 930, coveredDays: 30, partial: false }],
    ['two-day-old account', [purchase(2), charge(60, 1.5), charge(40, 0.5)], 7, { perDay: 50, charged: 100, coveredDays: 2, partial: true }],
    ['history shorter than a day counts as one day', [purchase(3 / 24), charge(30, 1 / 24)], 7, { perDay: 30, charged: 30, coveredDays: 1, partial: true }],
    ['only non-charges', [purchase(3), makeTx({ type: 'refund', credits: 10 }), makeTx({ type: 'expiration', credits: -200 })], 7, { perDay: 0, charged: 0, coveredDays: 3, partial: true }],
    ['zero spending over a full window', [purchase(40)], 7, { perDay: 0, charged: 0, coveredDays: 7, partial: false }],
  ])('%s', (_label, transactions, windowDays, expected) => {
    const actual = burnRate(transactions, NOW, windowDays);

    expect(actual).not.toBeNull();
    expect(actual!.windowDays).toBe(windowDays);
    expect(actual!.charged).toBe(expected.charged);
    expect(actual!.partial).toBe(expected.partial);
    expect(actual!.coveredDays).toBeCloseTo(expected.coveredDays, 9);
    expect(actual!.perDay).toBeCloseTo(expected.perDay, 9);
  });

  it('ignores purchases, refunds, expirations, adjustments and unknown types', () => {
    const transactions = [
      purchase(20),
      makeTx({ id: 'r', type: 'refund', credits: 10 }),
      makeTx({ id: 'e', type: 'expiration', credits: -200 }),
      makeTx({ id: 'a', type: 'adjustment', credits: -50 }),
      makeTx({ id: 'm', type: 'mystery', credits: -40 }),
      makeTx({ id: 'p', type: 'tool_call', credits: 5 }),
      charge(70, 2),
    ];

    expect(burnRate(transactions, NOW, 7)?.charged).toBe(70);
  });

  it.each([
    ['at the window start', -7 * DAY_MS, 0],
    ['just inside the window', -7 * DAY_MS + 1, 70],
    ['dated after now (clock skew)', HOUR_MS, 70],
  ])('a charge %s', (_label, offset, expected) => {
    const transactions = [purchase(40), makeTx({ credits: -70, createdAt: NOW + offset })];
    expect(burnRate(transactions, NOW, 7)?.charged).toBe(expected);
  });

  it('treats a history dated entirely after now as one day', () => {
    const actual = burnRate([makeTx({ credits: -12, createdAt: NOW + HOUR_MS })], NOW, 7);
    expect(actual).toEqual({ windowDays: 7, perDay: 12, charged: 12, coveredDays: 1, partial: true });
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('throws for a window of %d days', (windowDays) => {
    expect(() => burnRate([charge(1, 1)], NOW, windowDays)).toThrow(RangeError);
  });

  it('property: charged is exactly the tool-call charges inside the window', () => {
    fc.assert(
      fc.property(fc.array(transactionArb, { maxLength: 60 }), fc.constantFrom(7, 30), (transactions, windowDays) => {
        const expected = transactions
          .filter((tx) => tx.type === 'tool_call' && tx.credits < 0 && tx.createdAt > NOW - windowDays * DAY_MS)
          .reduce((sum, tx) => sum - tx.credits, 0);
        const actual = burnRate(transactions, NOW, windowDays);
        if (transactions.length === 0) {
          expect(actual).toBeNull();
          return;
        }
        expect(actual!.charged).toBe(expected);
        expect(actual!.perDay).toBeGreaterThanOrEqual(0);
        expect(actual!.coveredDays).toBeGreaterThanOrEqual(1);
        expect(actual!.coveredDays).toBeLessThanOrEqual(windowDays);
      }),
    );
  });

  it('property: adding non-charges never changes what is counted', () => {
    fc.assert(
      fc.property(
        fc.array(transactionArb, { minLength: 1, maxLength: 40 }),
        fc.array(nonChargeArb, { maxLength: 40 }),
        (transactions, extra) => {
          const oldest = Math.min(...transactions.map((tx) => tx.createdAt));
          const noOlder = extra.map((tx) => ({ ...tx, createdAt: Math.max(tx.createdAt, oldest) }));
          const before = burnRate(transactions, NOW, 7)!;
          const after = burnRate([...transactions, ...noOlder], NOW, 7)!;
          const anyAge = burnRate([...transactions, ...extra], NOW, 7)!;
          expect(after.charged).toBe(before.charged);
          expect(after.perDay).toBe(before.perDay);
          expect(anyAge.charged).toBe(before.charged);
        },
      ),
    );
  });
});

describe('pickBurnRate', () => {
  const rate = (windowDays: number, perDay: number): BurnRate => ({
    windowDays,
    perDay,
    charged: perDay * windowDays,
    coveredDays: windowDays,
    partial: false,
  });

  it.each<[string, BurnRate | null, BurnRate | null, number | null]>([
    ['both unknown', null, null, null],
    ['short window spending', rate(7, 12), rate(30, 40), 7],
    ['quiet week, busy month', rate(7, 0), rate(30, 40), 30],
    ['no spending at all', rate(7, 0), rate(30, 0), 7],
  ])('%s → %s-day window', (_label, short, long, expectedWindow) => {
    expect(pickBurnRate(short, long)?.windowDays ?? null).toBe(expectedWindow);
  });
});
