import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startSandbox, type Sandbox, type SandboxOptions } from '@/sandbox/server';
import { createTranslator } from '@/lib/i18n';
import { LOCALE_MESSAGE, messageName } from '@/lib/i18n/browser-messages';
import { BACKGROUND_CATALOG } from '../i18n/catalogs';
import type { BackgroundDeps } from '@/lib/background/deps';

export const API = 'https://api.agentpmt.com';

/**
 * A clean fake browser for one test: every API reset, the globals WXT's storage reads
 * stubbed, and the calls fakeBrowser lacks added as spies: `storage.local.setAccessLevel`
 * (Chrome 140+), `runtime.openOptionsPage` and `notifications.getPermissionLevel`.
 */
export function resetBrowser() {
  fakeBrowser.reset();
  vi.stubGlobal('browser', fakeBrowser);
  vi.stubGlobal('chrome', fakeBrowser);
  const setAccessLevel = vi.fn(async (_options: { accessLevel: string }) => undefined);
  Object.assign(fakeBrowser.storage.local, { setAccessLevel });
  const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
  const getPermissionLevel = vi.fn(async () => 'granted');
  Object.assign(fakeBrowser.notifications, { getPermissionLevel });
  // The browser's English `_locales` (fakeBrowser has no i18n): the background reads its strings there.
  const english: Record<string, string> = { ...BACKGROUND_CATALOG.en, [LOCALE_MESSAGE]: 'en' };
  const messages = new Map(Object.entries(english).map(([key, text]) => [messageName(key), text]));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string) => messages.get(name) ?? '') as typeof fakeBrowser.i18n.getMessage);
  return { setAccessLevel, openOptionsPage, getPermissionLevel };
}

/** The in-process sandbox with a `fetch` that sends `https://api.agentpmt.com` requests to it. */
export async function startApi(options: SandboxOptions = {}) {
  const sandbox: Sandbox = await startSandbox({ scenario: 'demo', ...options });
  const realFetch = globalThis.fetch;
  let pending = 0;
  const fetchFn = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    pending += 1;
    try {
      return await realFetch(String(input).replace(API, sandbox.url), init);
    } finally {
      pending -= 1;
    }
  }) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
  /** Requests the sandbox saw to the credits API. */
  const apiRequests = () => sandbox.control.requests().filter((r) => r.path.startsWith('/credits'));
  /** Waits until no request is pending and the work after it has settled. */
  const idle = async () => {
    await settle();
    while (pending > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await settle(10);
  };
  return { sandbox, fetchFn, apiRequests, idle, token: sandbox.token };
}

/** Test dependencies: a settable clock, fixed randomness, English, and the given fetch. */
export function testDeps(fetchFn: typeof fetch, overrides: Partial<BackgroundDeps> = {}): BackgroundDeps & { clock: { now: number } } {
  const clock = { now: Date.now() };
  return {
    clock,
    now: () => clock.now,
    random: () => 0.5,
    fetchFn,
    i18n: createTranslator(BACKGROUND_CATALOG, ['en-US']),
    vault: {},
    timeoutMs: 2_000,
    ...overrides,
  };
}

/** Lets pending storage and event work settle (fake storage resolves on microtasks). */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The notifications currently shown, by id. */
export async function shownNotifications(): Promise<Record<string, unknown>> {
  return { ...((await fakeBrowser.notifications.getAll()) as Record<string, unknown>) };
}
