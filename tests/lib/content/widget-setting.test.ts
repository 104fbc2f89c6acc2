import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isWidgetEnabled, watchWidgetEnabled, type SettingsStorage } from '@/lib/content/widget-setting';
import { settingsItem } from '@/lib/storage/settings';

beforeEach(() => fakeBrowser.reset());

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('isWidgetEnabled', () => {
  it.each([
    [{ widgetEnabled: false }, false],
    [{ widgetEnabled: true }, true],
    [{ widgetEnabled: 'false' }, true],
    [{ theme: 'dark' }, true],
    [[], true],
    [null, true],
    [undefined, true],
    ['settings', true],
  ])('%j → %s', (stored, expected) => {
    expect(isWidgetEnabled(stored)).toBe(expected);
  });

  it('reads every stored value as settingsItem.parse does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ widgetEnabled: fc.anything() }, { requiredKeys: [] })), (stored) => {
        expect(isWidgetEnabled(stored)).toBe(settingsItem.parse(stored).widgetEnabled);
      }),
    );
  });
});

describe('watchWidgetEnabled', () => {
  it('reports the stored setting, then each change at once', async () => {
    await fakeBrowser.storage.sync.set({ settings: { widgetEnabled: false } });
    const seen: boolean[] = [];

    watchWidgetEnabled((enabled) => seen.push(enabled));
    await flush();
    await fakeBrowser.storage.sync.set({ settings: { widgetEnabled: true } });
    await fakeBrowser.storage.sync.set({ settings: { widgetEnabled: false } });

    expect(seen).toEqual([false, true, false]);
  });

  it('is on when nothing is stored', async () => {
    const onChange = vi.fn();

    watchWidgetEnabled(onChange);
    await flush();

    expect(onChange.mock.calls).toEqual([[true]]);
  });

  it('ignores other keys and other storage areas', async () => {
    const onChange = vi.fn();
    watchWidgetEnabled(onChange);
    await flush();

    await fakeBrowser.storage.local.set({ settings: { widgetEnabled: false } });
    await fakeBrowser.storage.sync.set({ other: 1 });

    expect(onChange.mock.calls).toEqual([[true]]);
  });

  it('lets a change that arrives before the first read win over it', async () => {
    let answer: (items: Record<string, unknown>) => void = () => undefined;
    const listeners: Array<(changes: Record<string, { newValue?: unknown }>, area: string) => void> = [];
    const api: SettingsStorage = {
      sync: { get: () => new Promise((resolve) => (answer = resolve)) },
      onChanged: { addListener: (l) => listeners.push(l), removeListener: () => undefined },
    };
    const seen: boolean[] = [];

    watchWidgetEnabled((enabled) => seen.push(enabled), api);
    listeners.forEach((l) => l({ settings: { newValue: { widgetEnabled: false } } }, 'sync'));
    answer({ settings: { widgetEnabled: true } });
    await flush();

    expect(seen).toEqual([false]);
  });

  it('stops when asked', async () => {
    const onChange = vi.fn();
    const stop = watchWidgetEnabled(onChange);
    await flush();

    stop();
    await fakeBrowser.storage.sync.set({ settings: { widgetEnabled: false } });

    expect(onChange.mock.calls).toEqual([[true]]);
  });

  it('reports nothing when the first read fails', async () => {
    const api: SettingsStorage = {
      sync: { get: () => Promise.reject(new Error('Extension context invalidated.')) },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    };
    const onChange = vi.fn();

    watchWidgetEnabled(onChange, api);
    await flush();

    expect(onChange).not.toHaveBeenCalled();
  });
});
