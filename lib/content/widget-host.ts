import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
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
 * The one widget frame of this page (WXT `createIframeUi`). The content script only places,
 * sizes and removes it: it never sees what the frame shows. Size requests are taken only
 * from the frame's own window with an extension origin (`sizeFromFrame`). The frame is
 * removed when the content script's context is invalidated.
 */
export function createWidgetHost(ctx: ContentScriptContext): WidgetHost {
  let placement: Placement | null = null;
  const ui = createIframeUi(ctx, {
    page: WIDGET_PAGE,
    position: 'inline',
    anchor: () => (placement?.kind === 'navbar' ? placement.slot.anchor : document.body),
    append: (anchor, root) => {
      if (placement?.kind === 'navbar' && placement.slot.placement === 'before') anchor.before(root);
      else anchor.append(root);
    },
  });
  const { wrapper: host, iframe: frame } = ui;
  host.setAttribute(WIDGET_HOST_ATTRIBUTE, '');
  frame.title = FRAME_TITLE;
  styleFrame(frame);
  const origins = [extensionOriginOf(frame.src), extensionOriginOf(browser.runtime.getURL('/'))].filter((o) => o !== null);

  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    const size = sizeFromFrame(event, frame, origins);
    if (size) applyFrameSize(host, frame, size);
  });

  return {
    show(next) {
      placement = next;
      styleHost(host, next.kind);
      if (!host.isConnected) applyFrameSize(host, frame, INITIAL_FRAME);
      try {
        ui.mount();
      } catch {
        // The anchor left the DOM between finding and mounting: the next DOM check places it again.
      }
      removeStrayHosts(host);
    },
    isShown: () => host.isConnected,
    remove() {
      placement = null;
      ui.remove();
    },
  };
}
