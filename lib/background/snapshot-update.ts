import type { Balance, Transaction } from '@/lib/api/domain';
import type { ApiError } from '@/lib/api/errors';
import type { History } from '@/lib/api/credits';
import type { Snapshot } from '@/lib/storage/items';

/** Transactions kept across refreshes (merged by id, newest first). */
export const MAX_STORED_TRANSACTIONS = 500;
/** Grants kept from one history response. */
export const MAX_STORED_GRANTS = 500;

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Failures after which the last good history is kept: the server may answer next time. */
const TRANSIENT: ReadonlySet<ApiError['kind']> = new Set(['network', 'timeout', 'server', 'rate_limited']);

/** Strips an error to what storage keeps: kind, message, status, retry time. */
export function storedError(error: ApiError): NonNullable<Snapshot['lastError']> {
  const { kind, message, status, retryAt } = error;
  return { kind, message, ...(status !== undefined && { status }), ...(retryAt !== undefined && { retryAt }) };
}

/**
 * The snapshot after a successful balance fetch. History: fresh grants replace the
 * stored ones and transactions are merged; a transient history failure keeps the last
 * good history, and so does a refresh that did not ask for it (null); any other failure
 * (404, 422, malformed) switches to balance-only mode and never keeps lots that might be
 * wrong. The transactions stay stored, unread (`historyTransactions`), for the next merge:
 * the history answers only its newest page. Pure.
 */
export function snapshotAfterSuccess(
  prev: Snapshot | null,
  balance: Balance,
  history: Outcome<History> | null,
  now: number,
  nextAttemptAt: number | null,
): Snapshot {
  const base = { balance, fetchedAt: now, lastError: null, lastAttemptAt: now, nextAttemptAt };
  if (history?.ok) {
    return {
      ...base,
      grants: history.value.grants.slice(0, MAX_STORED_GRANTS),
      transactions: mergeTransactions(prev?.transactions ?? [], history.value.transactions, MAX_STORED_TRANSACTIONS),
      historyAvailable: true,
      historyFetchedAt: now,
      dropped: history.value.dropped,
    };
  }
  if ((history === null || TRANSIENT.has(history.error.kind)) && prev !== null && prev.historyAvailable) {
    const { grants, transactions, historyAvailable, historyFetchedAt, dropped } = prev;
    return { ...base, grants, transactions, historyAvailable, historyFetchedAt, dropped };
  }
  return { ...base, grants: null, transactions: prev?.transactions ?? null, historyAvailable: false, historyFetchedAt: null, dropped: 0 };
}

/** The snapshot after a failed balance fetch: the last good data, with the error and retry time. Pure. */
export function snapshotAfterFailure(prev: Snapshot, error: ApiError, now: number, nextAttemptAt: number | null): Snapshot {
  return { ...prev, lastError: storedError(error), lastAttemptAt: now, nextAttemptAt };
}

/**
 * Merges a fresh page of transactions into the stored ones (NET-11): unique ids (the
 * fresh copy wins), newest first (ties by id, so the order is stable), at most `max`.
 * Idempotent: `merge(merge(a, b), b)` equals `merge(a, b)`. Pure.
 */
export function mergeTransactions(stored: readonly Transaction[], fresh: readonly Transaction[], max: number): Transaction[] {
  const byId = new Map<string, Transaction>();
  for (const tx of stored) byId.set(tx.id, tx);
  for (const tx of fresh) byId.set(tx.id, tx);
  return [...byId.values()]
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, max));
}
