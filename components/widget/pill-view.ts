import { creditsExpiringWithin, toLots } from '@/lib/ledger/lots';
import { DAY_MS } from '@/lib/ledger/constants';
import type { PanelStatus } from '@/lib/query/panel-status';

/** Why the pill shows a warning dot: the same conditions that turn the toolbar badge amber or red. */
export type PillWarning = 'empty' | 'low' | 'expiring';

/** What the pill shows: a state (nothing while storage is read), and for an account with data its balance and warning. */
export type PillView =
  | { kind: 'reading' }
  | { kind: 'disconnected' }
  | { kind: 'loading' }
  | { kind: 'ready'; balance: number; warning: PillWarning | null; stale: boolean };

/** Credits expiring within this many days make the pill warn, as they make the badge "low". */
export const PILL_EXPIRY_WARNING_DAYS = 7;

type Ready = Extract<PanelStatus, { kind: 'ready' }>;

function expiresSoon({ snapshot, balanceOnly }: Ready, now: number): boolean {
  const { balance } = snapshot;
  if (!balanceOnly && snapshot.grants !== null) {
    return creditsExpiringWithin(toLots(snapshot.grants, now), now, PILL_EXPIRY_WARNING_DAYS) > 0;
  }
  if (balance.balance === 0) return false;
  if (balance.nextExpiryAt !== null) return balance.nextExpiryAt - now <= PILL_EXPIRY_WARNING_DAYS * DAY_MS;
  return balance.expiresInDays !== null && balance.expiresInDays <= PILL_EXPIRY_WARNING_DAYS;
}

/**
 * The pill's view of the panel's state: empty at 0, low below the threshold, expiring when
 * credits expire within `PILL_EXPIRY_WARNING_DAYS` (from the lots, or from the balance's
 * next expiry in balance-only mode), in that order; stale when the panel shows a problem.
 * Pure; never throws.
 */
export function pillView(status: PanelStatus, lowBalanceThreshold: number, now: number): PillView {
  if (status.kind !== 'ready') return status;
  const balance = status.snapshot.balance.balance;
  let warning: PillWarning | null = null;
  if (balance === 0) warning = 'empty';
  else if (balance < lowBalanceThreshold) warning = 'low';
  else if (expiresSoon(status, now)) warning = 'expiring';
  return { kind: 'ready', balance, warning, stale: status.problem !== null };
}
