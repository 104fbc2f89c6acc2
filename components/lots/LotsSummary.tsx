import type { LedgerSummary } from '@/lib/ledger';
import { useTexts } from '@/components/ui/i18n';

type Props = Pick<
  LedgerSummary,
  'soonDays' | 'expiringSoon' | 'forecast' | 'lotDiscrepancy' | 'balance' | 'lotsRemaining'
>;

/** Credits expiring soon (when a warning window is set), the unused-credits forecast, and any mismatch with the balance. */
export function LotsSummary({ soonDays, expiringSoon, forecast, lotDiscrepancy, balance, lotsRemaining }: Props) {
  const { t, tn } = useTexts();
  const unused = forecast?.totalUnused ?? null;
  return (
    <div className="space-y-1.5">
      <dl className="grid grid-cols-2 gap-2 text-sm">
        {soonDays !== null && (
          <div className="rounded-md bg-zinc-100 px-3 py-2 dark:bg-zinc-800">
            <dt className="text-xs text-zinc-600 dark:text-zinc-300">{t('popup.lots.expiringWithin', { days: tn('days', soonDays) })}</dt>
            <dd className="font-semibold tabular-nums">{tn('credits', expiringSoon ?? 0)}</dd>
          </div>
        )}
        <div className="rounded-md bg-zinc-100 px-3 py-2 dark:bg-zinc-800">
          <dt className="text-xs text-zinc-600 dark:text-zinc-300">{t('popup.lots.forecast')}</dt>
          <dd className="font-semibold tabular-nums">
            {unused === null ? t('popup.lots.forecastUnknown') : t('popup.lots.forecastUnused', { credits: tn('credits', unused) })}
          </dd>
        </div>
      </dl>
      <p className="text-xs text-zinc-600 dark:text-zinc-300">
        {unused === null ? t('popup.lots.forecastNeedsSpending') : t('popup.lots.forecastNote')}
      </p>
      {lotDiscrepancy !== null && lotDiscrepancy !== 0 && lotsRemaining !== null && (
        <p className="text-xs text-zinc-700 dark:text-zinc-200">
          {t('popup.lots.discrepancy', { lots: tn('credits', lotsRemaining), balance: tn('credits', balance) })}
        </p>
      )}
    </div>
  );
}
