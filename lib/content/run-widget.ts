import { observeDom } from './dom-watch';
import type { Lifetime } from './lifetime';
import { findNavbarSlot } from './navbar';
import { createPlacement } from './placement';
import { createWidgetHost } from './widget-host';
import { watchWidgetEnabled } from './widget-setting';

/**
 * The navbar widget on an AgentPMT page: while the background says the widget is on, one
 * frame in the navbar (or floating when there is none), kept in place across client-side
 * navigation; off at once when the setting is turned off; gone when the extension is
 * disabled, updated or reloaded (the end of `life`).
 */
export function runWidget(life: Lifetime): void {
  const setTimer = life.setTimeout;
  const host = createWidgetHost(life.signal);
  const placement = createPlacement({
    findSlot: () => findNavbarSlot(document),
    show: host.show,
    isShown: host.isShown,
    observe: (onChange) => observeDom(document.documentElement, onChange, setTimer),
    setTimer,
  });
  const stopWatching = watchWidgetEnabled((enabled) => {
    if (enabled && life.isValid) return placement.start();
    placement.stop();
    host.remove();
  });
  life.onInvalidated(() => {
    stopWatching();
    placement.stop();
    host.remove();
  });
}
