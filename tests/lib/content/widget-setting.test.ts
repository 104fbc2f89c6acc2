import { describe, expect, it, vi } from 'vitest';
import { isWidgetEnabled, watchWidgetEnabled, WIDGET_STATE_CHANGED, type WidgetRuntime } from '@/lib/content/widget-setting';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

type Listener = (message: unknown, sender: { id?: string }) => void;

/** A runtime whose background answers `widgetState` from `answers`, in order. */
function fakeRuntime(...answers: Array<unknown | Promise<unknown>>) {
  const listeners = new Set<Listener>();
  const sent: unknown[] = [];
  const runtime: WidgetRuntime = {
    id: 'ext-id',
    sendMessage: vi.fn(async (message: unknown) => {
      sent.push(message);
      const answer = answers.shift();
      if (answer instanceof Error) throw answer;
      return answer;
    }),
    onMessage: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
  };
  const push = (message: unknown, sender: { id?: string } = { id: 'ext-id' }) => listeners.forEach((l) => l(message, sender));
  return { runtime, sent, push, listeners };
}

describe('isWidgetEnabled', () => {
  it.each([
    [{ ok: true, enabled: true, connected: true }, true],
    [{ ok: true, enabled: false, connected: true }, false],
    [{ ok: false, error: 'forbidden' }, false],
    [{ ok: true, enabled: 'true' }, false],
    [undefined, false],
    [null, false],
    ['yes', false],
  ])('%j → %s (only a clear yes shows the widget)', (answer, expected) => {
    expect(isWidgetEnabled(answer)).toBe(expected);
  });
});

describe('watchWidgetEnabled', () => {
  it('asks the background, never storage, whether to show the widget', async () => {
    const { runtime, sent } = fakeRuntime({ ok: true, enabled: true, connected: false });
    const onChange = vi.fn();

    watchWidgetEnabled(onChange, runtime);
    await flush();

    expect(sent).toEqual([{ type: 'widgetState' }]);
    expect(onChange.mock.calls).toEqual([[true]]);
  });

  it('asks again each time the background says the setting changed', async () => {
    const { runtime, push } = fakeRuntime({ ok: true, enabled: true }, { ok: true, enabled: false }, { ok: true, enabled: true });
    const seen: boolean[] = [];

    watchWidgetEnabled((enabled) => seen.push(enabled), runtime);
    await flush();
    push({ type: WIDGET_STATE_CHANGED });
    await flush();
    push({ type: WIDGET_STATE_CHANGED });
    await flush();

    expect(seen).toEqual([true, false, true]);
  });

  it('ignores messages that are not from our extension or not the change notice', async () => {
    const { runtime, push, sent } = fakeRuntime({ ok: true, enabled: true });
    watchWidgetEnabled(() => undefined, runtime);
    await flush();

    push({ type: WIDGET_STATE_CHANGED }, { id: 'other-extension' });
    push({ type: 'widgetState' });
    push('widgetStateChanged');

    expect(sent).toHaveLength(1);
  });

  it('reports only the latest answer when answers cross', async () => {
    let first: (value: unknown) => void = () => undefined;
    const { runtime, push } = fakeRuntime(new Promise((resolve) => (first = resolve)), { ok: true, enabled: false });
    const seen: boolean[] = [];

    watchWidgetEnabled((enabled) => seen.push(enabled), runtime);
    push({ type: WIDGET_STATE_CHANGED });
    await flush();
    first({ ok: true, enabled: true });
    await flush();

    expect(seen).toEqual([false]);
  });

  it('reports nothing when the background cannot be reached (the extension is reloading)', async () => {
    const { runtime } = fakeRuntime(new Error('Extension context invalidated.'));
    const onChange = vi.fn();

    watchWidgetEnabled(onChange, runtime);
    await flush();

    expect(onChange).not.toHaveBeenCalled();
  });

  it('stops listening when stopped', async () => {
    const { runtime, listeners } = fakeRuntime({ ok: true, enabled: true });

    watchWidgetEnabled(() => undefined, runtime)();

    expect(listeners.size).toBe(0);
  });
});
