import { browser } from '#imports';
import type { BadgeView } from './badge-view';

/** Shows a badge view on the toolbar button (MV3's `action`, in Chrome and Firefox). Never throws. */
export async function applyBadge(view: BadgeView): Promise<void> {
  const action = browser.action;
  await Promise.all([
    action.setBadgeText({ text: view.text }),
    action.setBadgeBackgroundColor({ color: view.color }),
    action.setTitle({ title: view.title }),
    action.setBadgeTextColor?.({ color: '#ffffff' }),
  ]).catch(() => undefined);
}
