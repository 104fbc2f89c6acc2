import { useMemo } from 'react';
import type { Transaction } from '@/lib/api/domain';
import { spendOverview } from '@/lib/ledger/spend-overview';
import type { HourSpend } from '@/lib/ledger/spend-track';
import { useTexts } from '@/components/ui/i18n';
import { BudgetSummary } from './BudgetSummary';
import { SpendByDay } from './SpendByDay';
import { WhereCreditsWent } from './WhereCreditsWent';

export interface SpendSectionsProps {
  /** The stored history; null in balance-only mode. */
  transactions: readonly Transaction[] | null;
  /** Hourly spend from balance changes: today's and this month's totals rest on it too. */
  hours: readonly HourSpend[];
  now: number;
  budgets: { day: number | null; month: number | null };
  onOpenSettings: () => void;
}

/**
 * Insights' spend sections: today's and this month's spend against the budgets, where
 * the credits went (per tool) and spend by day. Loaded with the Insights tab, not before.
 */
export function SpendSections({ transactions, hours, now, budgets, onOpenSettings }: SpendSectionsProps) {
  const { t } = useTexts();
  const overview = useMemo(() => spendOverview(transactions ?? [], { hours }, now), [transactions, hours, now]);
  return (
    <div className="space-y-3">
      <BudgetSummary today={overview.today} month={overview.month} budgets={budgets} onOpenSettings={onOpenSettings} />
      {transactions === null ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-300">{t('popup.spend.needsHistory')}</p>
      ) : (
        <>
          <WhereCreditsWent byWindow={overview.byWindow} />
          <SpendByDay days={overview.days} dailyBudget={budgets.day} />
        </>
      )}
    </div>
  );
}
