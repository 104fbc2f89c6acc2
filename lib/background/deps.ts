import { createBackgroundTranslator } from '@/lib/i18n/background-translator';
import type { BackgroundTranslator } from '@/lib/i18n/surfaces';
import type { VaultDeps } from '@/lib/storage/token-vault';

/**
 * What the background's logic needs from the outside world, injected so that tests
 * pass fakes (clock, randomness, fetch) and production passes nothing.
 */
export interface BackgroundDeps {
  now: () => number;
  random: () => number;
  /** Defaults to the global `fetch`. */
  fetchFn?: typeof fetch;
  /** Per request, headers and body; defaults to the client's 10 s. */
  timeoutMs?: number;
  /** Over the background's own messages only: the service worker bundles no page's. */
  i18n: BackgroundTranslator;
  vault: VaultDeps;
}

/** The real clock, randomness, fetch and the browser's locale. */
export function defaultDeps(overrides: Partial<BackgroundDeps> = {}): BackgroundDeps {
  return { now: Date.now, random: Math.random, i18n: createBackgroundTranslator(), vault: {}, ...overrides };
}
