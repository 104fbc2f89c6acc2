import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '@/lib/background/controller';
import { notifyWidgetTabs } from '@/lib/background/widget-tabs';
import { WIDGET_STATE_CHANGED } from '@/lib/content/widget-setting';
import { restrictStorageAreas } from '@/lib/storage/token-vault';
import { resetBrowser, testDeps } from './harness';

describe('the widget setting reaches the site through the background', () => {
  beforeEach(() => {
    resetBrowser();
  });

  it('tells every tab, top frame only, that the setting changed, and carries no data', async () => {
    const sendMessage = vi.fn(async () => undefined);
    const tabs = { query: vi.fn(async () => [{ id: 1 }, { id: 2 }, {}]), sendMessage };

    await notifyWidgetTabs(tabs);

    expect(tabs.query).toHaveBeenCalledWith({});
    expect(sendMessage.mock.calls).toEqual([
      [1, { type: WIDGET_STATE_CHANGED }, { frameId: 0 }],
      [2, { type: WIDGET_STATE_CHANGED }, { frameId: 0 }],
    ]);
  });

  it('shrugs off tabs without our content script', async () => {
    const tabs = { query: async () => [{ id: 1 }], sendMessage: vi.fn(async () => Promise.reject(new Error('Receiving end does not exist.'))) };

    await expect(notifyWidgetTabs(tabs)).resolves.toBeUndefined();
  });

  it('notifies the tabs when the settings change in storage.sync', async () => {
    const notify = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    const background = createBackground(testDeps(vi.fn()));

    background.onStorageChanged({ settings: { newValue: { widgetEnabled: false } } }, 'sync');

    await vi.waitFor(() => expect(notify).toHaveBeenCalled());
  });

  it('closes storage.sync as well as storage.local to content scripts (Chrome 140+)', async () => {
    const local = vi.fn(async () => undefined);
    const sync = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.storage.local, { setAccessLevel: local });
    Object.assign(fakeBrowser.storage.sync, { setAccessLevel: sync });

    expect(await restrictStorageAreas()).toBe(true);

    expect(local).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(sync).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('closes the storage areas at every start of the worker', async () => {
    const sync = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.storage.sync, { setAccessLevel: sync });

    createBackground(testDeps(vi.fn())).onWake();

    await vi.waitFor(() => expect(sync).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' }));
  });
});
