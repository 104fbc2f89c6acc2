/**
 * Calendar days and months in the browser's time zone: budgets reset at local midnight
 * and on the 1st, and "Spend by day" bars are local days. Pure apart from the zone.
 */

/** Local midnight at the start of the day holding `at`. */
export function startOfDay(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Local midnight `days` calendar days after the day holding `at` (negative: before). */
export function addDays(at: number, days: number): number {
  const date = new Date(startOfDay(at));
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days).getTime();
}

/** Local midnight on the 1st of the month holding `at`. */
export function startOfMonth(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), 1).getTime();
}

/** `2026-11-26`: the local day holding `at`, for "once per day" state. */
export function dayKey(at: number): string {
  const date = new Date(at);
  return `${monthKey(at)}-${String(date.getDate()).padStart(2, '0')}`;
}

/** `2026-11`: the local month holding `at`, for "once per month" state. */
export function monthKey(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
