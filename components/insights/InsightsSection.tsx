import type { LedgerSummary } from '@/lib/ledger';
import { PACK_COVER_DAYS } from '@/lib/ledger/constants';
import { useTexts } from '@/components/ui/i18n';
import { BalanceChart } from './BalanceChart';
import { BurnRates } from './BurnRates';
import type { ChartSample } from './chart-geometry';
import { runwayText } from './runway-text';

export interface InsightsSectionProps {
  summary: Pick<LedgerSummary, 'balance' | 'burn' | 'burn7' | 'burn30' | 'runwayDays' | 'suggestedPack' | 'hasTransactions'>;
  samples: readonly ChartSample[];
  gapMs: number;
}

/** Burn rates, runway, the suggested top-up pack and the balance chart. */
export function InsightsSection({ summary, samples, gapMs }: InsightsSectionProps) {
  const texts = useTexts();
  const { t, tn, usd } = texts;
  const spending = summary.burn !== null && summary.burn.perDay > 0;
  return (
    <div className="space-y-3">
      {summary.hasTransactions ? (
        <>
          <p className="text-base font-semibold">{runwayText(texts, summary.balance, summary.runwayDays)}</p>
          <BurnRates burn7={summary.burn7} burn30={summary.burn30} />
          <div className="rounded-md border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-700">
            <p className="text-xs text-zinc-600 dark:text-zinc-300">{t('popup.insights.pack')}</p>
            <p className="font-semibold tabular-nums">
              {tn('credits', summary.suggestedPack)} ({usd(summary.suggestedPack)})
            </p>
            <p className="text-xs text-zinc-600 dark:text-zinc-300">
              {spending ? t('popup.insights.packCovers', { days: tn('days', PACK_COVER_DAYS) }) : t('popup.insights.packMinimum')}
            </p>
          </div>
        </>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-300">{t('popup.insights.needsHistory')}</p>
      )}
      <div>
        <h2 className="mb-1 text-xs font-medium text-zinc-600 dark:text-zinc-300">{t('popup.chart.title')}</h2>
        <BalanceChart samples={samples} gapMs={gapMs} />
      </div>
    </div>
  );
}
