import type { ApiError } from '@/lib/api/errors';
import type { Schedule } from '@/lib/storage/items';
import type { Settings } from '@/lib/storage/settings';
import { MAX_WAIT_MS, MINUTE_MS, pending } from '@/lib/time';

/** What asked for a refresh. */
export type Trigger = 'alarm' | 'startup' | 'install' | 'manual' | 'looking' | 'token';

/** Polling period while the user looks or the balance moves. */
export const FAST_PERIOD_MINUTES = 1;
/** How long faster polling lasts. */
export const FAST_WINDOW_MS = 10 * MINUTE_MS;
/** Chrome clamps packed extensions' alarms to 30 s (SWL-4); no period may be shorter. */
export const MIN_PERIOD_MINUTES = 0.5;
/** Opening the popup or widget refreshes only data older than this (MSG-5). */
export const LOOKING_MIN_GAP_MS = MINUTE_MS;

export type Gate =
  | { go: true }
  | { go: false; reason: 'token_rejected' | 'retry_after' | 'backoff' | 'recent'; retryAt: number | null };

const AUTOMATIC: ReadonlySet<Trigger> = new Set(['alarm', 'startup', 'install', 'looking']);

/**
 * Whether a refresh may send requests now. A rejected token stops everything until the
 * token changes; a server-requested wait (`Retry-After`) holds manual refreshes too;
 * our own backoff holds only automatic ones; "user is looking" refreshes at most once a
 * minute. A new token starts from a fresh schedule, so `token` always goes. Pure.
 */
export function gate(schedule: Schedule, trigger: Trigger, now: number): Gate {
  if (trigger === 'token') return { go: true };
  if (schedule.stopped) return { go: false, reason: 'token_rejected', retryAt: null };
  const waiting = pending(schedule.nextAttemptAt, now, BACKOFF_CAP_MS);
  if (waiting && schedule.retryReason === 'retry_after') {
    return { go: false, reason: 'retry_after', retryAt: schedule.nextAttemptAt };
  }
  if (waiting && AUTOMATIC.has(trigger)) return { go: false, reason: 'backoff', retryAt: schedule.nextAttemptAt };
  if (trigger === 'looking' && schedule.lastAttemptAt !== null && pending(schedule.lastAttemptAt + LOOKING_MIN_GAP_MS, now, LOOKING_MIN_GAP_MS)) {
    return { go: false, reason: 'recent', retryAt: null };
  }
  return { go: true };
}

/**
 * The schedule after a successful balance fetch: failures reset; faster polling for a
 * while if the balance moved; a `Retry-After` the history request got is still honoured.
 */
export function afterSuccess(schedule: Schedule, now: number, options: { balanceMoved: boolean; retryAt?: number | null }): Schedule {
  const retryAt = options.retryAt ?? null;
  return {
    ...schedule,
    failures: 0,
    nextAttemptAt: retryAt,
    retryReason: retryAt === null ? null : 'retry_after',
    lastAttemptAt: now,
    lastSuccessAt: now,
    fastUntil: options.balanceMoved ? now + FAST_WINDOW_MS : schedule.fastUntil,
  };
}

/**
 * The schedule after a failed balance fetch (NET-3): 401/403 stop polling; anything
 * else waits `max(Retry-After, backoff)`, where `Retry-After` (already clamped to an
 * hour by the client) makes the wait binding for manual refreshes too.
 */
export function afterFailure(schedule: Schedule, error: ApiError, now: number, random: () => number): Schedule {
  if (error.kind === 'unauthorized' || error.kind === 'forbidden') {
    return { ...schedule, stopped: true, nextAttemptAt: null, retryReason: null, lastAttemptAt: now };
  }
  const failures = Math.min(schedule.failures + 1, 1000);
  const backoffAt = now + backoffDelay(failures - 1, random);
  const retryAt = typeof error.retryAt === 'number' ? Math.min(Math.max(error.retryAt, now), now + BACKOFF_CAP_MS) : null;
  return {
    ...schedule,
    failures,
    nextAttemptAt: retryAt === null ? backoffAt : Math.max(retryAt, backoffAt),
    retryReason: retryAt === null ? 'backoff' : 'retry_after',
    lastAttemptAt: now,
  };
}

/**
 * The user opened the popup or widget: poll every minute for a while. Returns the same
 * object when the window was extended less than a minute ago, so callers can skip the write.
 */
export function markLooking(schedule: Schedule, now: number): Schedule {
  const until = schedule.fastUntil;
  if (until !== null && pending(until, now, FAST_WINDOW_MS) && until >= now + FAST_WINDOW_MS - MINUTE_MS) return schedule;
  return keepFast(schedule, now, FAST_WINDOW_MS);
}

/** The schedule polling fast for at least `ms` from `now` (user looking, runaway episode), keeping a longer window that runs. */
export function keepFast(schedule: Schedule, now: number, ms: number): Schedule {
  const until = schedule.fastUntil;
  return { ...schedule, fastUntil: until !== null && pending(until, now, FAST_WINDOW_MS) ? Math.max(until, now + ms) : now + ms };
}

/**
 * The poll alarm's period in minutes, or null when there must be no alarm (no token, or
 * the token was rejected). Never below `MIN_PERIOD_MINUTES`.
 */
export function pollPeriodMinutes(connected: boolean, settings: Pick<Settings, 'refreshMinutes'>, schedule: Schedule, now: number): number | null {
  if (!connected || schedule.stopped) return null;
  const fast = pending(schedule.fastUntil, now, FAST_WINDOW_MS);
  const period = fast ? Math.min(FAST_PERIOD_MINUTES, settings.refreshMinutes) : settings.refreshMinutes;
  return Math.max(MIN_PERIOD_MINUTES, period);
}

/**
 * Exponential backoff with full jitter (NET-6; Brooker, "Exponential Backoff and Jitter"):
 * after the n-th consecutive failure (n from 0) wait a uniformly random time in
 * [0, min(cap, base · 2ⁿ)]. Zod-free and pure: the random source is passed in.
 */
export const BACKOFF_BASE_MS = MINUTE_MS;
export const BACKOFF_CAP_MS = MAX_WAIT_MS;

/** The delay before the next try after failure number `attempt` (0-based). Never NaN or negative. */
export function backoffDelay(attempt: number, random: () => number): number {
  const n = Number.isFinite(attempt) ? Math.min(Math.max(Math.floor(attempt), 0), 30) : 0;
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** n);
  const r = random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0;
  return Math.floor(unit * ceiling);
}
