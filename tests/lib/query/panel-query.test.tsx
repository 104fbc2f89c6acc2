/** @vitest-environment happy-dom */
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { prefetchPanelData, useCreditsPanel } from '@/lib/query/panel-query';
import { createQueryClient } from '@/lib/query/query-client';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/storage/settings';
import { connectionItem, samplesItem, snapshotItem } from '@/lib/storage/items';
import { fakeActions, makeSnapshot, NOW } from '../../components/fixtures';

const CONNECTED = { connected: true, tokenHint: '1a2b', connectedAt: 1 };

function setup() {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return { client, wrapper };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('useCreditsPanel', () => {
  it('goes from reading storage to the stored data, with settings defaulted until read', async () => {
    await connectionItem.setValue(CONNECTED);
    await snapshotItem.setValue(makeSnapshot());
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, refreshMinutes: 30 });
    const { wrapper } = setup();

    const { result } = renderHook(() => useCreditsPanel(fakeActions(), () => NOW), { wrapper });

    expect(result.current.status.kind).toBe('reading');
    expect(result.current.settings.refreshMinutes).toBe(DEFAULT_SETTINGS.refreshMinutes);
    await waitFor(() => expect(result.current.status.kind).toBe('ready'));
    await waitFor(() => expect(result.current.settings.refreshMinutes).toBe(30));
    expect(result.current.now).toBe(NOW);
  });

  it('binds Refresh, Buy credits and Open settings to the page actions', async () => {
    const actions = fakeActions();
    const { wrapper } = setup();
    const { result } = renderHook(() => useCreditsPanel(actions, () => NOW), { wrapper });

    act(() => {
      result.current.onRefresh();
      result.current.onBuy();
      result.current.onOpenSettings();
    });

    await waitFor(() => expect(actions.send).toHaveBeenCalledWith({ type: 'refreshNow' }));
    expect(actions.send).toHaveBeenCalledWith({ type: 'openPage', page: 'buy' });
    expect(actions.openOptions).toHaveBeenCalledOnce();
  });

  it('shows a refresh as running until the background answers', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const actions = { ...fakeActions(), send: vi.fn(() => new Promise((resolve) => (answer = resolve))) };
    const { wrapper } = setup();
    const { result } = renderHook(() => useCreditsPanel(actions, () => NOW), { wrapper });

    act(() => result.current.onRefresh());
    await waitFor(() => expect(result.current.isRefreshing).toBe(true));
    act(() => answer({ ok: true, fetchedAt: NOW }));

    await waitFor(() => expect(result.current.isRefreshing).toBe(false));
  });
});

describe('prefetchPanelData', () => {
  it('reads the stored values into the cache before anything renders', async () => {
    await connectionItem.setValue(CONNECTED);
    await snapshotItem.setValue(makeSnapshot());
    const { client } = setup();

    prefetchPanelData(client);

    await waitFor(() => expect(client.getQueryData(snapshotItem.queryKey)).toMatchObject({ balance: { balance: 12_345 } }));
    expect(client.getQueryData(connectionItem.queryKey)).toEqual(CONNECTED);
    expect(client.getQueryData(settingsItem.queryKey)).toEqual(DEFAULT_SETTINGS);
    expect(client.getQueryData(samplesItem.queryKey)).toEqual([]);
  });
});
