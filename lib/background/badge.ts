import { browser } from '#imports';
import type { BadgeView } from './badge-view';

/** The browser's toolbar-button API: `action` in MV3, `browserAction` in Firefox's MV2. */
function actionApi(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** Shows a badge view on the toolbar button. Never throws (a missing API is skipped). */
export async function applyBadge(view: BadgeView): Promise<void> {
  const action = actionApi();
  if (!action) return;
  await Promise.all([
    action.setBadgeText({ text: view.text }),
    action.setBadgeBackgroundColor({ color: view.color }),
    action.setTitle({ title: view.title }),
    action.setBadgeTextColor?.({ color: '#ffffff' }),
  ]).catch(() => undefined);
}
