import { balanceWarning, summarize, type BalanceWarning } from '@/lib/ledger/summary';
import type { PanelStatus } from '@/lib/panel-status';
import type { Settings } from '@/lib/storage/settings';

/** Why the pill shows a warning dot: the same conditions that turn the toolbar badge amber or red. */
export type PillWarning = BalanceWarning;

/** What the pill shows: a state (nothing while storage is read), and for an account with data its balance and warning. */
export type PillView =
  | { kind: 'reading' }
  | { kind: 'disconnected' }
  | { kind: 'loading' }
  | { kind: 'ready'; balance: number; warning: PillWarning | null; stale: boolean };

/**
 * The pill's view of the panel's state: the balance, its warning (`balanceWarning`, as
 * for the badge), and stale when the panel shows a problem. Pure; never throws.
 */
export function pillView(status: PanelStatus, settings: Pick<Settings, 'lowBalanceThreshold' | 'expiryWindows'>, now: number): PillView {
  if (status.kind !== 'ready') return status;
  const { balance, grants } = status.snapshot;
  const summary = summarize({ balance, grants: status.balanceOnly ? null : grants, now, expiryWindows: settings.expiryWindows });
  return { kind: 'ready', balance: balance.balance, warning: balanceWarning(summary, settings.lowBalanceThreshold), stale: status.problem !== null };
}
