/**
 * The sandbox's clock: it starts at `start`, runs at real speed, and can be pushed
 * forward (never back) to reach expiry dates without waiting.
 */
export interface VirtualClock {
  now(): number;
  /** Moves the clock forward by `ms`; returns the new time. */
  advance(ms: number): number;
}

/** Creates a clock reading `start` now; `realNow` is injectable for tests. */
export function createVirtualClock(start: number, realNow: () => number = Date.now): VirtualClock {
  const origin = realNow();
  let offset = 0;
  return {
    now: () => start + (realNow() - origin) + offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock only moves forward');
      offset += ms;
      return start + (realNow() - origin) + offset;
    },
  };
}
