/** @vitest-environment happy-dom */
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createQueryClient } from '@/lib/query/query-client';
import { useStored } from '@/lib/query/stored-query';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/storage/settings';
import { connectionItem, samplesItem, snapshotItem } from '@/lib/storage/items';
import { makeSnapshot } from '../../components/fixtures';

const useSnapshot = () => useStored(snapshotItem);
const useConnection = () => useStored(connectionItem);
const useSamples = () => useStored(samplesItem);
const useSettings = () => useStored(settingsItem);

function wrapper() {
  const client = createQueryClient();
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('useSnapshot', () => {
  it('reads the stored snapshot through its schema', async () => {
    await snapshotItem.setValue(makeSnapshot());

    const { result } = renderHook(useSnapshot, { wrapper: wrapper() });

    await waitFor(() => expect(result.current.data?.balance.balance).toBe(12_345));
  });

  it('reads nothing stored as null, and an invalid value as null', async () => {
    const { result } = renderHook(useSnapshot, { wrapper: wrapper() });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();

    await act(() => snapshotItem.setValue({ balance: 'lots' }));

    await waitFor(() => expect(result.current.data).toBeNull());
  });

  it('follows every change written to storage, without refetching', async () => {
    await snapshotItem.setValue(makeSnapshot());
    const { result } = renderHook(useSnapshot, { wrapper: wrapper() });
    await waitFor(() => expect(result.current.data?.balance.balance).toBe(12_345));

    await act(() => snapshotItem.setValue(makeSnapshot({ balance: { balance: 400, nextExpiryAt: null, expiresInDays: null } })));

    await waitFor(() => expect(result.current.data?.balance.balance).toBe(400));
    expect(result.current.isFetching).toBe(false);
  });

  it('stops watching when unmounted', async () => {
    const unwatch = vi.fn();
    const item = { getValue: vi.fn(async () => 1), watch: vi.fn(() => unwatch) };
    const source = { queryKey: ['stored', 'local:unwatch'] as const, ...item, parse: Number };
    const { result, unmount } = renderHook(() => useStored(source), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.data).toBe(1));
    expect(item.watch).toHaveBeenCalledOnce();

    unmount();

    expect(unwatch).toHaveBeenCalledOnce();
  });
});

describe('the other stored values', () => {
  it('reads the connection, disconnected when nothing is stored', async () => {
    const { result } = renderHook(useConnection, { wrapper: wrapper() });
    await waitFor(() => expect(result.current.data).toEqual({ connected: false, tokenHint: null, connectedAt: null }));

    await act(() => connectionItem.setValue({ connected: true, tokenHint: '1a2b', connectedAt: 1 }));

    await waitFor(() => expect(result.current.data?.connected).toBe(true));
  });

  it('reads samples, dropping an invalid list', async () => {
    await samplesItem.setValue([{ at: 1, balance: 5 }]);
    const { result } = renderHook(useSamples, { wrapper: wrapper() });
    await waitFor(() => expect(result.current.data).toEqual([{ at: 1, balance: 5 }]));

    await act(() => samplesItem.setValue([{ at: 'yesterday' }]));

    await waitFor(() => expect(result.current.data).toEqual([]));
  });

  it('reads settings with defaults for invalid fields', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'dark', refreshMinutes: 999 });

    const { result } = renderHook(useSettings, { wrapper: wrapper() });

    await waitFor(() => expect(result.current.data?.theme).toBe('dark'));
    expect(result.current.data?.refreshMinutes).toBe(DEFAULT_SETTINGS.refreshMinutes);
  });
});
