import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRunaway } from '@/lib/alerts/runaway';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '@/lib/time';
import { burst, DEFAULT_RUNAWAY, FRESH_WATCH, poll, steadyTraffic, type Traffic, type WatchState } from './simulation';

const START = Date.UTC(2026, 0, 5);
const POLL_MS = 5 * MINUTE_MS;

/** Polls from `from` to `to` every 5 minutes (every minute during an episode); counts alarms. */
function watch(traffic: Traffic, from: number, to: number, options: { state?: WatchState; restartEvery?: number; balanceOnly?: boolean } = {}) {
  let state = options.state ?? FRESH_WATCH;
  const alarms: number[] = [];
  let polls = 0;
  for (let t = from; t < to; t += state.episode ? MINUTE_MS : POLL_MS) {
    const step = poll(state, traffic, t, { balanceOnly: options.balanceOnly });
    polls += 1;
    // A worker restart: nothing survives but what is stored, as JSON.
    state = options.restartEvery && polls % options.restartEvery === 0 ? (JSON.parse(JSON.stringify(step.state)) as WatchState) : step.state;
    if (step.started) alarms.push(t);
  }
  return { alarms, state };
}

describe('runaway detector on simulated traffic', () => {
  it('never fires on 30 days of steady traffic generated like the demo scenario', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const traffic = steadyTraffic(seed, START - 8 * DAY_MS, 38);
        expect(watch(traffic, START, START + 30 * DAY_MS).alarms).toEqual([]);
      }),
      { numRuns: 6 },
    );
  });

  it('stays quiet when one premium tool is called twice within an hour (734 and 565 credits)', () => {
    const traffic = steadyTraffic(853105686, START - 8 * DAY_MS, 38);
    expect(watch(traffic, START, START + 30 * DAY_MS).alarms).toEqual([]);
  });

  it('fires at the first poll after a burst at or above the threshold starts, with or without history', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: POLL_MS - 1 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        (seed, offset, callsPerMinute, balanceOnly) => {
          const traffic = steadyTraffic(seed, START - 8 * DAY_MS, 9);
          const before = watch(traffic, START - DAY_MS, START, { balanceOnly });
          const pollAt = START + POLL_MS;
          const quiet = poll(before.state, traffic, pollAt, { balanceOnly }).reading;
          const threshold = Math.max(DEFAULT_RUNAWAY.minimum, DEFAULT_RUNAWAY.sensitivity * quiet.usualPerHour);
          // Calls of `credits` each, one per `1/callsPerMinute` minute, from the burst's start to the poll.
          const callsBeforePoll = Math.max(1, Math.floor(((POLL_MS - offset) * callsPerMinute) / MINUTE_MS));
          const credits = Math.ceil(threshold / Math.max(1, callsBeforePoll - (balanceOnly ? 0 : 2))) + 1;
          const loop = burst('Web Scraper', START + offset + 1, 30, callsPerMinute, credits).filter((t) => t.createdAt <= pollAt);
          fc.pre(loop.length >= (balanceOnly ? 1 : 3));
          const withBurst = { ...traffic, transactions: [...traffic.transactions, ...loop].sort((a, b) => a.createdAt - b.createdAt) };
          const step = poll(before.state, withBurst, pollAt, { balanceOnly });
          expect(isRunaway(step.reading, DEFAULT_RUNAWAY)).toBe(true);
          // Balance-only mode cannot tell one expensive call from a loop, so an earlier call
          // may already have opened an episode: then the burst keeps it on.
          if (before.state.episode === null) expect(step.started).toBe(true);
          else expect(step.state.episode).not.toBeNull();
          if (!balanceOnly && before.state.episode === null) expect(step.state.episode?.tool).toBe('Web Scraper');
        },
      ),
      // The example: a premium call beside a cheap loop, where the loop must be named.
      { numRuns: 40, examples: [[61915428, 0, 1, false]] },
    );
  });

  it('fires once per episode, across worker restarts, and again for a later episode', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 10, max: 120 }),
        fc.integer({ min: 100, max: 2_000 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: POLL_MS }),
        (seed, minutes, perMinute, restartEvery, offset) => {
          const traffic = steadyTraffic(seed, START - 8 * DAY_MS, 9);
          const first = START + offset;
          const second = first + minutes * MINUTE_MS + 4 * HOUR_MS;
          const loops = [...burst('loop', first, minutes, 4, Math.ceil(perMinute / 4)), ...burst('loop', second, 20, 4, Math.ceil(perMinute / 4))];
          const withBurst = { ...traffic, transactions: [...traffic.transactions, ...loops].sort((a, b) => a.createdAt - b.createdAt) };
          const before = watch(withBurst, START - DAY_MS, START);
          const during = watch(withBurst, START, second, { state: before.state, restartEvery });
          expect(during.alarms).toHaveLength(1);
          expect(during.alarms[0]).toBeGreaterThan(first);
          expect(during.alarms[0]).toBeLessThanOrEqual(first + minutes * MINUTE_MS + POLL_MS);
          expect(during.state.episode).toBeNull();
          const after = watch(withBurst, second, second + 3 * HOUR_MS, { state: during.state, restartEvery });
          expect(after.alarms).toHaveLength(1);
        },
      ),
      { numRuns: 30 },
    );
  });
});
