/** A simulated agent that spends credits on a timer while live mode is on. */
export interface LiveAgent {
  readonly running: boolean;
  readonly intervalMs: number;
  start(intervalMs?: number): void;
  stop(): void;
}

export const DEFAULT_LIVE_INTERVAL_MS = 5_000;
const MIN_INTERVAL_MS = 10;

/** Calls `tick` every `intervalMs` while started. The timer never keeps the process alive. */
export function createLiveAgent(tick: () => void, intervalMs = DEFAULT_LIVE_INTERVAL_MS): LiveAgent {
  let timer: ReturnType<typeof setInterval> | null = null;
  let interval = Math.max(MIN_INTERVAL_MS, intervalMs);
  const agent: LiveAgent = {
    get running() {
      return timer !== null;
    },
    get intervalMs() {
      return interval;
    },
    start(nextInterval) {
      agent.stop();
      if (nextInterval !== undefined) interval = Math.max(MIN_INTERVAL_MS, nextInterval);
      timer = setInterval(tick, interval);
      timer.unref();
    },
    stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
    },
  };
  return agent;
}
