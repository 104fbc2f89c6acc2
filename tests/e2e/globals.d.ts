import type { browser } from 'wxt/browser';

declare global {
  /** The extension API inside `worker.evaluate` and extension pages. */
  const chrome: typeof browser;
}
