import { browser } from 'wxt/browser';

/** How often the content script checks that the extension is still there. */
export const INVALIDATION_CHECK_MS = 1_000;

/** The content script's life, and the timers and listeners that end with it. */
export interface Lifetime {
  /** Aborted when the life ends: pass it to `addEventListener` so the listener goes too. */
  readonly signal: AbortSignal;
  readonly isValid: boolean;
  /** A timer whose callback is dropped once the life has ended. */
  setTimeout(callback: () => void, ms: number): void;
  onInvalidated(callback: () => void): void;
  end(): void;
}

/**
 * A life that ends when `end` is called or soon after the extension is disabled, updated
 * or reloaded: an orphaned content script loses `runtime.id`, which is checked every
 * `intervalMs`. A few lines instead of WXT's content-script context, which would double the
 * content script (it also watches URLs and re-injections, which the widget does not need).
 */
export function createLifetime(intervalMs: number = INVALIDATION_CHECK_MS): Lifetime {
  const controller = new AbortController();
  const { signal } = controller;
  const check = setInterval(() => browser.runtime?.id || controller.abort(), intervalMs);
  signal.addEventListener('abort', () => clearInterval(check));
  return {
    signal,
    get isValid() {
      return !signal.aborted;
    },
    setTimeout: (callback, ms) => void setTimeout(() => signal.aborted || callback(), ms),
    onInvalidated: (callback) => signal.addEventListener('abort', callback),
    end: () => controller.abort(),
  };
}
