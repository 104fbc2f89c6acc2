import type { Transaction } from '@/lib/api/domain';

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
