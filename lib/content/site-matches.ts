/**
 * Where the navbar widget runs: AgentPMT's two site origins, plus the sandbox site in the
 * sandbox build. Zod-free and browser-free, so the content script, the widget page and
 * the build configuration can all import it.
 */
export const AGENTPMT_SITE_ORIGINS = ['https://www.agentpmt.com', 'https://agentpmt.com'] as const;
export const SITE_MATCHES = AGENTPMT_SITE_ORIGINS.map((origin) => `${origin}/*`);

/**
 * The match pattern for every page of an origin: `http://localhost:8787` becomes
 * `http://localhost/*`, because match patterns carry no port (one without a port matches
 * every port). Throws a TypeError when `origin` is not an http(s) URL.
 */
export function matchPatternFor(origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`Not a web origin: ${origin}`);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The widget's match patterns for a build: the sandbox site is added only when given. */
export function siteMatches(sandboxSiteOrigin?: string): string[] {
  return [...SITE_MATCHES, ...(sandboxSiteOrigin ? [matchPatternFor(sandboxSiteOrigin)] : [])];
}
