/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLifetime, INVALIDATION_CHECK_MS } from '@/lib/content/lifetime';

beforeEach(() => {
  vi.useFakeTimers();
  fakeBrowser.reset();
});
afterEach(() => vi.useRealTimers());

describe('the content script lifetime', () => {
  it('ends soon after the extension goes away (the script loses runtime.id)', () => {
    const life = createLifetime();
    const ended = vi.fn();
    life.onInvalidated(ended);

    vi.advanceTimersByTime(INVALIDATION_CHECK_MS * 3);
    expect(life.isValid).toBe(true);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.advanceTimersByTime(INVALIDATION_CHECK_MS);

    expect(life.isValid).toBe(false);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('drops timers and listeners tied to it once ended', () => {
    const life = createLifetime();
    const timer = vi.fn();
    const listener = vi.fn();
    life.setTimeout(timer, 100);
    window.addEventListener('message', listener, { signal: life.signal });

    life.end();
    vi.advanceTimersByTime(100);
    window.dispatchEvent(new MessageEvent('message'));

    expect(timer).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
  });
});
