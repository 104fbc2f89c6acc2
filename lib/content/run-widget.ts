import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { observeDom } from './dom-watch';
import { findNavbarSlot } from './navbar';
import { createPlacement } from './placement';
import { createWidgetHost } from './widget-host';
import { watchWidgetEnabled } from './widget-setting';

/** How often the content script checks that the extension is still there. */
export const INVALIDATION_CHECK_MS = 1_000;

/**
 * Invalidates `ctx` soon after the extension is disabled, updated or reloaded. WXT's
 * context only notices when asked (`isInvalid` looks at `runtime.id`, which an orphaned
 * content script loses), so it is asked every `intervalMs`.
 */
export function watchInvalidation(ctx: ContentScriptContext, intervalMs: number = INVALIDATION_CHECK_MS): void {
  const id = setInterval(() => {
    if (ctx.isInvalid) clearInterval(id);
  }, intervalMs);
  ctx.onInvalidated(() => clearInterval(id));
}

/**
 * The navbar widget on an AgentPMT page: while `settings.widgetEnabled` is on, one frame in
 * the navbar (or floating when there is none), kept in place across client-side
 * navigation; off at once when the setting is turned off; gone when the extension is
 * disabled, updated or reloaded.
 */
export function runWidget(ctx: ContentScriptContext): void {
  const setTimer = (callback: () => void, ms: number) => void ctx.setTimeout(callback, ms);
  const host = createWidgetHost(ctx);
  const placement = createPlacement({
    findSlot: () => findNavbarSlot(document),
    show: host.show,
    isShown: host.isShown,
    observe: (onChange) => observeDom(document.documentElement, onChange, setTimer),
    setTimer,
  });
  const stopWatching = watchWidgetEnabled((enabled) => {
    if (enabled) return placement.start();
    placement.stop();
    host.remove();
  });
  watchInvalidation(ctx);
  ctx.onInvalidated(() => {
    stopWatching();
    placement.stop();
    host.remove();
  });
}
