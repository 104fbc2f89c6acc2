import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '@/lib/time';
import {
  changesBetween,
  EMPTY_SPEND_TRACK,
  trackBalance,
  trackedSpend,
  trackedSpendSince,
  type BalanceObservation,
  type SpendTrack,
} from '@/lib/ledger/spend-track';
import { NOW } from '@/tests/helpers/ledger-fixtures';

const none = { added: 0, expired: 0 };
const obs = (minutes: number, balance: number, changes: BalanceObservation['changes'] = none, nextExpiryAt: number | null = null) => ({
  at: NOW + minutes * MINUTE_MS,
  balance,
  nextExpiryAt,
  changes,
});
const run = (...observations: BalanceObservation[]): SpendTrack => observations.reduce(trackBalance, EMPTY_SPEND_TRACK);

describe('trackBalance', () => {
  it('records only the balance at the first poll', () => {
    const track = run(obs(0, 1_000));
    expect(track).toEqual({ since: NOW, last: { at: NOW, balance: 1_000, nextExpiryAt: null }, steps: [], hours: [], credit: 0 });
  });

  it('turns a drop into spending', () => {
    const track = run(obs(0, 1_000), obs(5, 700));
    expect(track.steps).toEqual([{ from: NOW, to: NOW + 5 * MINUTE_MS, spent: 300 }]);
    expect(trackedSpendSince(track.hours, NOW - HOUR_MS)).toBeCloseTo(300);
  });

  it('does not count a purchase as negative spending, nor an expiry as spending', () => {
    expect(run(obs(0, 1_000), obs(5, 5_900, { added: 5_000, expired: 0 })).steps[0]?.spent).toBe(100);
    expect(run(obs(0, 1_000), obs(5, 600, { added: 0, expired: 400 })).steps[0]?.spent).toBe(0);
  });

  it('keeps a rise no purchase explains as a credit, which a purchase the next history finds uses up', () => {
    // 2,500 bought: the balance shows them a poll before the history dates them (the server's clock ahead).
    const skewed = run(obs(0, 1_000), obs(1, 3_500), obs(2, 3_400, { added: 2_500, expired: 0 }));
    expect(skewed.steps.map((s) => s.spent)).toEqual([0, 100]);
    expect(skewed.credit).toBe(0);
    // The same with a balance-only poll between, as during a runaway episode.
    const between = run(obs(0, 1_000), obs(1, 1_000, none), obs(2, 3_500, null), obs(3, 3_500, { added: 2_500, expired: 0 }));
    expect(between.steps.map((s) => s.spent)).toEqual([0, 0, 0]);
    // The credit lasts until the next poll that reads the history: it never hides a later purchase's spending.
    const late = run(obs(0, 1_000), obs(1, 1_300), obs(6, 1_200), obs(11, 5_700, { added: 5_000, expired: 0 }));
    expect(late.steps.map((s) => s.spent)).toEqual([0, 100, 500]);
  });

  it('in balance-only mode reads a rise as a purchase and skips a drop across an expiry date', () => {
    expect(run(obs(0, 1_000, null), obs(5, 1_500, null)).steps[0]?.spent).toBe(0);
    const expiry = NOW + 2 * MINUTE_MS;
    expect(run(obs(0, 1_000, null, expiry), obs(5, 200, null, null)).steps[0]?.spent).toBe(0);
    expect(run(obs(0, 1_000, null, expiry + HOUR_MS), obs(5, 800, null)).steps[0]?.spent).toBe(200);
  });

  it('ignores a poll dated before the last one', () => {
    const track = run(obs(10, 1_000), obs(5, 500));
    expect(track.steps).toEqual([]);
  });

  it('spreads a long interval over the hours it covers', () => {
    const track = run(obs(0, 1_000), obs(120, 880));
    expect(track.hours.map((h) => Math.round(h.credits))).toEqual([60, 60]);
    expect(trackedSpend(track.steps, NOW + 60 * MINUTE_MS, NOW + 120 * MINUTE_MS)).toBeCloseTo(60);
  });

  it('keeps two hours of steps however long it runs', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 300 }), (drops) => {
        let balance = 1_000_000;
        const track = run(...drops.map((d, i) => obs(i, (balance -= d))));
        const last = track.last?.at ?? 0;
        expect(track.steps.every((s) => s.to > last - 2 * HOUR_MS)).toBe(true);
        const total = drops.slice(1).reduce((a, b) => a + b, 0);
        expect(trackedSpendSince(track.hours, NOW - HOUR_MS)).toBeCloseTo(total);
      }),
    );
  });
});

describe('changesBetween', () => {
  it('sums the grants created and the expirations dated in the interval', () => {
    const grants = [
      { credits: 500, createdAt: NOW + 1 },
      { credits: 900, createdAt: NOW - 1 },
    ];
    const txs = [
      { type: 'expiration', credits: -300, createdAt: NOW + 2 },
      { type: 'tool_call', credits: -40, createdAt: NOW + 3 },
    ];
    expect(changesBetween(grants, txs, NOW, NOW + MINUTE_MS)).toEqual({ added: 500, expired: 300 });
  });
});
