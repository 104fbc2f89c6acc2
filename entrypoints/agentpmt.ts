import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createLifetime } from '@/lib/content/lifetime';
import { runWidget } from '@/lib/content/run-widget';

/**
 * The content script on agentpmt.com (declared in wxt.config.ts, so that it carries no
 * framework runtime): places, sizes and removes the widget frame, nothing else. Top frame
 * only; isolated world.
 */
export default defineUnlistedScript(() => runWidget(createLifetime()));
