import { browser } from '#imports';
import { kindOfNotification, type AlertKind } from '@/lib/alerts/kinds';
import { alertStateItem } from '@/lib/storage/items';
import { SITE_ORIGIN } from '@/lib/config';
import { createMessageListener } from '@/lib/messaging/handler';
import { relocateStored } from '@/lib/storage/define-stored';
import { SETTINGS_AREA_KEY } from '@/lib/storage/keys';
import { restrictStorageAreas } from '@/lib/storage/token-vault';
import { ALARMS } from './alarms';
import { createCommandActions, openActivity, openPage, snoozeKind } from './command-actions';
import { connectToken } from './connection';
import { defaultDeps, type BackgroundDeps } from './deps';
import { createLock } from './lock';
import { BUTTONS, clickTarget } from './notifications';
import { createRefresher } from './refresh';
import { syncBadgeAndAlarm } from './badge';
import { notifyWidgetTabs } from './widget-tabs';

declare global {
  interface ImportMetaEnv {
    readonly WXT_SANDBOX_TOKEN?: string;
  }
}


/** Opens where a notification of this kind leads: the options page, the activity (runaway: filtered to its tool) or the buy page. */
async function openTarget(kind: AlertKind): Promise<void> {
  const target = clickTarget(kind);
  if (target === 'options') await browser.runtime.openOptionsPage();
  else if (target === 'activity') await openActivity(kind === 'runaway' ? ((await alertStateItem.read()).runaway?.tool ?? null) : null);
  else await openPage('buy');
}

/** Logs an unexpected failure of event work; the worker must keep running. */
function report(error: unknown): void {
  console.error('[AgentPMT Credits]', error instanceof Error ? error.name : 'error');
}

/**
 * Everything the background does, as one handler per browser event. The entry point
 * registers these synchronously; each re-reads what it needs from storage, so nothing
 * depends on the worker having run before (SWL-2).
 */
export function createBackground(deps: BackgroundDeps = defaultDeps()) {
  const lock = createLock();
  const refresher = createRefresher(deps, lock);
  const actions = createCommandActions(deps, refresher, lock);
  const run = (task: () => Promise<unknown>) => void task().catch(report);

  return {
    onMessage: createMessageListener(actions),
    /** Every worker start: close storage to content scripts (or move account data out of it), re-derive badge and alarm. */
    onWake: () =>
      run(async () => {
        await restrictStorageAreas();
        await relocateStored();
        await syncBadgeAndAlarm(deps);
      }),
    onInstalled: ({ reason }: { reason: string }) =>
      run(async () => {
        if (reason === 'install' && import.meta.env.MODE === 'sandbox') {
          await connectToken(import.meta.env.WXT_SANDBOX_TOKEN ?? '', deps, refresher, lock);
          await browser.tabs.create({ url: SITE_ORIGIN });
          return;
        }
        if (reason === 'install') await browser.runtime.openOptionsPage();
        await restrictStorageAreas();
        await refresher.refresh('install');
        await syncBadgeAndAlarm(deps);
      }),
    onStartup: () => run(() => refresher.refresh('startup')),
    onAlarm: ({ name }: { name: string }) => {
      if (name === ALARMS.poll) run(() => refresher.refresh('alarm'));
    },
    onNotificationClicked: (id: string) =>
      run(async () => {
        const kind = kindOfNotification(id);
        if (kind === null) return;
        await browser.notifications.clear(id);
        await openTarget(kind);
      }),
    onNotificationButtonClicked: (id: string, index: number) =>
      run(async () => {
        const kind = kindOfNotification(id);
        if (kind === null) return;
        await browser.notifications.clear(id);
        if (index === BUTTONS.open) await openTarget(kind);
        else if (index === BUTTONS.snooze) await snoozeKind(kind, deps, lock);
      }),
    /** Settings changed (interval, badge mode, threshold, widget): re-derive badge and alarm; tell the site's tabs. */
    onStorageChanged: (changes: Record<string, unknown>, area: string) => {
      if (area !== 'sync' || !(SETTINGS_AREA_KEY in changes)) return;
      run(() => syncBadgeAndAlarm(deps));
      run(() => notifyWidgetTabs());
    },
  };
}
