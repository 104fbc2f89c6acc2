import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compactNumber } from '@/lib/format';
import { launchFirefox, type FirefoxHarness } from './firefox/bidi-harness';
import { firePollAlarm } from './poll-alarm';
import { credits } from './popup/sandbox-data';

/**
 * The Firefox build's background in Firefox ESR: the sandbox build connects itself on
 * install, polls, sets the badge, notifies and honours Retry-After. Polls are fired with a
 * one-shot `poll` alarm (`firePollAlarm`), as in the Chromium suite.
 */
let firefox: FirefoxHarness;
beforeEach(async () => {
  firefox = await launchFirefox();
  // The widget may be opt-in on Firefox: turn it on, as the options page does.
  await firefox.inExtension(async () => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings as object | undefined), widgetEnabled: true } });
  });
});
afterEach(() => firefox?.close());

const badgeText = () => firefox.inExtension(() => chrome.action.getBadgeText({}));
const notificationIds = () => firefox.inExtension(async () => Object.keys(await chrome.notifications.getAll()));
/** The stored snapshot: in Firefox, account data lives in the extension's IndexedDB (`agentpmt-data`). */
const snapshot = () =>
  firefox.inExtension(
    () =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('agentpmt-data', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('values');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('values', 'readonly').objectStore('values').get('snapshot');
          read.onsuccess = () => resolve(read.result as Record<string, unknown> | undefined);
          read.onerror = () => reject(read.error);
        };
      }),
  );
/** What content scripts could read: Firefox has no access levels for storage.local. */
const fireAlarm = () => firePollAlarm((fn) => firefox.inExtension(fn));
const localKeys = () => firefox.inExtension(async () => Object.keys(await chrome.storage.local.get(null)));

/** Fires the poll alarm now and waits until the refresh it starts has stored its result. */
async function firePoll(): Promise<void> {
  const before = (await snapshot())?.lastAttemptAt;
  await fireAlarm();
  await expect.poll(async () => (await snapshot())?.lastAttemptAt).not.toBe(before);
}

/** Waits until the connection made on install has stored its first good snapshot. */
async function connected(): Promise<void> {
  await expect.poll(async () => (await snapshot())?.lastError === null).toBe(true);
}

/** Opens the mock AgentPMT site in a new tab (Firefox sends it to the sandbox). */
async function openSite(): Promise<void> {
  const page = await firefox.browser.newPage();
  await page.goto('http://localhost:8787/');
}

describe('the Firefox build in Firefox ESR: the background', () => {
  it('connects itself on install: the badge and the navbar widget show the sandbox balance, and storage.local holds no account data', async () => {
    const { balance } = firefox.sandbox.control.state();
    await openSite();

    await expect.poll(badgeText).toBe(compactNumber(balance));
    await expect.poll(() => firefox.widgetText()).toContain(credits(balance));
    expect(firefox.balanceRequests()).toBeGreaterThan(0);
    expect(await firefox.inExtension(() => chrome.alarms.get('poll'))).toMatchObject({ periodInMinutes: 5 });
    await connected();
    expect(await localKeys()).toEqual([]);
  });

  it('polls: spending on AgentPMT reaches the badge and the widget', async () => {
    await connected();
    await openSite();
    const before = firefox.balanceRequests();
    firefox.sandbox.control.toolCall({ tool: 'web-search', credits: 1_234 });
    const { balance } = firefox.sandbox.control.state();

    await firePoll();

    await expect.poll(badgeText).toBe(compactNumber(balance));
    await expect.poll(() => firefox.widgetText()).toContain(credits(balance));
    expect(firefox.balanceRequests()).toBeGreaterThan(before);
  });

  it('warns once with a low-balance notification', async () => {
    await connected();
    const { balance } = firefox.sandbox.control.state();
    await firefox.inExtension((threshold) => chrome.storage.sync.set({ settings: { lowBalanceThreshold: threshold } }), balance - 50);
    firefox.sandbox.control.toolCall({ tool: 'code-review', credits: 200 });

    await firePoll();
    await expect.poll(notificationIds).toEqual(['low-balance']);
    await firefox.inExtension(() => chrome.notifications.clear('low-balance'));
    await firePoll();
    await firePoll();

    expect(await notificationIds()).toEqual([]);
    expect(await badgeText()).toBe(compactNumber(balance - 200));
  });

  it('fires a poll although a settings change re-derives the poll alarm at the same moment', async () => {
    // The tests' poll trigger itself: the background replaces a pending one-shot `poll` alarm
    // when it re-derives the periodic one, and `firePollAlarm` must set it again.
    await connected();
    const before = (await snapshot())?.lastAttemptAt;

    await Promise.all([fireAlarm(), firefox.inExtension(() => chrome.storage.sync.set({ settings: { lowBalanceThreshold: 7 } }))]);

    await expect.poll(async () => (await snapshot())?.lastAttemptAt).not.toBe(before);
  });

  it('holds every request while a Retry-After runs, manual refreshes included', async () => {
    await connected();
    // Every request is answered 429 from now on: the first refresh to run (the alarm's, or one the
    // open site tab asks for) stores the wait, and none may follow while it holds.
    firefox.sandbox.control.injectFault({ kind: 'rate-limited', retryAfterSeconds: 120 });
    await fireAlarm();
    await expect.poll(async () => ((await snapshot())?.lastError as { kind?: string } | null)?.kind).toBe('rate_limited');
    const held = await snapshot();
    const requests = firefox.balanceRequests();

    const manual = await firefox.inExtension(() => chrome.runtime.sendMessage({ type: 'refreshNow' }));
    await firefox.inExtension(() => chrome.runtime.sendMessage({ type: 'userLooking' }));
    await fireAlarm();

    expect(held).toMatchObject({ lastError: { kind: 'rate_limited' } });
    expect((held?.nextAttemptAt as number) - (held?.lastAttemptAt as number)).toBeGreaterThan(119_000);
    expect(manual).toMatchObject({ ok: false, error: 'retry_after', retryAt: held?.nextAttemptAt });
    expect(firefox.balanceRequests()).toBe(requests);
    expect((await snapshot())?.nextAttemptAt).toBe(held?.nextAttemptAt);
  });
});
