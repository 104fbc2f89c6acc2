import type { Transaction } from '@/lib/api/domain';
import { stepEpisode, type RunawayEpisode, type RunawaySettings } from '@/lib/alerts/runaway';
import { DAY_MS, MINUTE_MS } from '@/lib/time';
import { readSpend, type SpendReading } from '@/lib/ledger/spend-reading';
import { changesBetween, EMPTY_SPEND_TRACK, trackBalance, type SpendTrack } from '@/lib/ledger/spend-track';
import { createRng } from '@/sandbox/prng';
import { pickCall, TOOLS } from '@/sandbox/tools';

/** The demo scenario's pace: 300 calls over 45 days, 3 % of them failing (not charged). */
export const DEMO_CALLS_PER_DAY = 300 / 45;
const DEMO_FAILURE_RATE = 0.03;
export const DEFAULT_RUNAWAY: RunawaySettings = { sensitivity: 5, minimum: 200 };

let seq = 0;
const tx = (type: string, credits: number, description: string | null, createdAt: number): Transaction => ({
  id: `t${(seq += 1)}`,
  type,
  credits,
  balanceAfter: null,
  description,
  grantId: null,
  createdAt,
});

/** An account's events: the ledger's transactions and its grants. */
export type Traffic = { transactions: Transaction[]; grants: { credits: number; createdAt: number }[] };

/**
 * Steady traffic generated like the sandbox's demo scenario: tool calls picked by the
 * sandbox's weights and prices (every tier, premium included) at random times, a refund,
 * a 2,500-credit purchase every ten days and a lot of 1,200 credits expiring. Oldest first.
 */
export function steadyTraffic(seed: number, from: number, days: number): Traffic {
  const rng = createRng(seed);
  const to = from + days * DAY_MS;
  const calls = Math.round(DEMO_CALLS_PER_DAY * days);
  const transactions: Transaction[] = [];
  for (let i = 0; i < calls; i += 1) {
    const at = from + Math.floor(rng.next() * (to - from));
    const call = pickCall(rng, TOOLS);
    if (rng.next() >= DEMO_FAILURE_RATE) transactions.push(tx('tool_call', -call.credits, call.tool, at));
  }
  const grants = Array.from({ length: Math.floor(days / 10) }, (_, i) => ({ credits: 2_500, createdAt: from + (i * 10 + 3) * DAY_MS + 7 }));
  for (const grant of grants) transactions.push(tx('purchase', grant.credits, 'Purchased', grant.createdAt));
  transactions.push(tx('expiration', -1_200, 'Credits expired', from + Math.floor(days / 2) * DAY_MS + 11));
  transactions.sort((a, b) => a.createdAt - b.createdAt);
  const refunded = transactions.find((t) => t.type === 'tool_call' && t.createdAt > from + DAY_MS);
  if (refunded) transactions.push(tx('refund', -refunded.credits, `Refund: ${refunded.description ?? ''}`, refunded.createdAt + 60_000));
  transactions.sort((a, b) => a.createdAt - b.createdAt);
  return { transactions, grants };
}

/** A runaway loop: `callsPerMinute` calls of `credits` each on `tool`, for `minutes` from `start`. */
export function burst(tool: string, start: number, minutes: number, callsPerMinute: number, credits: number): Transaction[] {
  return Array.from({ length: minutes * callsPerMinute }, (_, i) => tx('tool_call', -credits, tool, start + Math.floor((i * MINUTE_MS) / callsPerMinute)));
}

/** What the background keeps between polls, as plain data. */
export type WatchState = { track: SpendTrack; episode: RunawayEpisode | null };
export const FRESH_WATCH: WatchState = { track: EMPTY_SPEND_TRACK, episode: null };

/** One poll at `now`: the balance and the newest `page` transactions the account has by then. */
export function poll(
  state: WatchState,
  traffic: Traffic,
  now: number,
  options: { settings?: RunawaySettings; page?: number; balanceOnly?: boolean; startBalance?: number } = {},
): { state: WatchState; started: boolean; reading: SpendReading } {
  const all = traffic.transactions;
  let end = 0;
  while (end < all.length && (all[end]?.createdAt ?? Infinity) <= now) end += 1;
  const upTo = all.slice(0, end);
  const balance = (options.startBalance ?? 1_000_000) + upTo.reduce((sum, t) => sum + t.credits, 0);
  const history = options.balanceOnly ? null : upTo.slice(-(options.page ?? 500)).reverse();
  const from = state.track.last?.at ?? now;
  const changes = history === null ? null : changesBetween(traffic.grants, history, from, now);
  const track = trackBalance(state.track, { at: now, balance, nextExpiryAt: null, changes });
  const reading = readSpend(history, track, now);
  const step = stepEpisode(state.episode, reading, options.settings ?? DEFAULT_RUNAWAY);
  return { state: { track, episode: step.episode }, started: step.started, reading };
}
