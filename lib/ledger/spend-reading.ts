import type { Transaction } from '@/lib/api/domain';
import { HOUR_MS } from '@/lib/time';
import { rankTools, spendOf, type ToolSpend } from './spend';
import { trackedSpend, type SpendTrack } from './spend-track';
import { usualRate } from './usual-rate';

/** The spend rate is measured over this window. */
export const RATE_WINDOW_MS = HOUR_MS;

/** What the last 60 minutes of spending looked like at one poll. */
export type SpendReading = {
  at: number;
  /** Credits spent in the last 60 minutes: from the balance, or from the calls seen when they show more. */
  spent: number;
  /** When that spending began inside the window (the start of the first poll interval or call that spent). */
  since: number;
  /** The usual rate, credits per hour (see `usualRate`). */
  usualPerHour: number;
  /**
   * The calls seen in the window, net per tool, the likeliest loop first: most credits
   * beyond the tool's two largest charges (what `isRunaway` counts), then most credits.
   * Empty in balance-only mode.
   */
  tools: ToolSpend[];
  /** Credits the calls seen account for. */
  seen: number;
  /**
   * Each tool's two largest single charges seen in the window, summed (0 when none seen):
   * what a call or two per tool accounts for.
   */
  largestCalls: number;
  /** True when the history is available: tool names can be given. */
  toolsKnown: boolean;
};

/**
 * Reads the last 60 minutes of spending at `now`: the amount from the balance track (exact
 * however many calls the history page missed), the tools from the calls seen, the usual
 * rate for comparison. The calls seen are a lower bound too, so the larger amount is
 * taken (tracking may have begun inside the window). Pure; one pass over the history.
 */
export function readSpend(transactions: readonly Transaction[] | null, track: SpendTrack, now: number): SpendReading {
  const from = now - RATE_WINDOW_MS;
  const byTool = new Map<string, number>();
  let seen = 0;
  /** Each tool's two largest charges, the larger first. */
  const largest = new Map<string, [number, number]>();
  let firstCall = Infinity;
  for (const tx of transactions ?? []) {
    if (tx.createdAt <= from) continue;
    const spend = spendOf(tx);
    if (spend === null) continue;
    seen += spend.credits;
    const [first, second] = largest.get(spend.tool) ?? [0, 0];
    largest.set(spend.tool, spend.credits > first ? [spend.credits, first] : [first, Math.max(second, spend.credits)]);
    if (spend.credits > 0) firstCall = Math.min(firstCall, tx.createdAt);
    byTool.set(spend.tool, (byTool.get(spend.tool) ?? 0) + spend.credits);
  }
  const firstStep = track.steps.find((s) => s.spent > 0 && s.to > from);
  const since = Math.max(from, Math.min(firstCall, firstStep?.from ?? Infinity, now));
  const largestOf = (tool: string) => {
    const [first, second] = largest.get(tool) ?? [0, 0];
    return first + second;
  };
  const tools = rankTools(byTool).sort((a, b) => b.credits - largestOf(b.tool) - (a.credits - largestOf(a.tool)));
  return {
    at: now,
    spent: Math.max(trackedSpend(track.steps, from, now), seen),
    since,
    usualPerHour: usualRate({ transactions, hours: track.hours, trackedSince: track.since, now }),
    tools,
    seen,
    largestCalls: [...largest.values()].reduce((sum, [first, second]) => sum + first + second, 0),
    toolsKnown: transactions !== null,
  };
}
