import { CREDITS_PER_DOLLAR } from '@/lib/ledger/constants';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '@/lib/time';

/**
 * Intl formatting for every surface. `tag` is a BCP 47 locale (from
 * a translator's `tag`); values are validated numbers, never server text.
 */
export function formatNumber(value: number, tag: string): string {
  return new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(value);
}

/** Credits as dollars: 12,345 credits → `$123.45`. */
export function formatDollars(credits: number, tag: string): string {
  return new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD' }).format(credits / CREDITS_PER_DOLLAR);
}

/** A calendar date such as `Mar 1, 2027`. */
export function formatDate(at: number, tag: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(at);
}

/** A date with its time, for tooltips and "next try" times. */
export function formatDateTime(at: number, tag: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY_MS],
  ['month', 30 * DAY_MS],
  ['day', DAY_MS],
  ['hour', HOUR_MS],
  ['minute', MINUTE_MS],
];

/** `3 minutes ago`, `in 6 days`, `just now` (under a minute) for the locale. */
export function formatRelative(at: number, now: number, tag: string): string {
  const diff = at - now;
  const format = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.trunc(diff / ms), unit);
  }
  return format.format(0, 'second');
}
