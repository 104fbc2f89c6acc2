import { MINUTE_MS } from '@/lib/time';

/**
 * ISO-8601 date-times as the API sends them. A time without a zone is read as UTC,
 * never as local time (docs/SECURITY.md, NET-7), and impossible dates (Feb 30, 25:00) are
 * rejected rather than rolled over the way `Date.parse` does in some engines.
 */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function zoneOffsetMs(zone: string | undefined): number | null {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 23 || minutes > 59) return null;
  return sign * (hours * 60 + minutes) * MINUTE_MS;
}

/** Parses an ISO-8601 date or date-time into epoch ms; null for anything else. Never throws. */
export function parseIsoDate(value: unknown): number | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const millis = Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const offset = zoneOffsetMs(m[8]);
  if (offset === null || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, millis);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  const ms = date.getTime() - offset;
  return Number.isFinite(ms) ? ms : null;
}
