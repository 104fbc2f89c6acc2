import { AGENTPMT_SITE_ORIGINS } from '@/lib/content/site-matches';

/**
 * Origins the extension talks to. The sandbox build (`--mode sandbox`) sets both from
 * `.env.sandbox`; every other build uses AgentPMT's real hosts. Zod-free on purpose:
 * the background imports it.
 */
declare global {
  interface ImportMetaEnv {
    readonly WXT_API_ORIGIN?: string;
    readonly WXT_SITE_ORIGIN?: string;
  }
}

export const API_ORIGIN: string = import.meta.env.WXT_API_ORIGIN || 'https://api.agentpmt.com';
export const SITE_ORIGIN: string = import.meta.env.WXT_SITE_ORIGIN || 'https://www.agentpmt.com';

/** AgentPMT's site: where links may point and where the widget runs; the sandbox build adds its mock site. */
export const SITE_ORIGINS: readonly string[] = [...AGENTPMT_SITE_ORIGINS, ...(import.meta.env.MODE === 'sandbox' ? [SITE_ORIGIN] : [])];
