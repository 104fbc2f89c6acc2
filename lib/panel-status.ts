import type { ApiErrorKind } from '@/lib/api/errors';
import { isSnapshotStale } from '@/lib/storage/freshness';
import type { Connection, Snapshot } from '@/lib/storage/items';
import { MAX_WAIT_MS, pending } from '@/lib/time';

/** Why the shown numbers may not be current. */
export type DataProblem =
  | { kind: 'offline' }
  | { kind: 'rateLimited'; nextTryAt: number | null }
  | { kind: 'tokenRejected' }
  | { kind: 'failed' }
  | { kind: 'old' };

/** What the panel shows: a designed state for every situation, never a fake zero. */
export type PanelStatus =
  | { kind: 'reading' }
  | { kind: 'disconnected' }
  | { kind: 'loading' }
  | { kind: 'ready'; snapshot: Snapshot; problem: DataProblem | null; balanceOnly: boolean };

const PROBLEM_BY_KIND: Record<ApiErrorKind, DataProblem['kind']> = {
  unauthorized: 'tokenRejected',
  forbidden: 'tokenRejected',
  bad_token: 'tokenRejected',
  rate_limited: 'rateLimited',
  network: 'offline',
  server: 'failed',
  unavailable: 'failed',
  timeout: 'failed',
  invalid_response: 'failed',
};

export interface PanelStatusInput {
  /** undefined while storage is still being read. */
  connection: Connection | undefined;
  snapshot: Snapshot | null | undefined;
  now: number;
  refreshMinutes: number;
}

/**
 * Derives the panel's state from what storage holds. Until storage has been read (a few
 * milliseconds) it is `reading`, which shows nothing rather than a flash of skeleton.
 * Disconnected wins over everything (Remove erases the account's data); a connected
 * account without a snapshot is loading (the first refresh runs);
 * otherwise the last good data is shown with the problem of the last refresh, if any, or
 * `old` when it is stale by `isSnapshotStale` (the badge's rule too). Pure; never throws.
 */
export function derivePanelStatus({ connection, snapshot, now, refreshMinutes }: PanelStatusInput): PanelStatus {
  if (connection === undefined || snapshot === undefined) return { kind: 'reading' };
  if (!connection.connected) return { kind: 'disconnected' };
  if (snapshot === null) return { kind: 'loading' };
  const balanceOnly = !snapshot.historyAvailable || snapshot.grants === null;
  return { kind: 'ready', snapshot, problem: problemOf(snapshot, now, refreshMinutes), balanceOnly };
}

/** Whether an error means the token itself was refused: the fix is a new token. */
export function isTokenRejected(kind: ApiErrorKind): boolean {
  return PROBLEM_BY_KIND[kind] === 'tokenRejected';
}

/** Why the background would refuse a manual refresh now, if it would. */
export type RefreshBlock = { reason: 'serverWait'; until: number | null } | { reason: 'tokenRejected' };

/**
 * When the background would refuse a manual refresh: after a rejected token, and while the
 * server's `Retry-After` holds (a 429, or a 503 that sent one), until the stored next try.
 */
export function refreshBlockOf({ problem, snapshot }: Pick<Extract<PanelStatus, { kind: 'ready' }>, 'problem' | 'snapshot'>, now: number): RefreshBlock | null {
  if (problem?.kind === 'tokenRejected') return { reason: 'tokenRejected' };
  if (problem?.kind === 'rateLimited') return serverWait(problem.nextTryAt);
  return typeof snapshot.lastError?.retryAt === 'number' ? serverWait(nextTryOf(snapshot, now)) : null;
}

const serverWait = (until: number | null): RefreshBlock | null => (until === null ? null : { reason: 'serverWait', until });

/** The stored next try while it is to come, as the background's gate reads it (`pending`); else null. */
function nextTryOf(snapshot: Snapshot, now: number): number | null {
  const at = snapshot.nextAttemptAt ?? snapshot.lastError?.retryAt ?? null;
  return pending(at, now, MAX_WAIT_MS) ? at : null;
}

function problemOf(snapshot: Snapshot, now: number, refreshMinutes: number): DataProblem | null {
  const error = snapshot.lastError;
  if (error) {
    const kind = PROBLEM_BY_KIND[error.kind];
    if (kind === 'rateLimited') return { kind, nextTryAt: nextTryOf(snapshot, now) };
    return { kind };
  }
  return isSnapshotStale(snapshot, { refreshMinutes }, now) ? { kind: 'old' } : null;
}
