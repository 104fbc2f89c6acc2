import { browser } from '#imports';
import { NOTIFICATION_ID_LIST, NOTIFICATION_IDS, type AlertKind } from '@/lib/alerts/kinds';
import { alertText } from '@/lib/alerts/text';
import type { AlertEvent } from '@/lib/alerts/types';
import type { BackgroundTranslator } from '@/lib/i18n/surfaces';

const ICON = '/icon/128.png';

/** Alerts whose notification offers Buy credits and Snooze; a click on them opens the buy page. */
const ACTIONABLE: ReadonlySet<AlertKind> = new Set(['lowBalance', 'lowRunway', 'empty', 'expiring']);

/** Index of each notification button, where the browser has buttons (not Firefox). */
export const BUTTONS = { buy: 0, snooze: 1 } as const;

/** True when the user or the system blocked our notifications (NTF-6); unknown counts as allowed. */
async function notificationsDenied(): Promise<boolean> {
  const api = browser.notifications as typeof browser.notifications & { getPermissionLevel?: () => Promise<string> };
  if (typeof api.getPermissionLevel !== 'function') return false;
  try {
    return (await api.getPermissionLevel()) === 'denied';
  } catch {
    return false;
  }
}

/** Whether this kind's notification has Buy credits / Snooze buttons. */
export function hasButtons(kind: AlertKind): boolean {
  return ACTIONABLE.has(kind) && !import.meta.env.FIREFOX;
}

/**
 * Shows one notification per event under its fixed id, so a repeat replaces instead of
 * stacking (NTF-1). Skipped when notifications are blocked (the badge still shows the
 * state). Never throws: a failed notification must not fail the refresh.
 */
export async function showAlerts(events: readonly AlertEvent[], i18n: BackgroundTranslator, now: number): Promise<number> {
  if (events.length === 0 || (await notificationsDenied())) return 0;
  let shown = 0;
  for (const event of events) {
    const { title, message } = alertText(event, i18n, now);
    const buttons = hasButtons(event.kind) ? [{ title: i18n.t('action.buyCredits') }, { title: i18n.t('bg.button.snooze') }] : undefined;
    try {
      await browser.notifications.create(NOTIFICATION_IDS[event.kind], {
        type: 'basic',
        iconUrl: browser.runtime.getURL(ICON),
        title,
        message,
        ...(buttons && { buttons }),
      });
      shown += 1;
    } catch {
      // A notification the browser refuses (e.g. blocked mid-way) leaves the badge as the signal.
    }
  }
  return shown;
}

/** Closes every notification of ours (on disconnect). Never throws. */
export async function clearAllNotifications(): Promise<void> {
  await Promise.all(NOTIFICATION_ID_LIST.map((id) => browser.notifications.clear(id).catch(() => false)));
}

/** Where a click on a notification of this kind leads. */
export function clickTarget(kind: AlertKind): 'buy' | 'options' {
  return kind === 'tokenRejected' ? 'options' : 'buy';
}
