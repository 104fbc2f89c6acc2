import { browser, storage } from '#imports';
import { initialAlertState } from '@/lib/alerts/evaluate';
import { getBalance } from '@/lib/api/credits';
import type { ApiErrorKind } from '@/lib/api/errors';
import { INITIAL_SCHEDULE } from '@/lib/storage/defaults';
import { alertStateItem, connectionItem, readConnection, samplesItem, scheduleItem, snapshotItem } from '@/lib/storage/items';
import { clearToken, writeToken } from '@/lib/storage/token-vault';
import { checkTokenFormat } from '@/lib/token-format';
import type { BackgroundDeps } from './deps';
import type { Lock } from './lock';
import { clearAllNotifications } from './notifications';
import type { Refresher } from './refresh';
import { syncBadgeAndAlarm } from './sync-ui';

export type ConnectError = 'bad_format' | 'storage' | Exclude<ApiErrorKind, 'bad_token'>;
export type ConnectResult =
  | { ok: true; tokenHint: string }
  | { ok: false; error: ConnectError; retryAt: number | null; status?: number };

/**
 * Connects a token (SEC-6): trims it, checks its format, makes one `GET /credits/balance`
 * with it, and only if that succeeds stores it and starts afresh: previous account data
 * erased, alert state reset (the first snapshot is a silent baseline), schedule reset,
 * then a refresh that reuses the balance just fetched. Answers what went wrong otherwise;
 * storage is untouched then. Never throws.
 */
export async function connectToken(raw: string, deps: BackgroundDeps, refresher: Refresher, lock: Lock): Promise<ConnectResult> {
  const format = checkTokenFormat(raw);
  if (!format.ok) return { ok: false, error: 'bad_format', retryAt: null };
  const { token } = format;
  const checked = await getBalance({ token, fetchFn: deps.fetchFn, timeoutMs: deps.timeoutMs, now: deps.now });
  if (!checked.ok) {
    const { kind, retryAt, status } = checked.error;
    return { ok: false, error: kind === 'bad_token' ? 'bad_format' : kind, retryAt: retryAt ?? null, ...(status !== undefined && { status }) };
  }
  const tokenHint = token.slice(-4);
  const saved = await lock.run(async () => {
    refresher.cancel();
    let place: 'local' | 'idb';
    try {
      place = await writeToken(token, deps.vault);
    } catch {
      return false;
    }
    const previous = await readConnection();
    const connectedAt = Math.max(deps.now(), (previous.connectedAt ?? 0) + 1);
    await storage.removeItems([snapshotItem, samplesItem].map((item) => ({ item, options: { removeMeta: true } })));
    await storage.setItems([
      // Where content scripts can read storage.local (Firefox), not even the hint goes there.
      { item: connectionItem, value: { connected: true, tokenHint: place === 'local' ? tokenHint : null, connectedAt } },
      { item: alertStateItem, value: initialAlertState() },
      { item: scheduleItem, value: { ...INITIAL_SCHEDULE } },
    ]);
    return true;
  });
  if (!saved) return { ok: false, error: 'storage', retryAt: null };
  await clearAllNotifications();
  await refresher.refresh('token', checked.value);
  return { ok: true, tokenHint };
}

/**
 * Erases every trace of the account (SEC-7): the token (both stores), snapshot, samples,
 * alert and schedule state, the connection facts, every alarm, open notifications and
 * session storage; the badge then shows "not connected". A refresh still running is
 * cancelled and writes nothing. Never throws.
 */
export async function disconnect(deps: BackgroundDeps, refresher: Refresher, lock: Lock): Promise<void> {
  refresher.cancel();
  await lock.run(async () => {
    await clearToken(deps.vault);
    const items = [snapshotItem, samplesItem, alertStateItem, scheduleItem, connectionItem];
    await storage.removeItems(items.map((item) => ({ item, options: { removeMeta: true } }))).catch(() => undefined);
    await browser.alarms.clearAll().catch(() => false);
    await clearAllNotifications();
    await browser.storage.session?.clear().catch(() => undefined);
  });
  await syncBadgeAndAlarm(deps);
}
