import { browser } from '#imports';
import { pause, snooze } from '@/lib/alerts/evaluate';
import { kindOfNotification, SNOOZE_MS, type AlertKind } from '@/lib/alerts/kinds';
import { activityHash, linkFor, type LinkPage } from '@/lib/links';
import type { CommandActions } from '@/lib/messaging/handler';
import { alertStateItem, connectionItem, scheduleItem } from '@/lib/storage/items';
import { settingsItem } from '@/lib/storage/settings';
import { connectToken, disconnect } from './connection';
import type { BackgroundDeps } from './deps';
import type { Lock } from './lock';
import type { Refresher } from './refresh';
import { markLooking } from './schedule';
import { syncBadgeAndAlarm } from './badge';
import { HOUR_MS } from '@/lib/time';

/** Opens one of our pages in a new tab, after the allowlist check (XSS-3). */
export async function openPage(page: LinkPage): Promise<boolean> {
  const url = linkFor(page);
  if (url === null) return false;
  await browser.tabs.create({ url });
  return true;
}

/** Opens the popup's activity view in a tab, filtered to `tool` when given. */
export async function openActivity(tool: string | null): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${activityHash(tool)}`) });
}

/** Silences one alert kind for a day (the Snooze button). Returns when the snooze ends. */
export async function snoozeKind(kind: AlertKind, deps: BackgroundDeps, lock: Lock): Promise<number> {
  const until = deps.now() + SNOOZE_MS;
  await lock.run(async () => alertStateItem.setValue(snooze(await alertStateItem.read(), kind, until)));
  return until;
}

/**
 * The background's answer to each command of the protocol. Long work (refresh, connect)
 * is awaited, so the answer says how it went and the worker stays alive meanwhile.
 */
export function createCommandActions(deps: BackgroundDeps, refresher: Refresher, lock: Lock): CommandActions {
  return {
    refreshNow: () => refresher.refresh('manual'),
    async userLooking() {
      const changed = await lock.run(async () => {
        // Read under the lock: a disconnect queued first leaves nothing to mark (SEC-7).
        if (!(await connectionItem.read()).connected) return false;
        const schedule = await scheduleItem.read();
        const next = markLooking(schedule, deps.now());
        if (next !== schedule) await scheduleItem.setValue(next);
        return next !== schedule;
      });
      if (changed) await syncBadgeAndAlarm(deps);
      await refresher.refresh('looking');
      return { ok: true };
    },
    async snoozeAlert({ alertId }) {
      const kind = kindOfNotification(alertId);
      const until = kind === null ? deps.now() : await snoozeKind(kind, deps, lock);
      await browser.notifications.clear(alertId).catch(() => false);
      return { ok: true, until };
    },
    async pauseAlerts({ hours }) {
      const pausedUntil = hours === 0 ? null : deps.now() + hours * HOUR_MS;
      await lock.run(async () => alertStateItem.setValue(pause(await alertStateItem.read(), pausedUntil)));
      return { ok: true, pausedUntil };
    },
    openPage: async ({ page }) => ((await openPage(page)) ? { ok: true } : { ok: false, error: 'blocked' }),
    connectToken: ({ token }) => connectToken(token, deps, refresher, lock),
    async disconnect() {
      await disconnect(deps, refresher, lock);
      return { ok: true };
    },
    async widgetState() {
      const [settings, connection] = await Promise.all([settingsItem.read(), connectionItem.read()]);
      return { ok: true, enabled: settings.widgetEnabled, connected: connection.connected };
    },
  };
}
