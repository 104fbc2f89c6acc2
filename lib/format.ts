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

const TIME_UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
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
  for (const [unit, ms] of TIME_UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.trunc(diff / ms), unit);
  }
  return format.format(0, 'second');
}

const SI_UNITS = ['', 'k', 'M', 'B', 'T', 'P', 'E'] as const;

/**
 * A non-negative whole number in at most `width` characters (3 or more), rounded down so
 * the badge never shows more than there is: 950, 1.2k, 12k, 999k, 1.2M; with width 3,
 * 1k, 12k, .1M. Negative or non-finite input reads as 0; beyond 10²¹, ∞. Pure.
 */
export function compactNumber(value: number, width = 4): string {
  const n = Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
  if (n < 1000) return String(n);
  for (let i = 1; i < SI_UNITS.length; i += 1) {
    const unit = SI_UNITS[i]!;
    const v = n / 1000 ** i;
    const tenths = Math.floor(v * 10) / 10;
    const decimal = (tenths % 1 === 0 ? String(tenths) : tenths.toFixed(1)) + unit;
    if (v >= 1 && v < 10 && decimal.length <= width) return decimal;
    const whole = `${Math.floor(v)}${unit}`;
    if (v >= 1 && whole.length <= width) return whole;
    const dotted = `.${Math.floor(v * 10)}${unit}`;
    if (v >= 0.1 && v < 1 && dotted.length <= width) return dotted;
  }
  return '∞';
}
