import { browser } from '#imports';
import { SITE_ORIGINS } from '@/lib/config';

/** Who sent a message: our own pages, our content script on agentpmt.com, or anyone else. */
export type SenderClass = 'extension' | 'content' | 'untrusted';

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

/** The running extension's id and origin. */
export function currentSenderContext(): SenderContext {
  return { runtimeId: browser.runtime.id, extensionOrigin: originOf(browser.runtime.getURL('/')) ?? '' };
}

/**
 * Classifies a message sender by origin, never by `sender.tab` (MSG-2): an extension
 * page opened in a tab has a tab too. Our pages: our extension id and our extension
 * origin. The content script: our id, an agentpmt.com origin, the top frame, a tab.
 * `origin` is used when the browser gives it; Firefox does not, so the URL's origin is
 * used there. Anything else, including malformed senders, is untrusted. Never throws.
 */
export function classifySender(sender: unknown, context: SenderContext = currentSenderContext()): SenderClass {
  if (typeof sender !== 'object' || sender === null) return 'untrusted';
  const s = sender as Record<string, unknown>;
  if (s.id !== context.runtimeId || context.runtimeId === '') return 'untrusted';
  const origin = typeof s.origin === 'string' ? s.origin.toLowerCase() : originOf(s.url);
  if (origin === null) return 'untrusted';
  if (origin === context.extensionOrigin) return 'extension';
  const topFrame = s.frameId === 0;
  const inTab = typeof s.tab === 'object' && s.tab !== null;
  return CONTENT_SCRIPT_ORIGINS.includes(origin) && topFrame && inTab ? 'content' : 'untrusted';
}
