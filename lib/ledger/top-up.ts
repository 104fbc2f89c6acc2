import { CREDIT_EPSILON, MIN_PACK_CREDITS, PACK_COVER_DAYS, PACK_STEP_CREDITS } from './constants';

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
