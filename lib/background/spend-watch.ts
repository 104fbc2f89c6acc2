import type { SpendInput } from '@/lib/alerts/types';
import { readSpend } from '@/lib/ledger/spend-reading';
import { spendTotals } from '@/lib/ledger/spend-overview';
import { changesBetween, trackBalance, type SpendTrack } from '@/lib/ledger/spend-track';
import type { Snapshot } from '@/lib/storage/items';

/**
 * One poll's spend watch: the balance track moved on by the new snapshot, and what the
 * spend rules look at. The history tells purchases and expirations apart from spending
 * only when it was fetched at this poll (`historyFresh`); otherwise the balance alone
 * speaks (a rise is a purchase). In balance-only mode there are no tools. Pure.
 */
export function watchSpend(track: SpendTrack, snapshot: Snapshot, historyFresh: boolean, now: number): { track: SpendTrack; spend: SpendInput } {
  const history = snapshot.historyAvailable ? (snapshot.transactions ?? []) : null;
  const from = track.last?.at ?? now;
  const changes = history !== null && historyFresh ? changesBetween(snapshot.grants ?? [], history, from, now) : null;
  const next = trackBalance(track, { at: now, balance: snapshot.balance.balance, nextExpiryAt: snapshot.balance.nextExpiryAt, changes });
  return { track: next, spend: { reading: readSpend(history, next, now), ...spendTotals(history ?? [], next, now) } };
}
