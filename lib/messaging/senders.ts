import { browser } from '#imports';
import { SITE_ORIGINS } from '@/lib/config';
import type { CommandType } from './protocol';

/**
 * Who sent a message: the popup or the options page (`extension`), the widget page in its
 * frame inside agentpmt.com (`widget`), our content script there (`content`), or anyone
 * else, including extension pages we do not know (`untrusted`).
 */
export type SenderClass = 'extension' | 'widget' | 'content' | 'untrusted';

/** Our pages that hold the account's controls (connect, disconnect, snooze, pause). */
const SETTINGS_PAGES = ['/popup.html', '/options.html'];
/** The widget page: shown inside a site we do not control, so it gets less (MSG-3). */
const WIDGET_PAGE = '/widget.html';

/**
 * The commands each sender class may send (MSG-3). The widget frame may refresh, say
 * the user is looking and open the allow-listed pages (it opens the settings itself); the
 * content script only asks whether to show the widget. Everything is allowed to our
 * settings pages; nothing to untrusted senders.
 */
export const SENDER_COMMANDS: Readonly<Record<Exclude<SenderClass, 'extension' | 'untrusted'>, readonly CommandType[]>> = {
  widget: ['refreshNow', 'userLooking', 'openPage'],
  content: ['widgetState'],
};

/** Pages our content script runs on. */
export const CONTENT_SCRIPT_ORIGINS = SITE_ORIGINS;

export interface SenderContext {
  runtimeId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  extensionOrigin: string;
}

/** The origin part of a URL as text (`scheme://host[:port]`); null if it has none. */
function originOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)/i.exec(url);
  return match ? match[1]!.toLowerCase() : null;
}

/** The path of an extension page's URL (`/popup.html`), or null for any other URL. */
function extensionPagePath(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const match = /^(?:chrome|moz|safari-web)-extension:\/\/[^/?#]+(\/[^?#]*)/i.exec(url);
  return match ? match[1]! : null;
}

/** The running extension's id and origin. */
export function currentSenderContext(): SenderContext {
  return { runtimeId: browser.runtime.id, extensionOrigin: originOf(browser.runtime.getURL('/')) ?? '' };
}

/**
 * Classifies a message sender by origin and page, never by `sender.tab` (MSG-2): an
 * extension page opened in a tab has a tab too. Our pages: our extension id and origin,
 * then the page's path: the popup and the options page, or the widget page (whose frame
 * may load at a per-session dynamic URL, so only the path counts). The content script:
 * our id, an agentpmt.com origin, the top frame, a tab. `origin` is used when the browser
 * gives it; Firefox does not, so the URL's origin is used there. Anything else, including
 * malformed senders and extension pages we do not know, is untrusted. Never throws.
 */
export function classifySender(sender: unknown, context: SenderContext = currentSenderContext()): SenderClass {
  if (typeof sender !== 'object' || sender === null) return 'untrusted';
  const s = sender as Record<string, unknown>;
  if (s.id !== context.runtimeId || context.runtimeId === '') return 'untrusted';
  const origin = typeof s.origin === 'string' ? s.origin.toLowerCase() : originOf(s.url);
  if (origin === null) return 'untrusted';
  if (origin === context.extensionOrigin) {
    const path = extensionPagePath(s.url);
    if (path === WIDGET_PAGE) return 'widget';
    return path !== null && SETTINGS_PAGES.includes(path) ? 'extension' : 'untrusted';
  }
  const topFrame = s.frameId === 0;
  const inTab = typeof s.tab === 'object' && s.tab !== null;
  return CONTENT_SCRIPT_ORIGINS.includes(origin) && topFrame && inTab ? 'content' : 'untrusted';
}
