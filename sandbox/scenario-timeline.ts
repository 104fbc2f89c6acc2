import { DAY_MS, type Ledger } from './ledger';
import type { Rng } from './prng';
import { pickCall, TOOLS, type Tool } from './tools';

/** Something that happens to an account at a point in time. */
export type TimelineEvent =
  | { at: number; kind: 'grant'; credits: number; source: string }
  | { at: number; kind: 'refund-last-call' };

/** `calls` tool calls spread at random over [from, to]. */
export interface Activity {
  from: number;
  to: number;
  calls: number;
  tools?: readonly Tool[];
  /** Share of calls that fail (and so are not charged). */
  failureRate?: number;
}

type Step = TimelineEvent | { at: number; kind: 'call'; tool: string; credits: number; success: boolean };

/** The same moment of the day, `years` calendar years earlier, shifted by `days`. */
export function yearsBefore(now: number, years: number, days = 0): number {
  const date = new Date(now);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.getTime() + days * DAY_MS;
}

/** `days` days before `now` (fractions allowed). */
export const daysBefore = (now: number, days: number): number => now - Math.round(days * DAY_MS);

/** Plays grants, refunds and simulated tool calls into the ledger in time order. */
export function runTimeline(ledger: Ledger, rng: Rng, events: readonly TimelineEvent[], activities: readonly Activity[]): void {
  const calls: Step[] = activities.flatMap((activity) =>
    Array.from({ length: activity.calls }, () => ({
      at: activity.from + Math.floor(rng.next() * (activity.to - activity.from)),
      kind: 'call' as const,
      ...pickCall(rng, activity.tools ?? TOOLS),
      success: rng.next() >= (activity.failureRate ?? 0),
    })),
  );
  const steps = [...events, ...calls].sort((a, b) => a.at - b.at);
  for (const step of steps) {
    if (step.kind === 'grant') ledger.grant({ credits: step.credits, source: step.source, now: step.at });
    else if (step.kind === 'call') ledger.toolCall({ ...step, now: step.at });
    else refundLastCall(ledger, step.at);
  }
}

function refundLastCall(ledger: Ledger, now: number): void {
  const last = ledger.transactions.findLast((t) => t.type === 'tool_call' && t.credits < 0);
  if (last) ledger.refund(last.id, now);
}
