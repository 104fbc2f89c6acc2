import type { Balance, Grant, Transaction } from '@/lib/api/domain';
import { DAY_MS } from '@/lib/time';
import { burnRate, type BurnRate, pickBurnRate } from './burn-rate';
import { BURN_WINDOWS_DAYS, CREDIT_EPSILON, CREDITS_PER_DOLLAR, MIN_PACK_CREDITS, PACK_COVER_DAYS, PACK_STEP_CREDITS } from './constants';
import { type ExpiryForecast, forecastExpiry } from './forecast';
import { creditsExpiringWithin, daysUntil, type Lot, toLots, totalRemaining } from './lots';

export type SummaryInput = {
  balance: Balance;
  /** null or absent when the history endpoint is unavailable (balance-only mode). */
  grants?: readonly Grant[] | null;
  transactions?: readonly Transaction[] | null;
  now: number;
  /** The settings' expiry warning windows (days): they decide what expires soon (`soonDays`). */
  expiryWindows?: readonly number[];
};

/**
 * The one "expiring soon" rule, for lot rows, the next-expiry line, the lots summary, the
 * badge and the widget's dot: within the widest expiry warning window of the settings,
 * from when the alerts announce an expiry. With no window set, nothing is soon. Pure.
 */
export function soonDays(expiryWindows: readonly number[]): number | null {
  return expiryWindows.length > 0 ? Math.max(...expiryWindows) : null;
}

/** Whether an expiry `at` (or, when only that is known, `daysLeft`) is soon by `soonDays`. Pure. */
export function expiresSoon(at: number | null, daysLeft: number | null, now: number, days: number | null): boolean {
  if (days === null) return false;
  if (at !== null) return at > now && at - now <= days * DAY_MS;
  return daysLeft !== null && daysLeft <= days;
}

/** A lot as shown: with whether it expires soon. */
export type SummaryLot = Lot & { soon: boolean };

/** The next credits to expire. `credits` is null when only the balance endpoint is known. */
export type NextExpiry = { at: number | null; daysLeft: number; credits: number | null };

export type LedgerSummary = {
  balance: number;
  dollars: number;
  /** True when grants were supplied: lots, totals and the forecast rest on them. */
  hasLots: boolean;
  /** True when transactions were supplied: burn, runway and the pack rest on them. */
  hasTransactions: boolean;
  lots: SummaryLot[];
  /** Credits left on live lots; null without grants. */
  lotsRemaining: number | null;
  /** lotsRemaining minus balance: 0 when they agree, null without grants. Never corrected. */
  lotDiscrepancy: number | null;
  nextExpiry: NextExpiry | null;
  /** Whether the next expiry is soon (`expiresSoon`). */
  nextExpirySoon: boolean;
  /** What "soon" means here, in days (`soonDays`); null when nothing is soon. */
  soonDays: number | null;
  /** Credits expiring within `soonDays`; null without grants or without a window. */
  expiringSoon: number | null;
  burn7: BurnRate | null;
  burn30: BurnRate | null;
  /** The rate runway, forecast and pack use (see `pickBurnRate`). */
  burn: BurnRate | null;
  runwayDays: number | null;
  /** Null without grants or without a known burn rate. */
  forecast: ExpiryForecast | null;
  suggestedPack: number;
};

/**
 * Everything the popup, widget, badge and alerts show, computed once from one snapshot.
 * With the balance alone it degrades without inventing anything: no lots, no burn, no
 * runway, no forecast, the minimum pack. When the grants' remaining total differs from
 * the balance, both are kept and the difference is exposed as `lotDiscrepancy`.
 * Never throws for data a parsed snapshot can hold.
 */
export function summarize(input: SummaryInput): LedgerSummary {
  const { balance, grants, transactions, now } = input;
  const soon = soonDays(input.expiryWindows ?? []);
  const hasLots = grants !== undefined && grants !== null;
  const hasTransactions = transactions !== undefined && transactions !== null;
  const lots = hasLots ? toLots(grants, now).map((lot) => ({ ...lot, soon: expiresSoon(lot.expiresAt, lot.daysLeft, now, soon) })) : [];
  const nextExpiry = hasLots ? nextExpiryFromLots(lots) : nextExpiryFromBalance(balance, now);
  const lotsRemaining = hasLots ? totalRemaining(lots) : null;

  const burn7 = hasTransactions ? burnRate(transactions, now, BURN_WINDOWS_DAYS.short) : null;
  const burn30 = hasTransactions ? burnRate(transactions, now, BURN_WINDOWS_DAYS.long) : null;
  const burn = pickBurnRate(burn7, burn30);
  const perDay = burn?.perDay ?? null;

  return {
    balance: balance.balance,
    dollars: creditsToDollars(balance.balance),
    hasLots,
    hasTransactions,
    lots,
    lotsRemaining,
    lotDiscrepancy: lotsRemaining === null ? null : lotsRemaining - balance.balance,
    nextExpiry,
    nextExpirySoon: nextExpiry !== null && expiresSoon(nextExpiry.at, nextExpiry.daysLeft, now, soon),
    soonDays: soon,
    expiringSoon: hasLots && soon !== null ? creditsExpiringWithin(lots, now, soon) : null,
    burn7,
    burn30,
    burn,
    runwayDays: runwayDays(balance.balance, perDay),
    forecast: hasLots && perDay !== null ? forecastExpiry(lots, perDay, now) : null,
    suggestedPack: suggestedPack(perDay),
  };
}

function nextExpiryFromLots(lots: readonly Lot[]): NextExpiry | null {
  const first = lots.find((lot) => lot.expiresAt !== null);
  if (!first || first.expiresAt === null || first.daysLeft === null) return null;
  const credits = totalRemaining(lots.filter((lot) => lot.expiresAt === first.expiresAt));
  return { at: first.expiresAt, daysLeft: first.daysLeft, credits };
}

function nextExpiryFromBalance(balance: Balance, now: number): NextExpiry | null {
  if (balance.balance <= 0) return null;
  if (balance.nextExpiryAt !== null) {
    return balance.nextExpiryAt > now
      ? { at: balance.nextExpiryAt, daysLeft: daysUntil(balance.nextExpiryAt, now), credits: null }
      : null;
  }
  if (balance.expiresInDays === null) return null;
  return { at: null, daysLeft: Math.max(0, balance.expiresInDays), credits: null };
}

/** Why the balance needs attention, most urgent first. */
export type BalanceWarning = 'empty' | 'low' | 'expiring';

/**
 * What makes the toolbar badge amber or red and the widget's pill show its dot: an empty
 * balance, a balance below `threshold`, or credits expiring soon (from the lots, else from
 * the balance's next expiry; see `soonDays`). Pure.
 */
export function balanceWarning(summary: LedgerSummary, threshold: number): BalanceWarning | null {
  if (summary.balance === 0) return 'empty';
  if (summary.balance < threshold) return 'low';
  const expiring = summary.hasLots ? (summary.expiringSoon ?? 0) > 0 : summary.nextExpirySoon;
  return expiring ? 'expiring' : null;
}

/** Converts credits to US dollars (100 credits = $1.00). Never throws; no rounding. */
export function creditsToDollars(credits: number): number {
  return credits / CREDITS_PER_DOLLAR;
}

/**
 * Days until the balance runs out at `perDay` credits a day: balance / perDay, as a
 * fraction (the UI rounds). Null when the rate is unknown or zero ("no recent spending").
 * Ignores expiry: credits that expire before they are spent shorten the real runway; see
 * `forecastExpiry` for that. Never negative. Never throws.
 */
export function runwayDays(balance: number, perDay: number | null): number | null {
  if (perDay === null || !(perDay > 0) || !Number.isFinite(perDay)) return null;
  return Math.max(0, balance) / perDay;
}

/**
 * The suggested top-up: the smallest multiple of 500 credits that covers 30 days of
 * burn at `perDay`, and at least the 500-credit minimum. It does not subtract the
 * current balance: it answers "which pack lasts a month at this rate". An unknown or
 * zero rate suggests the minimum pack. Never throws.
 */
export function suggestedPack(perDay: number | null): number {
  if (perDay === null || !(perDay > 0) || !Number.isFinite(perDay)) return MIN_PACK_CREDITS;
  const needed = perDay * PACK_COVER_DAYS;
  const steps = Math.ceil(needed / PACK_STEP_CREDITS - CREDIT_EPSILON / PACK_STEP_CREDITS);
  return Math.max(MIN_PACK_CREDITS, steps * PACK_STEP_CREDITS);
}
