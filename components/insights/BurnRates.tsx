import type { BurnRate } from '@/lib/ledger';
import { useTexts } from '@/components/ui/i18n';

/** Credits spent per day over the last 7 and 30 days, saying when history is shorter. */
export function BurnRates({ burn7, burn30 }: { burn7: BurnRate | null; burn30: BurnRate | null }) {
  const { t } = useTexts();
  return (
    <dl className="grid grid-cols-2 gap-2 text-sm">
      <BurnCell label={t('popup.insights.burn7')} burn={burn7} />
      <BurnCell label={t('popup.insights.burn30')} burn={burn30} />
    </dl>
  );
}

function BurnCell({ label, burn }: { label: string; burn: BurnRate | null }) {
  const { t, tn, rate } = useTexts();
  return (
    <div className="rounded-md bg-zinc-100 px-3 py-2 dark:bg-zinc-800">
      <dt className="text-xs text-zinc-600 dark:text-zinc-300">{label}</dt>
      <dd className="font-semibold tabular-nums">
        {burn === null ? t('popup.insights.noData') : t('popup.insights.perDay', { value: rate(burn.perDay) })}
      </dd>
      {burn?.partial && (
        <dd className="text-xs text-zinc-600 dark:text-zinc-300">
          {t('popup.insights.partial', { days: tn('days', Math.max(1, Math.round(burn.coveredDays))) })}
        </dd>
      )}
    </div>
  );
}
