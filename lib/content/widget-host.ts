import { browser } from 'wxt/browser';
import { extensionOriginOf, sizeFromFrame } from './frame-messages';
import { applyFrameSize, styleFrame, styleHost } from './frame-styles';
import { WIDGET_HOST_ATTRIBUTE } from './navbar';
import type { Placement } from './placement';

/** The widget page shown in the frame (an unlisted extension page, web-accessible on the site only). */
export const WIDGET_PAGE = '/widget.html';

/** The frame's accessible name: the product's name, which is not translated. */
export const FRAME_TITLE = 'AgentPMT Credits';

/** The size of the frame before the widget page reports its own: tiny, but never zero (zero-area frames are throttled). */
const INITIAL_FRAME = { width: 1, height: 1, open: false } as const;

export interface WidgetHost {
  /** Puts the host at a placement, moving it if needed, and removes any other widget host. */
  show(placement: Placement): void;
  isShown(): boolean;
  remove(): void;
}

/** Removes widget hosts that are not `keep`: left by an earlier instance, or copied by the page. */
function removeStrayHosts(keep: Element): void {
  for (const host of document.querySelectorAll(`[${WIDGET_HOST_ATTRIBUTE}]`)) if (host !== keep) host.remove();
}

/**
 * The one widget frame of this page: a host element holding an iframe of the widget page.
 * The content script only places, sizes and removes it: it never sees what the frame shows.
 * Size requests are taken only from the frame's own window with an extension origin
 * (`sizeFromFrame`), until `signal` aborts. Written by hand rather than with WXT's iframe UI,
 * whose mount helpers would double the content script.
 */
export function createWidgetHost(signal: AbortSignal): WidgetHost {
  const host = document.createElement('div');
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(WIDGET_PAGE);
  host.append(frame);
  host.setAttribute(WIDGET_HOST_ATTRIBUTE, '');
  frame.title = FRAME_TITLE;
  styleFrame(frame);
  const origins = [extensionOriginOf(frame.src), extensionOriginOf(browser.runtime.getURL('/'))].filter((o) => o !== null);

  window.addEventListener(
    'message',
    (event) => {
      const size = sizeFromFrame(event, frame, origins);
      if (size) applyFrameSize(host, frame, size);
    },
    { signal },
  );

  return {
    show(placement) {
      styleHost(host, placement.kind);
      if (!host.isConnected) applyFrameSize(host, frame, INITIAL_FRAME);
      if (placement.kind === 'floating') document.body.append(host);
      else if (placement.slot.placement === 'before') placement.slot.anchor.before(host);
      else placement.slot.anchor.append(host);
      removeStrayHosts(host);
    },
    isShown: () => host.isConnected,
    remove: () => host.remove(),
  };
}
