import { HOUR_MS, MINUTE_MS } from '@/lib/time';

/**
 * Exponential backoff with full jitter (NET-6; Brooker, "Exponential Backoff and Jitter"):
 * after the n-th consecutive failure (n from 0) wait a uniformly random time in
 * [0, min(cap, base · 2ⁿ)]. Zod-free and pure: the random source is passed in.
 */
export const BACKOFF_BASE_MS = MINUTE_MS;
export const BACKOFF_CAP_MS = HOUR_MS;

/** The delay before the next try after failure number `attempt` (0-based). Never NaN or negative. */
export function backoffDelay(attempt: number, random: () => number): number {
  const n = Number.isFinite(attempt) ? Math.min(Math.max(Math.floor(attempt), 0), 30) : 0;
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** n);
  const r = random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0;
  return Math.floor(unit * ceiling);
}
