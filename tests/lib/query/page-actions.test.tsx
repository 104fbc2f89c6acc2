/** @vitest-environment happy-dom */
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireCommand, useRefresh, useUserLooking, type PageActions } from '@/lib/query/page-actions';
import { createQueryClient } from '@/lib/query/query-client';
import { fakeSend } from '../../components/fixtures';

function wrapper() {
  const client = createQueryClient();
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

function actions(send: PageActions['send'] = fakeSend()): PageActions {
  return { send, openOptions: vi.fn(async () => undefined) };
}

describe('page commands', () => {
  it('tells the background once per mount that the user is looking', () => {
    const page = actions();
    const { rerender } = renderHook(() => useUserLooking(page));
    rerender();

    expect(page.send).toHaveBeenCalledTimes(1);
    expect(page.send).toHaveBeenCalledWith({ type: 'userLooking' });
  });

  it('refreshes on demand and is pending until the background answers', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const page = actions(fakeSend(() => new Promise((resolve) => (answer = resolve))));
    const { result } = renderHook(() => useRefresh(page), { wrapper: wrapper() });

    act(() => result.current.mutate());
    await waitFor(() => expect(result.current.isPending).toBe(true));
    expect(page.send).toHaveBeenCalledWith({ type: 'refreshNow' });

    act(() => answer({ ok: true, fetchedAt: 1 }));
    await waitFor(() => expect(result.current.isPending).toBe(false));
  });

  it('forgets a command the background could not take', async () => {
    const send = fakeSend(() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });

    expect(() => fireCommand(actions(send), { type: 'openPage', page: 'buy' })).not.toThrow();
    await Promise.resolve();
    expect(send).toHaveBeenCalledOnce();
  });
});
