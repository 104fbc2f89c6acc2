import type { Grant } from '@/lib/api/domain';
import { DAY_MS } from '@/lib/time';

/** A grant that still has credits to spend, with its whole days left before expiry. */
export type Lot = Grant & {
  /** Whole days until expiry, rounded down, never negative; null when it never expires. */
  daysLeft: number | null;
};

/** The fields of a grant that the expiry maths reads. */
export type ExpiringCredits = Pick<Grant, 'remaining' | 'expiresAt'>;

/**
 * Orders lots by expiry, soonest first; lots without an expiry come last; ties go to the
 * older purchase, then to the id so the order is stable across refreshes.
 */
export function compareLots(
  a: Pick<Grant, 'id' | 'createdAt' | 'expiresAt'>,
  b: Pick<Grant, 'id' | 'createdAt' | 'expiresAt'>,
): number {
  if (a.expiresAt !== b.expiresAt) {
    if (a.expiresAt === null) return 1;
    if (b.expiresAt === null) return -1;
    return a.expiresAt - b.expiresAt;
  }
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** True when a grant still holds credits at `now`: some remain and it has not expired. */
export function isLive(grant: ExpiringCredits, now: number): boolean {
  return grant.remaining > 0 && (grant.expiresAt === null || grant.expiresAt > now);
}

/** Whole days from `now` until `expiresAt`, rounded down and never negative. */
export function daysUntil(expiresAt: number, now: number): number {
  return Math.max(0, Math.floor((expiresAt - now) / DAY_MS));
}

/**
 * The lots to show: grants with credits left that have not expired at `now`, sorted by
 * `compareLots`. A grant past its expiry is left out even if the server still reports
 * credits on it (stale data or clock skew); the caller can compare totals with the
 * balance to see such gaps. Never throws; does not mutate its input.
 */
export function toLots(grants: readonly Grant[], now: number): Lot[] {
  return grants
    .filter((grant) => isLive(grant, now))
    .map((grant) => ({
      ...grant,
      daysLeft: grant.expiresAt === null ? null : daysUntil(grant.expiresAt, now),
    }))
    .sort(compareLots);
}

/**
 * Credits that expire within `days` of `now`: the remaining credits of every lot whose
 * expiry falls in (now, now + days]. Lots already expired or never expiring count zero.
 * Never throws.
 */
export function creditsExpiringWithin(lots: readonly ExpiringCredits[], now: number, days: number): number {
  const until = now + days * DAY_MS;
  let total = 0;
  for (const lot of lots) {
    if (lot.remaining > 0 && lot.expiresAt !== null && lot.expiresAt > now && lot.expiresAt <= until) {
      total += lot.remaining;
    }
  }
  return total;
}

/** The sum of `remaining` over the given lots. Never throws. */
export function totalRemaining(lots: readonly Pick<Grant, 'remaining'>[]): number {
  return lots.reduce((sum, lot) => sum + lot.remaining, 0);
}
