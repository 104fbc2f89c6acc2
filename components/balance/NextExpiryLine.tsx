import type { NextExpiry } from '@/lib/ledger';
import { useTexts } from '@/components/ui/i18n';

/** "312 credits expire in 6 days", or what is known of the next expiry; highlighted when soon. */
export function NextExpiryLine({ nextExpiry, soon, balance }: { nextExpiry: NextExpiry | null; soon: boolean; balance: number }) {
  const { t, tp, inDays, date } = useTexts();
  if (!nextExpiry) {
    return balance > 0 ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-300">{t('popup.expiry.none')}</p> : null;
  }
  const when = inDays(nextExpiry.daysLeft);
  const text =
    nextExpiry.credits === null ? t('popup.expiry.nextUnknown', { when }) : tp('popup.expiry.next', nextExpiry.credits, { when });
  return (
    <p className={`mt-1 text-sm ${soon ? 'font-medium text-amber-800 dark:text-amber-300' : 'text-zinc-700 dark:text-zinc-200'}`}>
      {text}
      {nextExpiry.at !== null && <span className="text-zinc-600 dark:text-zinc-300"> · {date(nextExpiry.at)}</span>}
    </p>
  );
}
