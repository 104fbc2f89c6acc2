import { budgetLevel } from '@/lib/alerts/budget';
import { Bar } from '@/components/ui/Bar';
import { Button } from '@/components/ui/Button';
import { useTexts } from '@/components/ui/i18n';

/** Today's and this month's spend, each against its budget when one is set. */
export function BudgetSummary({
  today,
  month,
  budgets,
  onOpenSettings,
}: {
  today: number;
  month: number;
  budgets: { day: number | null; month: number | null };
  onOpenSettings: () => void;
}) {
  const { t } = useTexts();
  const none = budgets.day === null && budgets.month === null;
  return (
    <section aria-labelledby="spend-budget-title" className="space-y-2 rounded-md border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-700">
      <h2 id="spend-budget-title" className="text-xs font-medium text-zinc-600 dark:text-zinc-300">
        {t('popup.spend.budgetTitle')}
      </h2>
      <BudgetLine label={t('popup.spend.today')} spent={today} budget={budgets.day} />
      <BudgetLine label={t('popup.spend.month')} spent={month} budget={budgets.month} />
      {none && (
        <p className="text-xs text-zinc-600 dark:text-zinc-300">
          {t('popup.spend.noBudget')}{' '}
          <Button variant="link" className="text-xs" onClick={onOpenSettings}>
            {t('popup.spend.setBudget')}
          </Button>
        </p>
      )}
    </section>
  );
}

function BudgetLine({ label, spent, budget }: { label: string; spent: number; budget: number | null }) {
  const { t, tn, num } = useTexts();
  const credits = Math.round(spent);
  // Warned from the first level the budget alert fires at, on the same unrounded spend.
  const over = budget !== null && budgetLevel(spent, budget) > 0;
  return (
    <div>
      <p className="flex justify-between gap-2">
        <span>{label}</span>
        <span className="tabular-nums font-semibold">
          {budget === null ? tn('credits', credits) : t('popup.spend.ofBudget', { spent: num(credits), budget: tn('credits', budget) })}
        </span>
      </p>
      {budget !== null && <Bar value={credits} max={budget} tone={over ? 'warn' : 'normal'} />}
    </div>
  );
}
