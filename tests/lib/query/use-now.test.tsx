/** @vitest-environment happy-dom */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOW_TICK_MS, useNow } from '@/lib/query/use-now';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useNow', () => {
  it('reads the clock at once and again every tick', () => {
    let time = 1000;
    const clock = () => time;
    const { result } = renderHook(() => useNow(NOW_TICK_MS, clock));
    expect(result.current).toBe(1000);

    time = 5000;
    act(() => vi.advanceTimersByTime(NOW_TICK_MS));

    expect(result.current).toBe(5000);
  });

  it('stops ticking when unmounted', () => {
    const clock = vi.fn(() => 1);
    const { unmount } = renderHook(() => useNow(1000, clock));
    const calls = clock.mock.calls.length;
    unmount();

    vi.advanceTimersByTime(10_000);

    expect(clock.mock.calls.length).toBe(calls);
  });
});
