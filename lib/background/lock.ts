/**
 * A promise-chain mutex: tasks run one at a time, in call order. It orders the
 * background's storage writes (refresh results, connect, disconnect) within one worker
 * so that no write lands after a disconnect. Held in memory only: when the worker
 * stops, no task is running, so nothing is lost.
 */
export function createLock() {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    /** Runs `task` after every task queued before it; rejects as `task` does. */
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task, task);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
export type Lock = ReturnType<typeof createLock>;
