import type { SummaryLot } from '@/lib/ledger';
import { Bar } from '@/components/ui/Bar';
import { useTexts } from '@/components/ui/i18n';
import { lotSourceKey } from './lot-source';

export interface LotRowProps {
  /** A lot that expires soon stands out. */
  lot: SummaryLot;
  /** Credits of this lot the forecast expects to expire unused. */
  projectedUnused: number;
}

/** One purchase lot: remaining of original, purchase and expiry dates, days left, a bar. */
export function LotRow({ lot, projectedUnused }: LotRowProps) {
  const { t, tn, tp, num, date } = useTexts();
  const daysText = lot.daysLeft === null ? null : lot.daysLeft === 0 ? t('popup.lots.today') : tp('popup.lots.daysLeft', lot.daysLeft);
  return (
    <li
      className={`rounded-md border px-3 py-2 ${
        lot.soon ? 'border-amber-400 bg-amber-50 dark:border-amber-600 dark:bg-amber-950' : 'border-zinc-200 dark:border-zinc-700'
      }`}
    >
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="font-medium">{t(lotSourceKey(lot.source))}</span>
        <span className="tabular-nums">
          {t('popup.lots.remaining', { remaining: num(lot.remaining), original: tn('credits', lot.credits) })}
        </span>
      </div>
      <div className="my-1.5">
        <Bar value={lot.remaining} max={lot.credits} tone={lot.soon ? 'warn' : 'normal'} />
      </div>
      <div className="flex flex-wrap justify-between gap-x-2 text-xs text-zinc-600 dark:text-zinc-300">
        <span>{t('popup.lots.bought', { date: date(lot.createdAt) })}</span>
        <span className={lot.soon ? 'font-semibold text-amber-900 dark:text-amber-200' : ''}>
          {lot.expiresAt === null ? t('popup.lots.neverExpires') : `${t('popup.lots.expires', { date: date(lot.expiresAt) })} · ${daysText}`}
        </span>
      </div>
      {(lot.soon || projectedUnused > 0) && (
        <p className="mt-1 flex flex-wrap gap-x-2 text-xs">
          {lot.soon && <span className="font-semibold text-amber-900 dark:text-amber-200">{t('popup.lots.soon')}</span>}
          {projectedUnused > 0 && (
            <span className="text-zinc-700 dark:text-zinc-200">{t('popup.lots.unused', { credits: tn('credits', projectedUnused) })}</span>
          )}
        </p>
      )}
    </li>
  );
}
