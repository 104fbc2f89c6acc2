import type { Transaction } from '@/lib/api/domain';
import { CHARGE_TYPES } from './constants';
import { DAY_MS } from '@/lib/time';

/** Average spending over a window, and how much history it rests on. */
export type BurnRate = {
  /** The window asked for, in days (7 or 30 in the popup). */
  windowDays: number;
  /** Credits charged per day, averaged over `coveredDays`. */
  perDay: number;
  /** Credits charged inside the window. */
  charged: number;
  /** Days of history the average rests on: the window, or less when history is shorter. */
  coveredDays: number;
  /** True when the transactions reach back less than the whole window. */
  partial: boolean;
};

/**
 * True for a transaction that spent credits on a tool call: type `tool_call` and negative
 * credits. Purchases, refunds, expirations, adjustments and unknown types never count:
 * an expiration is credits lost, not spent, and an unknown type cannot be told apart from
 * a correction.
 */
export function isCharge(tx: Pick<Transaction, 'type' | 'credits'>): boolean {
  return CHARGE_TYPES.has(tx.type) && tx.credits < 0;
}

/**
 * Credits charged per day over the last `windowDays` before `now`.
 *
 * Charges dated in (now - windowDays, now] count, and so do charges dated after `now`
 * (a server clock ahead of the browser's). When the oldest transaction of any type is
 * newer than the window's start, the history does not cover the window (a new account,
 * or a history cut at the API's `limit`), so the total is divided by the span the
 * history does cover, at least one day, and `partial` is set: a two-day-old account
 * gets its real two-day rate, not a seventh of it. With complete history the account's
 * first purchase is itself a transaction, so its age is seen.
 *
 * Returns null when there are no transactions at all (nothing to measure).
 * Throws RangeError when `windowDays` is not a positive finite number.
 */
export function burnRate(transactions: readonly Transaction[], now: number, windowDays: number): BurnRate | null {
  if (!(windowDays > 0) || !Number.isFinite(windowDays)) {
    throw new RangeError(`windowDays must be a positive number, got ${windowDays}`);
  }
  if (transactions.length === 0) return null;
  const windowStart = now - windowDays * DAY_MS;
  let charged = 0;
  let oldest = Infinity;
  for (const tx of transactions) {
    oldest = Math.min(oldest, tx.createdAt);
    if (tx.createdAt > windowStart && isCharge(tx)) charged -= tx.credits;
  }
  const partial = oldest > windowStart;
  const coveredDays = partial ? Math.min(windowDays, Math.max(1, (now - oldest) / DAY_MS)) : windowDays;
  return { windowDays, perDay: charged / coveredDays, charged, coveredDays, partial };
}

/**
 * The rate to forecast with: the short window when it shows spending, else the long one
 * when it does (a quiet week after a busy month still has a runway), else the short
 * window's zero. Null when neither is known. Never throws.
 */
export function pickBurnRate(short: BurnRate | null, long: BurnRate | null): BurnRate | null {
  if (short && short.perDay > 0) return short;
  if (long && long.perDay > 0) return long;
  return short ?? long;
}
