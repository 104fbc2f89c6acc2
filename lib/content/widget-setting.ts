import { browser } from 'wxt/browser';
import { isRecord } from '@/lib/is-record';

/**
 * The notice the background sends to the site's tabs when the widget setting changes: it
 * carries nothing, and the content script asks again with the `widgetState` command.
 * The content script never reads storage (the background closes every area to it).
 */
export const WIDGET_STATE_CHANGED = 'widgetStateChanged';

/** Whether the background's answer to `widgetState` says to show the widget: only a clear yes does. */
export function isWidgetEnabled(answer: unknown): boolean {
  return isRecord(answer) && answer.ok === true && answer.enabled === true;
}

type Listener = (message: unknown, sender: { id?: string }) => void;

/** The parts of `browser.runtime` the watch uses. */
export interface WidgetRuntime {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

/**
 * Calls `onChange` with whether to show the widget, as the background answers the
 * `widgetState` command, and again after each `WIDGET_STATE_CHANGED` notice from our own
 * extension. When answers cross, only the latest request's counts; a request that fails
 * (the extension was reloaded meanwhile) reports nothing. Returns a function that stops.
 */
export function watchWidgetEnabled(onChange: (enabled: boolean) => void, runtime: WidgetRuntime = browser.runtime as unknown as WidgetRuntime): () => void {
  let latest = 0;
  const ask = () => {
    const mine = ++latest;
    runtime.sendMessage({ type: 'widgetState' }).then(
      (answer) => mine === latest && onChange(isWidgetEnabled(answer)),
      () => undefined,
    );
  };
  const listener: Listener = (message, sender) => {
    if (sender?.id === runtime.id && isRecord(message) && message.type === WIDGET_STATE_CHANGED) ask();
  };
  runtime.onMessage.addListener(listener);
  ask();
  return () => runtime.onMessage.removeListener(listener);
}
