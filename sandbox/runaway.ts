/**
 * A runaway agent: one tool called in a loop, `creditsPerMinute` a minute for `minutes`
 * minutes of sandbox time. Its calls are due as the sandbox clock passes them, so the
 * loop plays out in real time and advancing the clock plays the rest at once.
 */
export interface RunawaySpec {
  tool: string;
  creditsPerMinute: number;
  minutes: number;
}

export interface Runaway extends RunawaySpec {
  startsAt: number;
  endsAt: number;
  /** Calls made so far (charged or refused for want of credits). */
  made: number;
}

/** The loop the dashboard's "Simulate a runaway agent" button and the `runaway` scenario start: 1,530 credits in 17 minutes. */
export const DEMO_RUNAWAY: RunawaySpec = { tool: 'scrape-page', creditsPerMinute: 90, minutes: 17 };

/** The loop makes this many calls a minute, so a few minutes overflow a 100-entry history page. */
export const RUNAWAY_CALLS_PER_MINUTE = 10;
const MINUTE_MS = 60_000;

/** A loop starting at `startsAt` (its first call is made then). */
export function startRunaway(spec: RunawaySpec, startsAt: number): Runaway {
  return { ...spec, startsAt, endsAt: startsAt + spec.minutes * MINUTE_MS, made: 0 };
}

/**
 * The calls of `runaway` due by `now` that are not made yet, oldest first: one every
 * sixth of a minute, their prices adding up to exactly `creditsPerMinute` each minute.
 * Marks them made.
 */
export function dueCalls(runaway: Runaway, now: number): Array<{ at: number; credits: number }> {
  const total = runaway.minutes * RUNAWAY_CALLS_PER_MINUTE;
  const calls: Array<{ at: number; credits: number }> = [];
  const price = (j: number) => Math.floor(((j + 1) * runaway.creditsPerMinute) / RUNAWAY_CALLS_PER_MINUTE) - Math.floor((j * runaway.creditsPerMinute) / RUNAWAY_CALLS_PER_MINUTE);
  for (; runaway.made < total; runaway.made += 1) {
    const j = runaway.made;
    const at = runaway.startsAt + Math.floor((j * MINUTE_MS) / RUNAWAY_CALLS_PER_MINUTE);
    if (at > now) break;
    const credits = price(j % RUNAWAY_CALLS_PER_MINUTE);
    if (credits > 0) calls.push({ at, credits });
  }
  return calls;
}
