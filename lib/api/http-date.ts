/**
 * HTTP-date parsing (RFC 9110 §5.6.7) for the `Date` and `Retry-After` headers.
 * `Date.parse` is not used directly: it accepts almost anything ("1" is the year 2001)
 * and reads asctime dates, which carry no zone, as local time.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** Sun, 06 Nov 1994 08:49:37 GMT */
const IMF_FIXDATE = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
/** Sunday, 06-Nov-94 08:49:37 GMT */
const RFC_850 = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
/** Sun Nov  6 08:49:37 1994 */
const ASCTIME = /^[a-z]{3} ([a-z]{3}) ( \d|\d{2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i;

interface DateParts {
  day: string;
  month: string;
  year: number;
  hour: string;
  minute: string;
  second: string;
}

function toEpoch(p: DateParts): number | null {
  const month = MONTHS.indexOf(p.month.toLowerCase() as (typeof MONTHS)[number]);
  const day = Number(p.day);
  const [hour, minute, second] = [Number(p.hour), Number(p.minute), Number(p.second)];
  if (month < 0 || p.year < 1900 || hour > 23 || minute > 59 || second > 60) return null;
  const ms = Date.UTC(p.year, month, day, hour, minute, second);
  const check = new Date(ms);
  if (!Number.isFinite(ms) || check.getUTCDate() !== day || check.getUTCMonth() !== month) return null;
  return ms;
}

/** Two-digit RFC 850 years: RFC 9110 says a year more than 50 years ahead is in the past century. */
function fullYear(twoDigits: number, now: number): number {
  const current = new Date(now).getUTCFullYear();
  let year = Math.floor(current / 100) * 100 + twoDigits;
  if (year > current + 50) year -= 100;
  return year;
}

/**
 * Parses an HTTP-date in any of the three forms RFC 9110 requires recipients to accept.
 * Returns epoch ms, or null for anything else. Never throws.
 */
export function parseHttpDate(value: string | null | undefined, now: number = Date.now()): number | null {
  if (typeof value !== 'string' || value.length > 64) return null;
  const s = value.trim();
  let m = IMF_FIXDATE.exec(s);
  if (m) return toEpoch({ day: m[1]!, month: m[2]!, year: Number(m[3]), hour: m[4]!, minute: m[5]!, second: m[6]! });
  m = RFC_850.exec(s);
  if (m) {
    const year = fullYear(Number(m[3]), now);
    return toEpoch({ day: m[1]!, month: m[2]!, year, hour: m[4]!, minute: m[5]!, second: m[6]! });
  }
  m = ASCTIME.exec(s);
  if (m) {
    return toEpoch({ day: m[2]!.trim(), month: m[1]!, year: Number(m[6]), hour: m[3]!, minute: m[4]!, second: m[5]! });
  }
  return null;
}
