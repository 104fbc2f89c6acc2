import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '@/lib/time';
import { USUAL_RATE_FLOOR, usualRate } from '@/lib/ledger/usual-rate';
import { NOW, makeTx } from '@/tests/helpers/ledger-fixtures';

const call = (credits: number, hoursAgo: number, i = 0) =>
  makeTx({ id: `c${hoursAgo}-${i}`, credits: -credits, description: 'tool', createdAt: NOW - hoursAgo * HOUR_MS });
const base = { hours: [], trackedSince: null, now: NOW };

describe('usualRate', () => {
  it('is the floor without any data', () => {
    expect(usualRate({ ...base, transactions: null })).toBe(USUAL_RATE_FLOOR);
    expect(usualRate({ ...base, transactions: [] })).toBe(USUAL_RATE_FLOOR);
  });

  it('is a busy hour of the last week: the 95th percentile of hourly spend', () => {
    const txs = Array.from({ length: 168 }, (_, h) => call(h < 20 ? 300 : 100, h + 2.5, h));
    expect(usualRate({ ...base, transactions: txs })).toBe(300);
    const fewBusy = Array.from({ length: 168 }, (_, h) => call(h < 5 ? 3_000 : 100, h + 2.5, h));
    expect(usualRate({ ...base, transactions: fewBusy })).toBe(100);
  });

  it('leaves out the last 60 minutes, so a burst never raises its own baseline', () => {
    const txs = [call(50, 24 * 8), ...Array.from({ length: 50 }, (_, i) => call(1_000, 0.1, i))];
    expect(usualRate({ ...base, transactions: txs })).toBe(USUAL_RATE_FLOOR);
  });

  it('judges on the hours the history covers, not on unknown hours read as zero', () => {
    const txs = Array.from({ length: 24 }, (_, h) => call(400, h + 1.5, h));
    expect(usualRate({ ...base, transactions: txs })).toBe(400);
  });

  it('takes the balance track when it shows more than the calls seen', () => {
    const hours = Array.from({ length: 168 }, (_, h) => ({ at: Math.floor(NOW / HOUR_MS) * HOUR_MS - (h + 2) * HOUR_MS, credits: 250 }));
    expect(usualRate({ ...base, transactions: [call(5, 24 * 9)], hours, trackedSince: NOW - 30 * 24 * HOUR_MS })).toBe(250);
    expect(usualRate({ ...base, transactions: null, hours, trackedSince: NOW - 30 * 24 * HOUR_MS })).toBe(250);
  });
});
