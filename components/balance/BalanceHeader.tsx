import type { LedgerSummary } from '@/lib/ledger';
import type { RefreshBlock } from '@/lib/panel-status';
import { Button } from '@/components/ui/Button';
import { useTexts } from '@/components/ui/i18n';
import { RefreshIcon } from '@/components/ui/RefreshIcon';
import { NextExpiryLine } from './NextExpiryLine';
import { UpdatedLine } from './UpdatedLine';

export interface BalanceHeaderProps {
  summary: Pick<LedgerSummary, 'balance' | 'nextExpiry' | 'nextExpirySoon'>;
  fetchedAt: number;
  stale: boolean;
  now: number;
  /** When the last refresh failed, if it did. */
  failedAt?: number | null;
  isRefreshing: boolean;
  /** Why Refresh would be refused now, if it would: the server asked to wait, or a rejected token. */
  refreshBlock: RefreshBlock | null;
  onRefresh: () => void;
  onBuy: () => void;
  compact?: boolean;
}

/** Balance in credits and dollars, the next expiry, freshness, Refresh and Buy credits. */
export function BalanceHeader(props: BalanceHeaderProps) {
  const { summary, fetchedAt, stale, now, isRefreshing, refreshBlock, onRefresh, onBuy, compact } = props;
  const { t, tn, usd, dateTime } = useTexts();
  let blockedBecause: string | null = null;
  if (refreshBlock?.reason === 'tokenRejected') blockedBecause = t('popup.refresh.needsToken');
  else if (refreshBlock?.until != null && refreshBlock.until > now) blockedBecause = t('popup.refresh.blocked', { time: dateTime(refreshBlock.until) });
  return (
    <header className={`shrink-0 ${compact ? 'px-3 pt-3 pb-2' : 'px-4 pt-4 pb-3'}`}>
      <h1 className="text-xs font-medium tracking-wide text-zinc-600 uppercase dark:text-zinc-300">{t('popup.balance.label')}</h1>
      <div className="mt-1 flex items-baseline justify-between gap-3">
        <p className={`${compact ? 'text-2xl' : 'text-3xl'} font-semibold tabular-nums`} data-testid="balance-credits">
          {tn('credits', summary.balance)}
        </p>
        <p className="text-lg font-medium text-zinc-700 tabular-nums dark:text-zinc-200" data-testid="balance-dollars">
          {usd(summary.balance)}
        </p>
      </div>
      <NextExpiryLine nextExpiry={summary.nextExpiry} soon={summary.nextExpirySoon} balance={summary.balance} />
      <UpdatedLine fetchedAt={fetchedAt} stale={stale} now={now} failedAt={props.failedAt} />
      <div className="mt-3 flex gap-2">
        <Button variant="primary" className="flex-1" onClick={onBuy}>
          {t('action.buyCredits')}
        </Button>
        <Button
          onClick={onRefresh}
          disabled={isRefreshing || blockedBecause !== null}
          aria-busy={isRefreshing}
          title={blockedBecause ?? undefined}
        >
          <RefreshIcon spinning={isRefreshing} />
          {isRefreshing ? t('popup.refresh.running') : t('action.refresh')}
        </Button>
      </div>
    </header>
  );
}
