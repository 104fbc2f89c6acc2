import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALARMS } from '@/lib/background/alarms';
import { SITE_ORIGIN } from '@/lib/config';
import { LINKS } from '@/lib/links';
import { readAlertState, readSchedule, readSnapshot, settingsItem } from '@/lib/storage/items';
import { resetBrowser, shownNotifications, startApi } from '../lib/background/harness';
import { backgroundEvents, simulateRestart, startBackground } from '../lib/background/simulate-restart';

const PAGE = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
const MINUTE = 60_000;

/** Delivers a message as Chrome does, with a sender and a `sendResponse` (fakeBrowser's types omit the latter). */
function command(message: unknown): Promise<unknown> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  return new Promise((resolve) => void trigger(message, PAGE, resolve));
}

const hasListeners = (event: unknown) => (event as { hasListeners(): boolean }).hasListeners();

describe('the background entry point', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let spies: ReturnType<typeof resetBrowser>;
  let create: MockInstance<typeof fakeBrowser.notifications.create>;

  beforeEach(async () => {
    spies = resetBrowser();
    api = await startApi({ scenario: 'demo' });
    vi.stubGlobal('fetch', api.fetchFn);
    create = vi.spyOn(fakeBrowser.notifications, 'create');
  });
  afterEach(async () => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    await api.sandbox.close();
  });

  /** Starts the worker, connects the sandbox token and waits for the first refresh. */
  async function connected() {
    await startBackground();
    expect(await command({ type: 'connectToken', token: api.token })).toMatchObject({ ok: true });
    await api.idle();
    api.sandbox.control.clearRequests();
  }

  async function fireAlarm() {
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARMS.poll, scheduledTime: Date.now(), periodInMinutes: 5 });
    await api.idle();
  }

  const notificationsOf = (id: string) => create.mock.calls.filter((args: unknown[]) => args[0] === id).length;

  it('registers every listener synchronously, before any await', async () => {
    // Arrange
    vi.resetModules();
    const { default: background } = await import('@/entrypoints/background');

    // Act
    background.main();

    // Assert
    for (const [name, event] of Object.entries(backgroundEvents())) expect(hasListeners(event), name).toBe(true);
  });

  it('opens the options page on first install and shows "not connected"', async () => {
    // Act
    await startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await api.idle();

    // Assert
    expect(spies.openOptionsPage).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(api.apiRequests()).toEqual([]);
  });

  it('in the sandbox build, connects the demo token on install and opens the sandbox site', async () => {
    // Arrange
    vi.stubEnv('MODE', 'sandbox');
    vi.stubEnv('WXT_SANDBOX_TOKEN', api.token);
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');

    // Act
    await startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await api.idle();

    // Assert
    expect(spies.openOptionsPage).not.toHaveBeenCalled();
    expect(tabs).toHaveBeenCalledWith({ url: SITE_ORIGIN });
    expect((await readSnapshot())?.balance.balance).toBe(api.sandbox.control.state().balance);
  });

  it('does not open the options page on an update, and refreshes', async () => {
    await connected();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await api.idle();
    expect(spies.openOptionsPage).not.toHaveBeenCalled();
    expect(api.apiRequests()).toHaveLength(2);
  });

  it('refreshes on browser start-up', async () => {
    await connected();
    await fakeBrowser.runtime.onStartup.trigger();
    await api.idle();
    expect(api.apiRequests().map((r) => r.path.split('?')[0])).toEqual(['/credits/balance', '/credits/history']);
  });

  it('five restarts between polls never repeat a notification or duplicate the alarm', async () => {
    // Arrange
    await connected();
    const balance = api.sandbox.control.state().balance;
    await settingsItem.setValue({ lowBalanceThreshold: balance - 50 });
    api.sandbox.control.toolCall({ tool: 'code-review', credits: 200 });

    // Act
    await fireAlarm();
    const alarmAfterPoll = await fakeBrowser.alarms.get(ALARMS.poll);
    for (let i = 0; i < 5; i += 1) await simulateRestart();
    const alarmAfterRestarts = await fakeBrowser.alarms.get(ALARMS.poll);
    for (let i = 0; i < 5; i += 1) {
      await simulateRestart();
      await fireAlarm();
    }

    // Assert
    expect(notificationsOf('low-balance')).toBe(1);
    expect(Object.keys(await shownNotifications())).toEqual(['low-balance']);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    expect(alarmAfterRestarts).toEqual(alarmAfterPoll);
    expect((await readAlertState()).lowBalance).toBe('fired');
  });

  it('keeps the alarm countdown across a restart, and recreates a lost alarm', async () => {
    // Arrange
    await connected();
    const before = await fakeBrowser.alarms.get(ALARMS.poll);

    // Act
    await simulateRestart();
    const kept = await fakeBrowser.alarms.get(ALARMS.poll);
    await fakeBrowser.alarms.clearAll();
    await simulateRestart();

    // Assert
    expect(kept).toEqual(before);
    expect(await fakeBrowser.alarms.get(ALARMS.poll)).toMatchObject({ name: 'poll', periodInMinutes: 5 });
  });

  it('recomputes the badge from storage at every start', async () => {
    // Arrange
    await connected();
    const expected = await fakeBrowser.action.getBadgeText({});
    await fakeBrowser.action.setBadgeText({ text: 'old' });
    await fakeBrowser.action.setTitle({ title: 'stale' });

    // Act
    await simulateRestart();

    // Assert
    expect(expected).toMatch(/^\d+(\.\d)?k?$/);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(expected);
    expect(await fakeBrowser.action.getTitle({})).toContain('credits');
  });

  it('stops polling on a 401: ten alarms make one request and one notification', async () => {
    // Arrange
    await connected();
    api.sandbox.control.injectFault({ kind: 'unauthorized' });

    // Act
    for (let i = 0; i < 10; i += 1) {
      await fireAlarm();
      if (i % 3 === 0) await simulateRestart();
    }

    // Assert
    expect(api.apiRequests().filter((r) => r.path.startsWith('/credits/balance'))).toHaveLength(1);
    expect(notificationsOf('token-rejected')).toBe(1);
    expect(await fakeBrowser.alarms.get(ALARMS.poll)).toBeUndefined();
    expect(await command({ type: 'refreshNow' })).toMatchObject({ ok: false, error: 'token_rejected' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('a new token after a 401 resumes polling and re-arms the alert', async () => {
    // Arrange
    await connected();
    api.sandbox.control.injectFault({ kind: 'unauthorized', times: 1 });
    await fireAlarm();

    // Act
    await command({ type: 'connectToken', token: api.token });
    await api.idle();

    // Assert
    expect(await readSchedule()).toMatchObject({ stopped: false });
    expect((await readAlertState()).tokenRejected).toBe('armed');
    expect(await fakeBrowser.alarms.get(ALARMS.poll)).toBeDefined();
    expect(await shownNotifications()).toEqual({});
  });

  it('honours Retry-After across a restart, for alarms and manual refreshes alike', async () => {
    // Arrange
    vi.useFakeTimers({ toFake: ['Date'] });
    await connected();
    const start = Date.now();
    api.sandbox.control.injectFault({ kind: 'rate-limited', retryAfterSeconds: 120, times: 1 });
    await fireAlarm();
    api.sandbox.control.clearRequests();

    // Act
    await simulateRestart();
    vi.setSystemTime(start + 60_000);
    await fireAlarm();
    const manual = await command({ type: 'refreshNow' });
    const during = api.apiRequests().length;
    vi.setSystemTime(start + 121_000);
    await fireAlarm();

    // Assert
    expect(during).toBe(0);
    expect(manual).toMatchObject({ ok: false, error: 'retry_after', retryAt: start + 120_000 });
    expect(api.apiRequests().map((r) => r.path.split('?')[0])).toEqual(['/credits/balance', '/credits/history']);
    expect((await readSnapshot())?.lastError).toBeNull();
  });

  it('catches up once after the device slept for hours', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await connected();
    vi.setSystemTime(Date.now() + 3 * 60 * MINUTE);
    await fireAlarm();
    expect(api.apiRequests().filter((r) => r.path.startsWith('/credits/balance'))).toHaveLength(1);
  });

  it('sends 24 requests an hour when idle at the default interval: 12 polls of balance and history', async () => {
    // Arrange
    vi.useFakeTimers({ toFake: ['Date'] });
    await connected();
    const alarm = await fakeBrowser.alarms.get(ALARMS.poll);
    const period = alarm?.periodInMinutes ?? Number.NaN;

    // Act
    for (let minutes = period; minutes <= 60; minutes += period) {
      vi.setSystemTime(Date.now() + period * MINUTE);
      await fireAlarm();
    }

    // Assert
    expect(period).toBe(5);
    expect(api.apiRequests()).toHaveLength(24);
    expect((await fakeBrowser.alarms.get(ALARMS.poll))?.periodInMinutes).toBe(5);
  });

  it('polls every minute for 10 minutes after the user looks, then returns to the setting', async () => {
    // Arrange
    vi.useFakeTimers({ toFake: ['Date'] });
    await connected();

    // Act
    await command({ type: 'userLooking' });
    await api.idle();
    const fast = await fakeBrowser.alarms.get(ALARMS.poll);
    vi.setSystemTime(Date.now() + 11 * MINUTE);
    await fireAlarm();

    // Assert
    expect(fast?.periodInMinutes).toBe(1);
    expect((await fakeBrowser.alarms.get(ALARMS.poll))?.periodInMinutes).toBe(5);
  });

  it('opens the buy page and closes the notification when one is clicked', async () => {
    // Arrange
    await startBackground();
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.create('low-balance', { type: 'basic', title: 't', message: 'm', iconUrl: 'i' });

    // Act
    await fakeBrowser.notifications.onClicked.trigger('low-balance');
    await api.idle();

    // Assert
    expect(tabs).toHaveBeenCalledWith({ url: LINKS.buy });
    expect(LINKS.buy).toBe('https://www.agentpmt.com/dashboard');
    expect(await shownNotifications()).toEqual({});
  });

  it('snoozes an alert for a day from its button', async () => {
    // Arrange
    await connected();
    await fakeBrowser.notifications.create('low-balance', { type: 'basic', title: 't', message: 'm', iconUrl: 'i' });

    // Act
    await fakeBrowser.notifications.onButtonClicked.trigger('low-balance', 1);
    await api.idle();

    // Assert
    const until = (await readAlertState()).snoozedUntil.lowBalance ?? 0;
    expect(until - Date.now()).toBeGreaterThan(23 * 60 * MINUTE);
    expect(await shownNotifications()).toEqual({});
  });

  it('opens the settings from a token-rejected notification', async () => {
    await startBackground();
    await fakeBrowser.notifications.onClicked.trigger('token-rejected');
    await api.idle();
    expect(spies.openOptionsPage).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['storage.local.setAccessLevel', () => delete (fakeBrowser.storage.local as { setAccessLevel?: unknown }).setAccessLevel],
    ['notifications.getPermissionLevel', () => delete (fakeBrowser.notifications as { getPermissionLevel?: unknown }).getPermissionLevel],
    ['notifications.onButtonClicked', () => vi.spyOn(fakeBrowser.notifications, 'onButtonClicked', 'get').mockReturnValue(undefined as never)],
  ])('starts without %s and never throws at the top level', async (_name, remove) => {
    // Arrange
    remove();
    const errors = vi.spyOn(console, 'error');

    // Act
    await startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await api.idle();

    // Assert
    expect(errors).not.toHaveBeenCalled();
    expect(hasListeners(fakeBrowser.runtime.onMessage)).toBe(true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
  });

  it('shows no notification when the browser blocks them, but still the badge', async () => {
    // Arrange
    spies.getPermissionLevel.mockResolvedValue('denied');
    await connected();
    api.sandbox.control.setScenario('low');
    await fakeBrowser.runtime.onStartup.trigger();
    await api.idle();
    api.sandbox.control.setScenario('demo');
    await command({ type: 'refreshNow' });

    // Act
    api.sandbox.control.setScenario('low');
    await command({ type: 'refreshNow' });

    // Assert
    expect(create).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({})).toMatch(/^\d+$/);
  });
});
