import type { Transaction } from '@/lib/api/domain';
import { addDays, startOfDay, startOfMonth } from './calendar';
import { HOUR_MS } from '@/lib/time';
import { rankTools, spentCredits, SPEND_WINDOWS_HOURS, toolName, type SpendByTool, type SpendWindow } from './spend';
import { trackedSpendSince, type HourSpend } from './spend-track';

/** Days shown in "Spend by day". */
export const SPEND_DAYS = 30;

/** One local day's net spend. */
export type DaySpend = { start: number; credits: number };

/** Everything Insights shows about spending, computed once per snapshot. */
export type SpendOverview = {
  byWindow: Record<SpendWindow, SpendByTool>;
  /** One entry per local day, oldest first, today last (partial). */
  days: DaySpend[];
  /** Spend since local midnight and since the 1st: the larger of the history's and the balance track's. */
  today: number;
  month: number;
};

const WINDOWS = Object.keys(SPEND_WINDOWS_HOURS) as SpendWindow[];

/**
 * The spend views of one snapshot: net spend (charges minus refunds; purchases and
 * expirations left out) per tool over 24 h, 7 d and 30 d, per local day over 30 days
 * (today partial), and today's and this month's totals for the budgets (`spendTotals`,
 * which the service worker uses alone). Transactions dated after `now` (a server clock
 * ahead) count now. Pure.
 */
export function spendOverview(transactions: readonly Transaction[], track: { hours: readonly HourSpend[] }, now: number): SpendOverview {
  const windowFrom = WINDOWS.map((w) => now - SPEND_WINDOWS_HOURS[w] * HOUR_MS);
  const maps = WINDOWS.map(() => new Map<string, number>());
  const totals = WINDOWS.map(() => 0);
  const starts = Array.from({ length: SPEND_DAYS }, (_, i) => addDays(now, i - SPEND_DAYS + 1));
  const dayCredits = starts.map(() => 0);
  const oldest = Math.min(windowFrom[WINDOWS.length - 1] ?? now, starts[0] ?? now);
  for (const tx of transactions) {
    const at = tx.createdAt;
    if (at < oldest) continue;
    const credits = spentCredits(tx);
    if (credits === 0) continue;
    if (at >= (starts[0] ?? Infinity)) {
      const i = lastAtOrBefore(starts, at);
      dayCredits[i] = (dayCredits[i] ?? 0) + credits;
    }
    let tool: string | null = null;
    for (let w = 0; w < WINDOWS.length; w += 1) {
      if (at <= (windowFrom[w] ?? Infinity)) continue;
      tool ??= toolName(tx.description);
      const map = maps[w];
      map?.set(tool, (map.get(tool) ?? 0) + credits);
      totals[w] = (totals[w] ?? 0) + credits;
    }
  }
  const byWindow = Object.fromEntries(
    WINDOWS.map((w, i) => [w, { total: totals[i] ?? 0, tools: rankTools(maps[i] ?? new Map<string, number>()) }]),
  ) as Record<SpendWindow, SpendByTool>;
  return {
    byWindow,
    days: starts.map((start, i) => ({ start, credits: dayCredits[i] ?? 0 })),
    ...spendTotals(transactions, track, now),
  };
}

/**
 * Net spend since local midnight and since the 1st, what the budgets watch: the larger of
 * the history's and the balance track's (exact, but only since tracking began; the history
 * page may miss calls). Transactions dated after `now` count now. Pure.
 */
export function spendTotals(transactions: readonly Transaction[], track: { hours: readonly HourSpend[] }, now: number): { today: number; month: number } {
  const dayStart = startOfDay(now);
  const monthStart = startOfMonth(now);
  let today = 0;
  let month = 0;
  for (const tx of transactions) {
    if (tx.createdAt < monthStart) continue;
    const credits = spentCredits(tx);
    month += credits;
    if (tx.createdAt >= dayStart) today += credits;
  }
  return {
    today: Math.max(today, trackedSpendSince(track.hours, dayStart)),
    month: Math.max(month, trackedSpendSince(track.hours, monthStart)),
  };
}

/** The index of the last of the sorted `starts` at or before `at` (0 when none). */
function lastAtOrBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? Infinity) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
