import type { Page, Worker } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compactNumber } from '@/lib/format';
import { launchExtension, type ExtensionHarness } from './fixtures';
import { firePollAlarm } from './poll-alarm';

/**
 * The background service worker in real Chromium: the production build, AgentPMT routed
 * to the sandbox. Polls are fired with a one-shot `poll` alarm (the same name as the
 * periodic one: `firePollAlarm`), and the worker is killed with CDP `Target.closeTarget`.
 */
let harness: ExtensionHarness;
let page: Page;

beforeEach(async () => {
  harness = await launchExtension({ scenario: 'demo' });
  page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html`);
});
afterEach(() => harness?.close());

/** The running service worker, waking it with a message if it was stopped. */
async function worker(): Promise<Worker> {
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'widgetState' }));
  return harness.context.serviceWorkers()[0] ?? (await harness.context.waitForEvent('serviceworker'));
}
const inWorker = async <T>(fn: () => T | Promise<T>): Promise<T> => (await worker()).evaluate(fn);
const send = (message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);
const badgeText = () => inWorker(() => chrome.action.getBadgeText({}));
const notificationIds = async () => Object.keys(await inWorker(() => chrome.notifications.getAll()));
const storedSnapshot = async () => (await inWorker(() => chrome.storage.local.get('snapshot'))).snapshot as Record<string, unknown> | undefined;
const fireAlarm = () => firePollAlarm((fn) => page.evaluate(fn));
const balanceRequests = () => harness.sandbox.control.requests().filter((r) => r.path.startsWith('/credits/balance')).length;

/**
 * Kills the service worker the way Chrome stops an idle one (CDP `Target.closeTarget`),
 * and proves it: a marker set in the old worker's global scope is gone in the next one.
 */
async function killWorker(): Promise<void> {
  await inWorker(() => Object.assign(globalThis, { killMarker: true }));
  const cdp = await harness.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${harness.extensionId}/`));
  expect(target).toBeDefined();
  await cdp.send('Target.closeTarget', { targetId: target!.targetId });
  await cdp.detach();
  await expect.poll(() => inWorker(() => 'killMarker' in globalThis)).toBe(false);
}

/** Fires the poll alarm now and waits until the refresh it starts has stored its result. */
async function firePoll(): Promise<void> {
  const before = (await storedSnapshot())?.lastAttemptAt;
  await fireAlarm();
  await expect.poll(async () => (await storedSnapshot())?.lastAttemptAt).not.toBe(before);
}

async function connect(): Promise<void> {
  expect(await send({ type: 'connectToken', token: harness.sandbox.token })).toEqual({ ok: true, tokenHint: '1a2b' });
}

describe('the background service worker in Chromium', () => {
  it('shows the balance on the badge after the sandbox token is connected', async () => {
    // Arrange
    expect(await badgeText()).toBe('?');

    // Act
    await connect();

    // Assert
    const balance = harness.sandbox.control.state().balance;
    expect(await badgeText()).toBe(compactNumber(balance));
    const title = await inWorker(() => chrome.action.getTitle({}));
    expect(title).toContain(`${new Intl.NumberFormat('en-US').format(balance)} credits`);
    expect(await inWorker(() => chrome.alarms.get('poll'))).toMatchObject({ periodInMinutes: 5 });
    expect(await inWorker(() => chrome.storage.local.get('token'))).toEqual({ token: harness.sandbox.token });
    expect(JSON.stringify(await inWorker(() => chrome.storage.sync.get(null)))).not.toContain(harness.sandbox.token);
  });

  it('creates exactly one low-balance notification, also after the worker is killed three times', async () => {
    // Arrange
    await connect();
    const balance = harness.sandbox.control.state().balance;
    await page.evaluate((threshold) => chrome.storage.sync.set({ settings: { lowBalanceThreshold: threshold } }), balance - 50);
    harness.sandbox.control.toolCall({ tool: 'code-review', credits: 200 });

    // Act
    await firePoll();
    await expect.poll(notificationIds).toEqual(['low-balance']);
    await inWorker(() => chrome.notifications.clear('low-balance'));
    for (let i = 0; i < 3; i += 1) {
      await killWorker();
      await firePoll();
    }

    // Assert
    expect(await notificationIds()).toEqual([]);
    expect(await badgeText()).toBe(compactNumber(balance - 200));
    expect(await inWorker(() => chrome.alarms.getAll())).toHaveLength(1);
    expect(balanceRequests()).toBeGreaterThanOrEqual(5);
  });

  /** Connects, answers the next poll with a 429 and `Retry-After`, and returns what was stored. */
  async function rateLimited(retryAfterSeconds: number) {
    await connect();
    harness.sandbox.control.injectFault({ kind: 'rate-limited', retryAfterSeconds, times: 1 });
    await firePoll();
    const snapshot = await storedSnapshot();
    expect(snapshot).toMatchObject({ lastError: { kind: 'rate_limited' } });
    return { nextAttemptAt: snapshot?.nextAttemptAt as number, wait: (snapshot?.nextAttemptAt as number) - (snapshot?.lastAttemptAt as number) };
  }

  /** Everything that could send a request: a worker restart, a manual refresh, the alarm, an open popup. */
  async function tryEverything(): Promise<unknown> {
    await killWorker();
    const manual = await send({ type: 'refreshNow' });
    await fireAlarm();
    await send({ type: 'userLooking' });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return manual;
  }

  it('holds every request for a Retry-After of 120 s, across a worker restart', async () => {
    // Arrange: the wait is max(Retry-After, the first backoff of at most a minute), from the response.
    const { nextAttemptAt, wait } = await rateLimited(120);
    const requests = balanceRequests();

    // Act
    const manual = await tryEverything();

    // Assert
    expect(wait).toBeGreaterThan(119_000);
    expect(wait).toBeLessThanOrEqual(120_000);
    expect(manual).toMatchObject({ ok: false, error: 'retry_after', retryAt: nextAttemptAt });
    expect(balanceRequests() - requests).toBe(0);
    expect((await storedSnapshot())?.nextAttemptAt).toBe(nextAttemptAt);
  });

  it('sends exactly one request once a short Retry-After has passed', async () => {
    // Arrange
    const { nextAttemptAt, wait } = await rateLimited(5);
    const requests = balanceRequests();
    const during = await tryEverything().then(() => balanceRequests() - requests);

    // Act
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, nextAttemptAt - Date.now() + 500)));
    await firePoll();

    // Assert
    expect(wait).toBeGreaterThan(4_000);
    expect(wait).toBeLessThanOrEqual(60_000);
    expect(during).toBe(0);
    expect(balanceRequests() - requests).toBe(1);
    expect((await storedSnapshot())?.lastError).toBeNull();
  }, 90_000);

  it('stops polling on a 401 and leaves one notification', async () => {
    // Arrange
    await connect();
    harness.sandbox.control.injectFault({ kind: 'unauthorized' });

    // Act
    await firePoll();
    const requests = balanceRequests();
    await expect.poll(notificationIds).toEqual(['token-rejected']);
    await killWorker();
    for (let i = 0; i < 3; i += 1) {
      await page.evaluate(() => chrome.alarms.create('poll', { when: Date.now() }));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await send({ type: 'userLooking' });
    const manual = await send({ type: 'refreshNow' });

    // Assert
    expect(requests).toBe(2);
    expect(balanceRequests()).toBe(requests);
    expect(manual).toMatchObject({ ok: false, error: 'token_rejected' });
    expect(await notificationIds()).toEqual(['token-rejected']);
    expect(await inWorker(() => chrome.alarms.get('poll'))).toBeUndefined();
    expect(await badgeText()).toBe('!');
  });
});
