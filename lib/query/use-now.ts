import { useEffect, useState } from 'react';

/** How often relative times ("updated 3 min ago") are recomputed. */
export const NOW_TICK_MS = 30_000;

/**
 * The current time, re-read every `tickMs`, so relative times and staleness stay true
 * while a page is open. `clock` is injectable for tests.
 */
export function useNow(tickMs: number = NOW_TICK_MS, clock: () => number = Date.now): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const id = setInterval(() => setNow(clock()), tickMs);
    return () => clearInterval(id);
  }, [tickMs, clock]);
  return now;
}
