import type { Transaction } from '@/lib/api/schemas';
import { addDays, startOfDay } from './calendar';
import { CHARGE_TYPES, HOUR_MS } from './constants';

/** The type of a transaction that gives a tool call's credits back. */
export const REFUND_TYPE = 'refund';
/** The tool name used when a charge carries no description. */
export const UNKNOWN_TOOL = '';
/** A refund's description may repeat the call's with this prefix (the sandbox writes `Refund: web-search`). */
const REFUND_PREFIX = /^refund:\s*/i;

/** The spend windows of Insights' "Where credits went", in hours. */
export const SPEND_WINDOWS_HOURS = { day: 24, week: 7 * 24, month: 30 * 24 } as const;
export type SpendWindow = keyof typeof SPEND_WINDOWS_HOURS;

/**
 * What a transaction does to spending: a charge adds its credits, a refund takes its
 * credits back from the same tool, everything else (purchases, expirations, adjustments,
 * unknown types) is not spending and gives null. Never throws.
 */
export function spendOf(tx: Pick<Transaction, 'type' | 'credits' | 'description'>): { tool: string; credits: number } | null {
  if (CHARGE_TYPES.has(tx.type) && tx.credits < 0) return { tool: toolName(tx.description), credits: -tx.credits };
  if (tx.type === REFUND_TYPE && tx.credits > 0) return { tool: toolName(tx.description), credits: -tx.credits };
  return null;
}

/** The tool a charge or refund belongs to: its description, without a refund prefix. */
export function toolName(description: string | null): string {
  return (description ?? '').trim().replace(REFUND_PREFIX, '');
}

/** Credits spent on one tool; `credits` may be below zero when refunds outweigh charges. */
export type ToolSpend = { tool: string; credits: number };

export type SpendByTool = {
  /** Net credits spent in the window (charges minus refunds). */
  total: number;
  /** Every tool with net spend, most first (ties by name). */
  tools: ToolSpend[];
};

/**
 * Net spend per tool of the transactions dated after `from` (later than now included: a
 * server clock ahead of ours). Pure; one pass.
 */
export function spendByTool(transactions: readonly Transaction[], from: number): SpendByTool {
  const byTool = new Map<string, number>();
  let total = 0;
  for (const tx of transactions) {
    if (tx.createdAt <= from) continue;
    const spend = spendOf(tx);
    if (spend === null) continue;
    total += spend.credits;
    byTool.set(spend.tool, (byTool.get(spend.tool) ?? 0) + spend.credits);
  }
  const tools = [...byTool].map(([tool, credits]) => ({ tool, credits })).filter((t) => t.credits !== 0);
  tools.sort((a, b) => b.credits - a.credits || (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0));
  return { total, tools };
}

/** Net spend per tool over the last `hours` before `now`. Pure. */
export function spendInWindow(transactions: readonly Transaction[], now: number, hours: number): SpendByTool {
  return spendByTool(transactions, now - hours * HOUR_MS);
}

/** The top `count` tools, the rest summed as `other` (0 when none). Pure. */
export function topTools(spend: SpendByTool, count: number): { top: ToolSpend[]; other: number } {
  const top = spend.tools.filter((t) => t.credits > 0).slice(0, count);
  const shown = top.reduce((sum, t) => sum + t.credits, 0);
  return { top, other: Math.max(0, spend.total - shown) };
}

/** One local day's net spend. */
export type DaySpend = { start: number; credits: number };

/**
 * Net spend per local day for the `days` days ending with today (oldest first; today is
 * partial). Transactions dated after `now` count today. Pure; one pass.
 */
export function spendByDay(transactions: readonly Transaction[], now: number, days: number): DaySpend[] {
  const starts = Array.from({ length: days }, (_, i) => addDays(now, i - days + 1));
  const first = starts[0] ?? startOfDay(now);
  const credits = starts.map(() => 0);
  for (const tx of transactions) {
    if (tx.createdAt < first) continue;
    const spend = spendOf(tx);
    if (spend === null) continue;
    const i = lastAtOrBefore(starts, tx.createdAt);
    credits[i] = (credits[i] ?? 0) + spend.credits;
  }
  return starts.map((start, i) => ({ start, credits: credits[i] ?? 0 }));
}

/** Net spend since `from` (inclusive), e.g. since local midnight or the 1st. Pure. */
export function spendSince(transactions: readonly Transaction[], from: number): number {
  let total = 0;
  for (const tx of transactions) {
    if (tx.createdAt < from) continue;
    total += spendOf(tx)?.credits ?? 0;
  }
  return total;
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
