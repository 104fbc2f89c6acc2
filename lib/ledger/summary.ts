import type { Balance, Grant, Transaction } from '@/lib/api/domain';
import { burnRate, pickBurnRate, type BurnRate } from './burn-rate';
import { BURN_WINDOWS_DAYS, DEFAULT_EXPIRING_WINDOW_DAYS, EXPIRY_WARNING_DAYS } from './constants';
import { forecastExpiry, type ExpiryForecast } from './forecast';
import { creditsExpiringWithin, daysUntil, toLots, totalRemaining, type Lot } from './lots';
import { creditsToDollars } from './money';
import { runwayDays } from './runway';
import { suggestedPack } from './top-up';
import { DAY_MS } from '@/lib/time';

export type SummaryInput = {
  balance: Balance;
  /** null or absent when the history endpoint is unavailable (balance-only mode). */
  grants?: readonly Grant[] | null;
  transactions?: readonly Transaction[] | null;
  now: number;
  expiringWindowDays?: number;
};

/** The next credits to expire. `credits` is null when only the balance endpoint is known. */
export type NextExpiry = { at: number | null; daysLeft: number; credits: number | null };

export type LedgerSummary = {
  balance: number;
  dollars: number;
  /** True when grants were supplied: lots, totals and the forecast rest on them. */
  hasLots: boolean;
  /** True when transactions were supplied: burn, runway and the pack rest on them. */
  hasTransactions: boolean;
  lots: Lot[];
  /** Credits left on live lots; null without grants. */
  lotsRemaining: number | null;
  /** lotsRemaining minus balance: 0 when they agree, null without grants. Never corrected. */
  lotDiscrepancy: number | null;
  nextExpiry: NextExpiry | null;
  expiringWindowDays: number;
  /** Credits expiring within `expiringWindowDays`; null without grants. */
  expiringWithinWindow: number | null;
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
  const expiringWindowDays = input.expiringWindowDays ?? DEFAULT_EXPIRING_WINDOW_DAYS;
  const hasLots = grants !== undefined && grants !== null;
  const hasTransactions = transactions !== undefined && transactions !== null;
  const lots = hasLots ? toLots(grants, now) : [];
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
    nextExpiry: hasLots ? nextExpiryFromLots(lots) : nextExpiryFromBalance(balance, now),
    expiringWindowDays,
    expiringWithinWindow: hasLots ? creditsExpiringWithin(lots, now, expiringWindowDays) : null,
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
 * balance, a balance below `threshold`, or credits expiring within `EXPIRY_WARNING_DAYS`
 * (from the lots, else from the balance's next expiry). Pure.
 */
export function balanceWarning(summary: LedgerSummary, threshold: number, now: number): BalanceWarning | null {
  if (summary.balance === 0) return 'empty';
  if (summary.balance < threshold) return 'low';
  const next = summary.nextExpiry;
  const expiring = summary.hasLots
    ? creditsExpiringWithin(summary.lots, now, EXPIRY_WARNING_DAYS) > 0
    : next !== null && (next.at === null ? next.daysLeft : (next.at - now) / DAY_MS) <= EXPIRY_WARNING_DAYS;
  return expiring ? 'expiring' : null;
}
