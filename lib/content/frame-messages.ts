import { parseFrameMessage, type FrameSize } from './frame-protocol';

/** The part of `MessageEvent` the check reads. */
export type FrameMessageEvent = Pick<MessageEvent, 'source' | 'origin' | 'data'>;

/**
 * The size a message asks for, if it really comes from our frame: its source is the
 * frame's window (a page script posting to `window` has the page as its source), and its
 * origin is the extension's (a page that navigates our iframe elsewhere gets another
 * origin). Anything else is null. Never throws.
 */
export function sizeFromFrame(event: FrameMessageEvent, frame: HTMLIFrameElement, extensionOrigins: readonly string[]): FrameSize | null {
  const window = frame.contentWindow;
  if (window === null || event.source !== window) return null;
  if (!extensionOrigins.includes(event.origin)) return null;
  return parseFrameMessage(event.data);
}

/** The origin of an extension URL (`chrome-extension://<id>`, `moz-extension://<uuid>`), or null. */
export function extensionOriginOf(url: string): string | null {
  const match = /^((?:chrome|moz|safari-web)-extension:\/\/[^/?#]+)/i.exec(url);
  return match ? match[1]! : null;
}
