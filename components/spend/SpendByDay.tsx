import type { DaySpend } from '@/lib/ledger/spend-overview';
import { useTexts } from '@/components/ui/i18n';

const WIDTH = 300;
const HEIGHT = 64;
const GAP = 2;

/** "Spend by day": one bar per local day over 30 days, today drawn as partial, the daily budget as a line. */
export function SpendByDay({ days, dailyBudget }: { days: readonly DaySpend[]; dailyBudget: number | null }) {
  const { t, tn, date } = useTexts();
  const max = Math.max(1, dailyBudget ?? 0, ...days.map((d) => d.credits));
  const step = WIDTH / Math.max(1, days.length);
  const y = (credits: number) => HEIGHT - (Math.max(0, credits) / max) * HEIGHT;
  const busiest = days.reduce<DaySpend | null>((best, d) => (best === null || d.credits > best.credits ? d : best), null);
  const today = days.at(-1);
  const label = t('popup.spend.daysLabel', {
    count: days.length,
    busiest: busiest && busiest.credits > 0 ? t('popup.spend.busiest', { credits: tn('credits', Math.round(busiest.credits)), date: date(busiest.start) }) : t('popup.spend.noSpend'),
    today: tn('credits', Math.round(today?.credits ?? 0)),
  });
  return (
    <section aria-labelledby="spend-days-title">
      <h2 id="spend-days-title" className="mb-1 text-xs font-medium text-zinc-600 dark:text-zinc-300">
        {t('popup.spend.daysTitle')}
      </h2>
      <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" className="h-16 w-full text-indigo-600 dark:text-indigo-400">
        {days.map((d, i) => (
          <rect
            key={d.start}
            x={i * step + GAP / 2}
            y={y(d.credits)}
            width={Math.max(1, step - GAP)}
            height={HEIGHT - y(d.credits)}
            fill="currentColor"
            opacity={i === days.length - 1 ? 0.45 : 1}
          />
        ))}
        {dailyBudget !== null && (
          <line x1={0} x2={WIDTH} y1={y(dailyBudget)} y2={y(dailyBudget)} stroke="currentColor" strokeDasharray="4 3" vectorEffect="non-scaling-stroke" className="text-amber-600 dark:text-amber-400" />
        )}
      </svg>
      <p className="text-xs text-zinc-600 dark:text-zinc-300">
        {dailyBudget === null ? t('popup.spend.todayPartial') : t('popup.spend.todayPartialBudget', { budget: tn('credits', dailyBudget) })}
      </p>
    </section>
  );
}
