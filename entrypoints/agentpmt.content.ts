import { defineContentScript } from 'wxt/utils/define-content-script';
import { runWidget } from '@/lib/content/run-widget';
import { siteMatches } from '@/lib/content/site-matches';

/**
 * The navbar widget on agentpmt.com (and on the sandbox site in the sandbox build): places,
 * sizes and removes the widget frame, nothing else. Top frame only; isolated world.
 */
export default defineContentScript({
  matches: siteMatches(import.meta.env.MODE === 'sandbox' ? import.meta.env.WXT_SITE_ORIGIN : undefined),
  allFrames: false,
  runAt: 'document_end',
  main: (ctx) => runWidget(ctx),
});
