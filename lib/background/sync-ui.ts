import { connectionItem, scheduleItem, snapshotItem } from '@/lib/storage/items';
import { settingsItem } from '@/lib/storage/settings';
import { ensurePollAlarm } from './alarms';
import { applyBadge } from './badge';
import { badgeView } from './badge-view';
import type { BackgroundDeps } from './deps';
import { pollPeriodMinutes } from './schedule';

/**
 * Re-derives the badge, tooltip and poll alarm from storage (SWL-3, SWL-8). Run at every
 * worker start and after everything that changes stored state, so neither goes stale
 * after a restart. Never throws.
 */
export async function syncBadgeAndAlarm(deps: Pick<BackgroundDeps, 'now' | 'i18n'>): Promise<void> {
  try {
    const [connection, snapshot, settings, schedule] = await Promise.all([
      connectionItem.read(),
      snapshotItem.read(),
      settingsItem.read(),
      scheduleItem.read(),
    ]);
    const now = deps.now();
    const connected = connection.connected;
    const view = badgeView({ connected, snapshot: connected ? snapshot : null, settings, stopped: schedule.stopped, now }, deps.i18n);
    await Promise.all([applyBadge(view), ensurePollAlarm(pollPeriodMinutes(connected, settings, schedule, now))]);
  } catch {
    // Storage or alarms unavailable (the extension is being removed): nothing to show.
  }
}
