import type { Transaction } from '@/lib/api/domain';
import { HOUR_MS } from '@/lib/time';
import { spentCredits } from './spend';
import type { HourSpend } from './spend-track';

/** The usual rate looks at this many clock hours before the current hour. */
export const BASELINE_HOURS = 7 * 24;
/**
 * The usual rate is the hourly spend of the 9th busiest known hour: over a whole week
 * the 95th percentile (a busy hour, not an average one), and robust to up to 8 runaway
 * hours however few hours are known (a runaway pushes older calls out of the history).
 */
export const BASELINE_RANK = Math.ceil(BASELINE_HOURS * 0.05) + 1;
/** The usual rate is never below this many credits an hour, so a quiet account's one call is not "40× usual". */
export const USUAL_RATE_FLOOR = 20;

export type UsualRateInput = {
  /** The stored history; null in balance-only mode. */
  transactions: readonly Transaction[] | null;
  /** Hourly spend from balance changes, and when that tracking began (null: never). */
  hours: readonly HourSpend[];
  trackedSince: number | null;
  now: number;
};

/**
 * The account's usual spend rate in credits per hour: the `BASELINE_RANK`-th busiest of
 * the 168 clock hours before the one holding `now - 1 h` (so the last 60 minutes,
 * whatever they hold, never raise their own baseline), and at least `USUAL_RATE_FLOOR`.
 * An hour counts when something knows it: the history reaches back to it (charges net of
 * refunds) or balance tracking had begun (the larger of the two wins, as the history page
 * can miss calls). Unknown hours are left out rather than read as zero, so a heavy account
 * whose history reaches back one day is judged on that day. A percentile, not the
 * maximum, so earlier runaway hours do not hide the next; with fewer known hours than the
 * rank, the quietest known hour. Pure; one pass.
 */
export function usualRate(input: UsualRateInput): number {
  const { transactions, hours, trackedSince, now } = input;
  const end = Math.floor((now - HOUR_MS) / HOUR_MS) * HOUR_MS;
  const start = end - BASELINE_HOURS * HOUR_MS;
  const fromHistory = new Float64Array(BASELINE_HOURS);
  let historyFrom = Infinity;
  for (const tx of transactions ?? []) {
    historyFrom = Math.min(historyFrom, tx.createdAt);
    if (tx.createdAt < start || tx.createdAt >= end) continue;
    const i = Math.floor((tx.createdAt - start) / HOUR_MS);
    fromHistory[i] = (fromHistory[i] ?? 0) + spentCredits(tx);
  }
  const tracked = new Map(hours.map((h) => [h.at, h.credits]));
  const known: number[] = [];
  for (let i = 0; i < BASELINE_HOURS; i += 1) {
    const at = start + i * HOUR_MS;
    const byHistory = at >= historyFrom;
    const byTrack = trackedSince !== null && at >= trackedSince;
    if (!byHistory && !byTrack) continue;
    known.push(Math.max(byHistory ? (fromHistory[i] ?? 0) : 0, tracked.get(at) ?? 0));
  }
  known.sort((a, b) => b - a);
  return Math.max(USUAL_RATE_FLOOR, known[Math.min(BASELINE_RANK, known.length) - 1] ?? 0);
}
