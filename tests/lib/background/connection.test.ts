import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '@/lib/background/controller';
import { ALARMS } from '@/lib/background/alarms';
import { alertStateItem, connectionItem, samplesItem, scheduleItem, snapshotItem } from '@/lib/storage/items';
import { settingsItem } from '@/lib/storage/settings';
import { readToken } from '@/lib/storage/token-vault';
import { createFakeIdb } from '@/tests/helpers/fake-idb';
import { resetBrowser, startApi, testDeps } from '@/tests/helpers/background-harness';

describe('connecting and disconnecting a token', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  beforeEach(async () => {
    resetBrowser();
    api = await startApi({ scenario: 'demo' });
  });
  afterEach(() => api.sandbox.close());

  const connect = (token: string, bg = createBackground(testDeps(api.fetchFn))) =>
    new Promise<unknown>((resolve) => {
      bg.onMessage({ type: 'connectToken', token }, { id: fakeBrowser.runtime.id, origin: 'chrome-extension://test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' }, resolve);
    });

  it('keeps no part of the token where content scripts can read storage.local (Firefox)', async () => {
    // Arrange: no setAccessLevel, so the token goes to IndexedDB and storage.local stays open
    delete (fakeBrowser.storage.local as { setAccessLevel?: unknown }).setAccessLevel;
    const idb = createFakeIdb();
    const bg = createBackground(testDeps(api.fetchFn, { vault: { idb: idb.factory } }));

    // Act
    const response = await connect(api.token, bg);

    // Assert
    expect(response).toMatchObject({ ok: true });
    expect(await connectionItem.read()).toMatchObject({ connected: true, tokenHint: null });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(api.token.slice(-4));
  });

  it('checks the token with one balance request, saves it and fetches the history', async () => {
    // Act
    const response = await connect(`  ${api.token}\n`);

    // Assert
    expect(response).toEqual({ ok: true, tokenHint: api.token.slice(-4) });
    expect(await readToken()).toBe(api.token);
    expect(await connectionItem.read()).toMatchObject({ connected: true, tokenHint: '1a2b' });
    const snapshot = await snapshotItem.read();
    expect(snapshot?.balance.balance).toBe(api.sandbox.control.state().balance);
    expect(snapshot?.historyAvailable).toBe(true);
    expect(snapshot?.grants?.length).toBeGreaterThan(0);
    expect(api.apiRequests().map((r) => r.path.split('?')[0])).toEqual(['/credits/balance', '/credits/history']);
    expect(await fakeBrowser.alarms.get(ALARMS.poll)).toMatchObject({ periodInMinutes: 5 });
    expect(await fakeBrowser.action.getBadgeText({})).not.toBe('?');
    expect(await samplesItem.read()).toHaveLength(1);
    expect((await alertStateItem.read()).baseline).toBe(false);
  });

  it.each([
    ['a bad format', 'short', 'bad_token', 0],
    ['spaces inside', 'abc def ghi jkl', 'bad_token', 0],
    ['characters no bearer token has, as the options form refuses them', 'tok_abcdefghijkl<"x">', 'bad_token', 0],
    ['a rejected token', 'tok_wrong_wrong_wrong', 'unauthorized', 1],
  ])('answers %s clearly and stores nothing', async (_name, token, error, requests) => {
    // Act
    const response = await connect(token);

    // Assert
    expect(response).toMatchObject({ ok: false, error });
    expect(api.apiRequests()).toHaveLength(requests);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('answers a server error with its HTTP status, for the options page to show', async () => {
    // Arrange
    api.sandbox.control.injectFault({ kind: 'server-error' });

    // Act
    const response = await connect(api.token);

    // Assert
    expect(response).toEqual({ ok: false, error: 'server', retryAt: null, status: 500 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('answers a network error clearly', async () => {
    // Arrange
    api.sandbox.control.injectFault({ kind: 'reset' });

    // Act
    const response = await connect(api.token);

    // Assert
    expect(response).toMatchObject({ ok: false, error: 'network' });
    expect(await connectionItem.read()).toMatchObject({ connected: false });
  });

  it('keeps the token out of storage.sync and closes storage.local first', async () => {
    // Arrange
    const { setAccessLevel } = resetBrowser();

    // Act
    await connect(api.token);

    // Assert
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain(api.token);
  });

  it('disconnect erases every trace but the settings', async () => {
    // Arrange
    const bg = createBackground(testDeps(api.fetchFn));
    await settingsItem.setValue({ lowBalanceThreshold: 900 });
    await connect(api.token, bg);
    await fakeBrowser.notifications.create('low-balance', { type: 'basic', title: 't', message: 'm', iconUrl: 'i' });
    await fakeBrowser.storage.session.set({ x: 1 });

    // Act
    const response = await new Promise((resolve) =>
      bg.onMessage({ type: 'disconnect' }, { id: fakeBrowser.runtime.id, origin: 'chrome-extension://test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' }, resolve),
    );

    // Assert
    expect(response).toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
    expect(await readToken()).toBeNull();
    expect((await scheduleItem.read()).stopped).toBe(false);
    expect(await fakeBrowser.storage.sync.get(null)).toHaveProperty('settings');
  });

  it('leaves nothing behind when a popup opens as the user disconnects', async () => {
    const deps = testDeps(api.fetchFn);
    const bg = createBackground(deps);
    await connect(api.token, bg);
    deps.clock.now += 20 * 60_000;
    const sender = { id: fakeBrowser.runtime.id, origin: 'chrome-extension://test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
    const send = (message: unknown) => new Promise((resolve) => bg.onMessage(message, sender, resolve));
    await Promise.all([send({ type: 'userLooking' }), send({ type: 'disconnect' })]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
