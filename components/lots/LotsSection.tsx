import type { LedgerSummary } from '@/lib/ledger';
import { useTexts } from '@/components/ui/i18n';
import { LotRow } from './LotRow';
import { LotsSummary } from './LotsSummary';

/** The lots view: totals and forecast, then one row per lot, soonest expiry first. */
export function LotsSection({ summary }: { summary: LedgerSummary }) {
  const { t } = useTexts();
  const unusedById = new Map(summary.forecast?.lots.map((lot) => [lot.lotId, lot.projectedUnused]));
  return (
    <div className="space-y-3">
      <LotsSummary {...summary} />
      {summary.lots.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-300">{t('popup.lots.empty')}</p>
      ) : (
        <ul aria-label={t('popup.lots.list')} className="space-y-2">
          {summary.lots.map((lot) => (
            <LotRow key={lot.id} lot={lot} projectedUnused={unusedById.get(lot.id) ?? 0} />
          ))}
        </ul>
      )}
    </div>
  );
}
