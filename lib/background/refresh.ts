import { evaluateAlerts } from '@/lib/alerts/evaluate';
import { alertInputFromSnapshot } from '@/lib/alerts/input';
import type { Evaluation } from '@/lib/alerts/types';
import { getBalance, getCredits, getHistory, type ApiResult, type History } from '@/lib/api/credits';
import type { ApiErrorKind } from '@/lib/api/errors';
import type { Balance } from '@/lib/api/domain';
import { writeStored, type StoredWrite } from '@/lib/storage/define-stored';
import { alertStateItem, connectionItem, samplesItem, scheduleItem, snapshotItem, spendTrackItem } from '@/lib/storage/items';
import { settingsItem } from '@/lib/storage/settings';
import { addSample } from '@/lib/storage/samples';
import { readToken } from '@/lib/storage/token-vault';
import { MINUTE_MS } from '@/lib/time';
import type { BackgroundDeps } from './deps';
import type { Lock } from './lock';
import { showAlerts } from './notifications';
import { afterFailure, afterSuccess, FAST_PERIOD_MINUTES, gate, keepFast, type Trigger } from './schedule';
import { snapshotAfterFailure, snapshotAfterSuccess } from './snapshot-update';
import { syncBadgeAndAlarm } from './badge';
import { watchSpend } from './spend-watch';

export type RefreshError = 'not_connected' | 'token_rejected' | 'retry_after' | 'backoff' | 'recent' | 'cancelled' | ApiErrorKind;
export type RefreshResult = { ok: true; fetchedAt: number } | { ok: false; error: RefreshError; retryAt: number | null };

/** Gate refusals that depend on the trigger: they answer only the refresh that was turned away. */
const TRIGGER_REFUSALS: ReadonlySet<RefreshError> = new Set(['backoff', 'recent']);

const fail = (error: RefreshError, retryAt: number | null = null): RefreshResult => ({ ok: false, error, retryAt });

/**
 * The poller: one refresh fetches balance and history together, then writes snapshot,
 * samples, schedule and alert state in one storage call, re-derives badge and alarm and
 * shows the notifications that fired. Single-flight: a refresh asked for while one runs
 * joins it (see `refresh`). A refresh whose token was replaced or removed meanwhile writes nothing.
 */
export function createRefresher(deps: BackgroundDeps, lock: Lock) {
  let inFlight: { promise: Promise<RefreshResult>; controller: AbortController } | null = null;

  async function commit(generation: number | null, signal: AbortSignal, balance: ApiResult<Balance>, history: ApiResult<History> | null): Promise<RefreshResult> {
    const connection = await connectionItem.read();
    if (signal.aborted || !connection.connected || connection.connectedAt !== generation) return fail('cancelled');
    const [prev, schedule, settings, alertState, samples] = await Promise.all([
      snapshotItem.read(),
      scheduleItem.read(),
      settingsItem.read(),
      alertStateItem.read(),
      samplesItem.read(),
    ]);
    const now = deps.now();
    let evaluation: Evaluation | null = null;
    const writes: StoredWrite[] = [];
    let nextSchedule;
    if (balance.ok) {
      const retryAt = history && !history.ok && history.error.kind === 'rate_limited' ? (history.error.retryAt ?? null) : null;
      const balanceMoved = prev !== null && prev.balance.balance !== balance.value.balance;
      nextSchedule = afterSuccess(schedule, now, { balanceMoved, retryAt });
      const snapshot = snapshotAfterSuccess(prev, balance.value, history, now, nextSchedule.nextAttemptAt);
      const watch = watchSpend(await spendTrackItem.read(), snapshot, history?.ok === true, now);
      evaluation = evaluateAlerts(alertState, { ...alertInputFromSnapshot(snapshot, now), spend: watch.spend }, settings, now);
      // During a runaway episode, poll every minute (the alarm follows `fastUntil`).
      if (evaluation.state.runaway) nextSchedule = keepFast(nextSchedule, now, 2 * FAST_PERIOD_MINUTES * MINUTE_MS);
      writes.push(
        { item: spendTrackItem, value: watch.track },
        { item: snapshotItem, value: snapshot },
        { item: samplesItem, value: addSample(samples, { at: now, balance: balance.value.balance }) },
      );
    } else {
      nextSchedule = afterFailure(schedule, balance.error, now, deps.random);
      if (nextSchedule.stopped) evaluation = evaluateAlerts(alertState, { type: 'tokenRejected' }, settings, now);
      if (prev !== null) writes.push({ item: snapshotItem, value: snapshotAfterFailure(prev, balance.error, now, nextSchedule.nextAttemptAt) });
    }
    writes.push({ item: scheduleItem, value: nextSchedule });
    if (evaluation) writes.push({ item: alertStateItem, value: evaluation.state });
    if (signal.aborted) return fail('cancelled');
    await writeStored(writes);
    await syncBadgeAndAlarm(deps);
    if (evaluation) await showAlerts(evaluation.events, deps.i18n, now);
    return balance.ok ? { ok: true, fetchedAt: now } : fail(balance.error.kind, nextSchedule.nextAttemptAt);
  }

  /**
   * During a runaway episode the minute polls fetch the balance alone (the rate comes from
   * it); the history, for the tools, keeps the normal interval. So an episode costs at most
   * one extra request a minute.
   */
  async function historyCanWait(now: number): Promise<boolean> {
    const [state, snapshot, settings] = await Promise.all([alertStateItem.read(), snapshotItem.read(), settingsItem.read()]);
    const fetchedAt = snapshot?.historyAvailable ? snapshot.historyFetchedAt : null;
    return state.runaway !== null && fetchedAt !== null && now - fetchedAt < settings.refreshMinutes * MINUTE_MS;
  }

  async function run(trigger: Trigger, controller: AbortController, prefetched?: Balance): Promise<RefreshResult> {
    const connection = await connectionItem.read();
    if (!connection.connected) return fail('not_connected');
    const decision = gate(await scheduleItem.read(), trigger, deps.now());
    if (!decision.go) return fail(decision.reason, decision.retryAt);
    const token = await readToken(deps.vault);
    if (token === null) return fail('not_connected');
    const api = { token, fetchFn: deps.fetchFn, timeoutMs: deps.timeoutMs, now: deps.now, signal: controller.signal };
    const { balance, history } =
      prefetched !== undefined
        ? { balance: { ok: true, value: prefetched, serverDate: null } as const, history: await getHistory(api) }
        : (await historyCanWait(deps.now()))
          ? { balance: await getBalance(api), history: null }
          : await getCredits(api);
    return lock.run(() => commit(connection.connectedAt, controller.signal, balance, history));
  }

  /**
   * Refreshes now if the schedule allows `trigger` (see `gate`). `prefetched` (on
   * connect) is a balance fetched moments ago with the new token: it cancels any
   * refresh still running for the old one and fetches only the history. A refresh asked
   * for while one runs takes its result, unless the gate turned that one away for its own
   * trigger (backoff, recent): then this trigger meets the gate itself.
   * Never rejects for network reasons; the result says what happened.
   */
  function refresh(trigger: Trigger, prefetched?: Balance): Promise<RefreshResult> {
    if (inFlight && prefetched === undefined) {
      return inFlight.promise.then((result) => (!result.ok && TRIGGER_REFUSALS.has(result.error) ? refresh(trigger) : result));
    }
    inFlight?.controller.abort();
    const controller = new AbortController();
    const promise = run(trigger, controller, prefetched).finally(() => {
      if (inFlight?.controller === controller) inFlight = null;
    });
    inFlight = { promise, controller };
    return promise;
  }

  return {
    refresh,
    /** Cancels the running refresh, if any: its results are dropped (disconnect). */
    cancel(): void {
      inFlight?.controller.abort();
      inFlight = null;
    },
  };
}
export type Refresher = ReturnType<typeof createRefresher>;
