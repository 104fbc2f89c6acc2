import { isRecord } from '@/lib/is-record';

/**
 * Pure migrations of stored values, one per version step. WXT runs them when an item's
 * stored version is older than its definition (`items.ts`); each is idempotent, because a
 * value may already have the new shape (written by a newer context), and none throws.
 */

/**
 * Snapshot v1 → v2: adds `historyAvailable` (history present), `historyFetchedAt` (the
 * fetch time when history is present), `dropped` (0) and `nextAttemptAt` (the stored
 * error's retry time). Fields already present are kept; a non-object passes unchanged and
 * is then rejected by the schema on read.
 */
export function migrateSnapshotV1ToV2(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const hasHistory = Array.isArray(value.grants);
  const lastError = isRecord(value.lastError) ? value.lastError : null;
  const retryAt = typeof lastError?.retryAt === 'number' ? lastError.retryAt : null;
  return {
    historyAvailable: hasHistory,
    historyFetchedAt: hasHistory && typeof value.fetchedAt === 'number' ? value.fetchedAt : null,
    dropped: 0,
    nextAttemptAt: retryAt,
    ...value,
  };
}
