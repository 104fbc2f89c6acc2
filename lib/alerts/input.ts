import { summarize } from '@/lib/ledger/summary';
import { historyTransactions, type Snapshot } from '@/lib/storage/items';
import type { AlertInput, ExpiringLot } from './types';

/**
 * The alert input for a good snapshot: the balance, the lots that can expire (in
 * balance-only mode the next expiry, with its amount unknown) and the runway at the
 * current burn rate (null without history or spending). Pure.
 */
export function alertInputFromSnapshot(
  snapshot: Pick<Snapshot, 'balance' | 'grants' | 'transactions' | 'historyAvailable'>,
  now: number,
): Extract<AlertInput, { type: 'snapshot' }> {
  const summary = summarize({ balance: snapshot.balance, grants: snapshot.grants, transactions: historyTransactions(snapshot), now });
  let lots: ExpiringLot[];
  if (summary.hasLots) {
    lots = summary.lots.flatMap((lot) =>
      lot.expiresAt === null ? [] : [{ key: lot.id, remaining: lot.remaining, expiresAt: lot.expiresAt }],
    );
  } else {
    const at = summary.nextExpiry?.at ?? null;
    lots = at === null ? [] : [{ key: `@${at}`, remaining: null, expiresAt: at }];
  }
  return { type: 'snapshot', balance: snapshot.balance.balance, lots, runwayDays: summary.runwayDays };
}
