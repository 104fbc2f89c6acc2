/** Durations in milliseconds, defined once, and how a stored time is read. Zod-free, so any bundle can import them. */
export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The longest the extension ever waits before its next try: the backoff's cap, and the longest `Retry-After` it honours. */
export const MAX_WAIT_MS = HOUR_MS;

/**
 * True while the stored time `at` is still to come and at most `span` away, the longest it
 * is ever set ahead. A time further off was stored by a clock that has since gone back
 * (corrected by hours or days), and counts as passed, so nothing waits for the clock.
 */
export function pending(at: number | null, now: number, span: number): boolean {
  return at !== null && now < at && at - now <= span;
}
