import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '@/lib/api/errors';
import { parseRetryAfter } from '@/lib/api/errors';
import { BACKOFF_CAP_MS } from '@/lib/background/schedule';
import {
  afterFailure,
  afterSuccess,
  FAST_WINDOW_MS,
  gate,
  keepFast,
  LOOKING_MIN_GAP_MS,
  markLooking,
  MIN_PERIOD_MINUTES,
  pollPeriodMinutes,
  type Trigger,
} from '@/lib/background/schedule';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/storage/settings';
import { INITIAL_SCHEDULE, type Schedule } from '@/lib/storage/items';
import { MINUTE_MS } from '@/lib/time';

const NOW = Date.UTC(2026, 5, 1);
const fresh = (overrides: Partial<Schedule> = {}): Schedule => ({ ...INITIAL_SCHEDULE, ...overrides });
const error = (kind: ApiError['kind'], retryAt?: number | null): ApiError => ({ kind, message: kind, ...(retryAt !== undefined && { retryAt }) });
const TRIGGERS: Trigger[] = ['alarm', 'startup', 'install', 'manual', 'looking', 'token'];

describe('gate', () => {
  it.each([
    ['a rejected token holds everything but a new token', fresh({ stopped: true }), { alarm: false, manual: false, token: true }],
    ['a Retry-After holds manual refreshes too', fresh({ nextAttemptAt: NOW + 1000, retryReason: 'retry_after' }), { alarm: false, manual: false, looking: false, token: true }],
    ['our own backoff holds automatic refreshes only', fresh({ nextAttemptAt: NOW + 1000, retryReason: 'backoff' }), { alarm: false, startup: false, looking: false, manual: true }],
    ['an expired wait holds nothing', fresh({ nextAttemptAt: NOW, retryReason: 'retry_after' }), { alarm: true, manual: true }],
    ['a refresh a moment ago holds only "looking"', fresh({ lastAttemptAt: NOW - LOOKING_MIN_GAP_MS + 1 }), { looking: false, alarm: true, manual: true }],
  ])('%s', (_name, schedule, expected) => {
    for (const [trigger, go] of Object.entries(expected)) {
      expect(gate(schedule, trigger as Trigger, NOW).go, trigger).toBe(go);
    }
  });

  it('holds nothing by a time further ahead than any wait: the clock that stored it has gone back', () => {
    const back = NOW - 3 * 24 * 60 * MINUTE_MS;
    const waits = [fresh({ nextAttemptAt: NOW + MINUTE_MS, retryReason: 'retry_after' }), fresh({ nextAttemptAt: NOW + MINUTE_MS, retryReason: 'backoff' }), fresh({ lastAttemptAt: NOW })];
    for (const schedule of waits) for (const trigger of TRIGGERS) expect(gate(schedule, trigger, back).go, trigger).toBe(true);
    expect(gate(fresh({ nextAttemptAt: NOW + BACKOFF_CAP_MS, retryReason: 'retry_after' }), 'manual', NOW).go).toBe(false);
  });

  it('answers when the next try is', () => {
    expect(gate(fresh({ nextAttemptAt: NOW + 5000, retryReason: 'retry_after' }), 'manual', NOW)).toEqual({
      go: false,
      reason: 'retry_after',
      retryAt: NOW + 5000,
    });
  });
});

describe('afterFailure', () => {
  it.each(['unauthorized', 'forbidden'] as const)('stops polling on %s', (kind) => {
    expect(afterFailure(fresh({ failures: 2 }), error(kind), NOW, () => 0.5)).toMatchObject({ stopped: true, nextAttemptAt: null });
  });

  it.each(['network', 'timeout', 'server', 'invalid_response', 'unavailable'] as const)('backs off on %s', (kind) => {
    // Act
    const once = afterFailure(fresh(), error(kind), NOW, () => 1);
    const twice = afterFailure(once, error(kind), NOW, () => 1);

    // Assert
    expect(once).toMatchObject({ failures: 1, retryReason: 'backoff', stopped: false, lastAttemptAt: NOW });
    expect(twice.failures).toBe(2);
    expect(twice.nextAttemptAt! - NOW).toBe(2 * (once.nextAttemptAt! - NOW));
  });

  it('waits max(Retry-After, backoff) for a Retry-After, never more than the cap, never before it', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat().map(String), fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()), fc.string()),
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (header, failures, r) => {
          const retryAt = parseRetryAfter(header, NOW);
          const next = afterFailure(fresh({ failures }), error('rate_limited', retryAt), NOW, () => r);
          expect(Number.isFinite(next.nextAttemptAt)).toBe(true);
          expect(next.nextAttemptAt!).toBeGreaterThanOrEqual(retryAt ?? NOW);
          expect(next.nextAttemptAt!).toBeLessThanOrEqual(NOW + BACKOFF_CAP_MS);
          expect(next.retryReason).toBe(retryAt === null ? 'backoff' : 'retry_after');
        },
      ),
    );
  });

  it('holds a 429 with Retry-After: 120 exactly 120 s on the first failure', () => {
    const next = afterFailure(fresh(), error('rate_limited', parseRetryAfter('120', NOW)), NOW, () => 0.9);
    expect(next.nextAttemptAt).toBe(NOW + 120_000);
  });
});

describe('afterSuccess and markLooking', () => {
  it('resets failures and keeps a Retry-After the history answer carried', () => {
    const actual = afterSuccess(fresh({ failures: 4, nextAttemptAt: NOW - 1, retryReason: 'backoff' }), NOW, { balanceMoved: false, retryAt: NOW + 9000 });
    expect(actual).toMatchObject({ failures: 0, nextAttemptAt: NOW + 9000, retryReason: 'retry_after', lastSuccessAt: NOW });
  });

  it('polls faster for 10 minutes after the balance moves or the user looks', () => {
    expect(afterSuccess(fresh(), NOW, { balanceMoved: true }).fastUntil).toBe(NOW + FAST_WINDOW_MS);
    expect(afterSuccess(fresh(), NOW, { balanceMoved: false }).fastUntil).toBeNull();
    expect(markLooking(fresh(), NOW).fastUntil).toBe(NOW + FAST_WINDOW_MS);
  });
});

describe('pollPeriodMinutes', () => {
  it('is the setting normally, 1 minute while fast, and none when disconnected or stopped', () => {
    const settings = { refreshMinutes: 5 };
    expect(pollPeriodMinutes(true, settings, fresh(), NOW)).toBe(5);
    expect(pollPeriodMinutes(true, settings, fresh({ fastUntil: NOW + 1 }), NOW)).toBe(1);
    expect(pollPeriodMinutes(true, settings, fresh({ fastUntil: NOW }), NOW)).toBe(5);
    expect(pollPeriodMinutes(false, settings, fresh(), NOW)).toBeNull();
    expect(pollPeriodMinutes(true, settings, fresh({ stopped: true }), NOW)).toBeNull();
  });

  it('never goes below the 30 s that packed builds allow, for any stored settings', () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.integer()), fc.integer(), (raw, fastUntil, now) => {
        const settings = settingsItem.parse({ refreshMinutes: raw });
        const period = pollPeriodMinutes(true, settings, fresh({ fastUntil }), now);
        expect(period).toBeGreaterThanOrEqual(MIN_PERIOD_MINUTES);
      }),
    );
    expect(DEFAULT_SETTINGS.refreshMinutes).toBeGreaterThanOrEqual(1);
    expect(MIN_PERIOD_MINUTES).toBeGreaterThanOrEqual(0.5);
  });

  it('lets every trigger through on a fresh schedule', () => {
    for (const trigger of TRIGGERS) expect(gate(fresh(), trigger, NOW).go).toBe(true);
  });
});

describe('markLooking', () => {
  it('opens a new window when the stored one lies further ahead than a window can: the clock has gone back', () => {
    const back = NOW - 3 * 24 * 60 * MINUTE_MS;
    const stale = markLooking(fresh(), NOW);
    expect(pollPeriodMinutes(true, { refreshMinutes: 5 }, stale, back + 20 * MINUTE_MS)).toBe(5);
    expect(markLooking(stale, back).fastUntil).toBe(back + FAST_WINDOW_MS);
  });

  it('keepFast keeps a longer window, and replaces one a clock set back left far ahead', () => {
    expect(keepFast(fresh({ fastUntil: NOW + 5 * MINUTE_MS }), NOW, 2 * MINUTE_MS).fastUntil).toBe(NOW + 5 * MINUTE_MS);
    expect(keepFast(fresh({ fastUntil: NOW + MINUTE_MS }), NOW, 2 * MINUTE_MS).fastUntil).toBe(NOW + 2 * MINUTE_MS);
    expect(keepFast(fresh({ fastUntil: NOW + 3 * 24 * 60 * MINUTE_MS }), NOW, 2 * MINUTE_MS).fastUntil).toBe(NOW + 2 * MINUTE_MS);
  });

  it('does not extend a window opened less than a minute ago', () => {
    const once = markLooking(fresh(), NOW);
    expect(markLooking(once, NOW + 59_000)).toBe(once);
    expect(markLooking(once, NOW + 61_000).fastUntil).toBe(NOW + 61_000 + FAST_WINDOW_MS);
  });
});
