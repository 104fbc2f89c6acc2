import { frameSizeMessage, type FrameSize } from '@/lib/content/frame-protocol';
import { CONTENT_SCRIPT_ORIGINS } from '@/lib/messaging/senders';

/** The window parts `hostOrigins` reads. */
export type FrameWindow = Pick<Window, 'parent' | 'location'>;

/**
 * Where the widget may post its size: the embedding page's origin when the browser tells it
 * (`location.ancestorOrigins`, Chrome) and it is one of the widget's sites; each of the
 * widget's sites otherwise (Firefox; the browser drops a post whose target origin does not
 * match). Never `*`; nothing when the page is not framed or framed elsewhere.
 */
export function hostOrigins(win: FrameWindow, allowed: readonly string[] = CONTENT_SCRIPT_ORIGINS): string[] {
  if (win.parent === (win as unknown)) return [];
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors === undefined) return [...allowed];
  const embedder = ancestors.length > 0 ? ancestors.item(0) : null;
  return embedder !== null && allowed.includes(embedder) ? [embedder] : [];
}

/** Tells the content script that placed the frame what size the widget needs. */
export function postFrameSize(size: FrameSize, win: FrameWindow = window): void {
  const message = frameSizeMessage(size);
  for (const origin of hostOrigins(win)) win.parent.postMessage(message, origin);
}
