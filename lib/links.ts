import { SITE_ORIGIN, SITE_ORIGINS } from '@/lib/config';

/**
 * The AgentPMT pages the extension opens, built in one place. No purchase deep link is
 * documented, so "Buy credits" opens the dashboard (docs/API.md, "Website links").
 * Zod-free: the background imports it.
 */
export const LINK_PAGES = ['buy', 'help'] as const;
export type LinkPage = (typeof LINK_PAGES)[number];
export const LINKS: Readonly<Record<LinkPage, string>> = {
  buy: `${SITE_ORIGIN}/dashboard`,
  help: `${SITE_ORIGIN}/docs/payments-and-billing/how-to-buy-credits`,
};

/** The only origins a link may point to. */
export const ALLOWED_LINK_ORIGINS = SITE_ORIGINS;

const MAX_URL_LENGTH = 2048;

/**
 * True when `raw` may be opened (XSS-2): it parses, is at most 2048 characters, has no
 * user name or password, and its origin is exactly an allowed one (HTTPS in production).
 * Never throws.
 */
export function isAllowedLink(raw: unknown, allowed: readonly string[] = ALLOWED_LINK_ORIGINS): raw is string {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol !== 'https:' && !(import.meta.env.MODE === 'sandbox' && url.origin === SITE_ORIGIN)) return false;
  return allowed.includes(url.origin);
}

/** The URL of one of our pages, checked against the allowlist; null if the check fails. */
export function linkFor(page: LinkPage): string | null {
  const url = LINKS[page];
  return isAllowedLink(url) ? url : null;
}

/** The popup URL's hash for its activity view, filtered to `tool` when given: `#activity/<tool>`. */
export function activityHash(tool: string | null): string {
  return tool === null ? '#activity' : `#activity/${encodeURIComponent(tool)}`;
}

/** The tool filter of a popup hash such as `#activity/scrape-page`, or null. Never throws. */
export function toolFromHash(hash: string): string | null {
  const match = /^#?activity\/(.+)$/.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
