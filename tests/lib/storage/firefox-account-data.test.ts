import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetBrowser, startApi, testDeps } from '@/tests/helpers/background-harness';
import { createFakeIdb } from '@/tests/helpers/fake-idb';

const POPUP = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

/**
 * The Firefox build, where `storage.local` cannot be closed to content scripts: after a
 * connect and a poll, account data (snapshot, samples, alert state, schedule, connection)
 * is kept in the extension's IndexedDB and storage.local holds none of it (SEC-1).
 */
describe('account data in Firefox', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  beforeEach(async () => {
    resetBrowser();
    delete (fakeBrowser.storage.local as { setAccessLevel?: unknown }).setAccessLevel;
    vi.stubEnv('BROWSER', 'firefox');
    vi.stubGlobal('indexedDB', createFakeIdb().factory);
    vi.resetModules();
    api = await startApi({ scenario: 'demo' });
  });
  afterEach(() => api.sandbox.close());

  it('stays out of storage.local, which content scripts can read there, and is still read back', async () => {
    // Arrange
    const { createBackground } = await import('@/lib/background/controller');
    const { snapshotItem, alertStateItem, samplesItem } = await import('@/lib/storage/items');
    const bg = createBackground(testDeps(api.fetchFn));

    // Act: connect (which polls), then poll again
    const answer = await new Promise((resolve) => bg.onMessage({ type: 'connectToken', token: api.token }, POPUP, resolve));
    await new Promise((resolve) => bg.onMessage({ type: 'refreshNow' }, POPUP, resolve));

    // Assert
    expect(answer).toMatchObject({ ok: true });
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const balance = String(api.sandbox.control.state().balance);
    expect(local).not.toContain(balance);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([]);
    expect((await snapshotItem.read())?.balance.balance).toBe(api.sandbox.control.state().balance);
    expect(await samplesItem.read()).toHaveLength(1);
    expect((await alertStateItem.read()).baseline).toBe(false);
  });

  it('survives a restart: the last data and the alert state are read back from IndexedDB', async () => {
    // Arrange
    const { createBackground } = await import('@/lib/background/controller');
    const bg = createBackground(testDeps(api.fetchFn));
    await new Promise((resolve) => bg.onMessage({ type: 'connectToken', token: api.token }, POPUP, resolve));
    const before = await (await import('@/lib/storage/items')).alertStateItem.read();

    // Act: every module loaded afresh, as after a browser restart (IndexedDB persists)
    vi.resetModules();
    const { snapshotItem, alertStateItem } = await import('@/lib/storage/items');

    // Assert
    expect((await snapshotItem.read())?.balance.balance).toBe(api.sandbox.control.state().balance);
    expect(await alertStateItem.read()).toEqual(before);
  });
});
