import type { Transaction } from '@/lib/api/domain';
import { useTexts } from '@/components/ui/i18n';
import { ActivityList } from './ActivityList';

/** The activity view: the transaction list, or why it is empty, and any unreadable entries. */
export function ActivitySection({
  transactions,
  dropped,
  now,
}: {
  transactions: readonly Transaction[];
  dropped: number;
  now: number;
}) {
  const { t, tp } = useTexts();
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-2">
      {transactions.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-300">{t('popup.activity.empty')}</p>
      ) : (
        <ActivityList transactions={transactions} now={now} />
      )}
      {dropped > 0 && <p className="text-xs text-zinc-600 dark:text-zinc-300">{tp('popup.activity.dropped', dropped)}</p>}
    </div>
  );
}
