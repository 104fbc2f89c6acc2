import type { FrameSize } from './frame-protocol';

/** Where the floating pill sits when the page has no navbar: the top right of the window. */
export const FLOATING_OFFSET_PX = { top: 12, right: 16 } as const;

/**
 * The colour scheme of the widget frame and of the widget page inside it: a frame whose
 * colour scheme differs from its embedder's gets an opaque backdrop, and the frame must
 * stay transparent around the pill and the panel.
 */
export const FRAME_COLOR_SCHEME = 'light dark';

/** Above everything the page stacks (the largest z-index browsers accept). */
const TOP_LAYER = '2147483647';

type Styles = Record<string, string>;

/** Reset for properties a page's CSS could set on our elements (`header div { … }`, `iframe { … }`). */
const RESET: Styles = {
  margin: '0',
  padding: '0',
  border: '0',
  'min-width': '0',
  'min-height': '0',
  'max-width': 'none',
  'max-height': 'none',
  'box-sizing': 'content-box',
  background: 'none',
  'box-shadow': 'none',
  transform: 'none',
  opacity: '1',
  visibility: 'visible',
  'pointer-events': 'auto',
  overflow: 'visible',
};

const HOST_IN_NAVBAR: Styles = {
  display: 'inline-block',
  position: 'relative',
  top: 'auto',
  right: 'auto',
  bottom: 'auto',
  left: 'auto',
  'z-index': 'auto',
  flex: '0 0 auto',
  'align-self': 'center',
  'vertical-align': 'middle',
  'line-height': '0',
};

const HOST_FLOATING: Styles = {
  display: 'block',
  position: 'fixed',
  top: `${FLOATING_OFFSET_PX.top}px`,
  right: `${FLOATING_OFFSET_PX.right}px`,
  bottom: 'auto',
  left: 'auto',
  'z-index': TOP_LAYER,
  'line-height': '0',
};

/**
 * The frame sits at the host's top right and grows left and down over the page. Its colour
 * scheme is `light dark` whatever the page says, the same as the widget document's, so its
 * background stays transparent (a frame whose colour scheme differs from its embedder's is
 * painted opaque).
 */
const FRAME: Styles = {
  display: 'block',
  position: 'absolute',
  top: '0',
  right: '0',
  bottom: 'auto',
  left: 'auto',
  'z-index': TOP_LAYER,
  'background-color': 'transparent',
  'color-scheme': FRAME_COLOR_SCHEME,
  overflow: 'hidden',
};

function apply(element: HTMLElement, styles: Styles): void {
  for (const [name, value] of Object.entries(styles)) element.style.setProperty(name, value, 'important');
}

/** Styles the host for the navbar slot or for the floating pill (inline, `!important`). */
export function styleHost(host: HTMLElement, kind: 'navbar' | 'floating'): void {
  apply(host, { ...RESET, ...(kind === 'navbar' ? HOST_IN_NAVBAR : HOST_FLOATING) });
}

/** Styles the frame: borderless, transparent, at the host's top right. */
export function styleFrame(frame: HTMLElement): void {
  apply(frame, { ...RESET, ...FRAME });
}

/**
 * Sizes the frame as asked. The host keeps the closed pill's size, so the navbar's layout
 * never moves when the panel opens over the page.
 */
export function applyFrameSize(host: HTMLElement, frame: HTMLElement, size: FrameSize): void {
  apply(frame, { width: `${size.width}px`, height: `${size.height}px` });
  if (!size.open) apply(host, { width: `${size.width}px`, height: `${size.height}px` });
}
