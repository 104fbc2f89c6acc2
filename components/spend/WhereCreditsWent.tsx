import { useState } from 'react';
import { topTools, SPEND_WINDOWS_HOURS, type SpendByTool, type SpendWindow } from '@/lib/ledger/spend';
import { Button } from '@/components/ui/Button';
import { useTexts } from '@/components/ui/i18n';

/** Tools listed by name; the rest is summed as "Other". */
const TOP_TOOLS = 5;
const WINDOWS = Object.keys(SPEND_WINDOWS_HOURS) as SpendWindow[];

/** "Where credits went": the top tools with credits, dollars and share over 24 h, 7 d or 30 d. */
export function WhereCreditsWent({ byWindow }: { byWindow: Record<SpendWindow, SpendByTool> }) {
  const { t, num, usd } = useTexts();
  const [window, setWindow] = useState<SpendWindow>('week');
  const spend = byWindow[window];
  const { top, other } = topTools(spend, TOP_TOOLS);
  const rows = [...top.map((row) => ({ name: row.tool || t('popup.activity.unnamedTool'), credits: row.credits })), ...(other > 0 ? [{ name: t('popup.spend.other'), credits: other }] : [])];
  const share = (credits: number) => `${num(spend.total > 0 ? Math.round((credits / spend.total) * 100) : 0)} %`;
  return (
    <section aria-labelledby="spend-tools-title" className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <h2 id="spend-tools-title" className="text-xs font-medium text-zinc-600 dark:text-zinc-300">
          {t('popup.spend.toolsTitle')}
        </h2>
        <div role="group" aria-label={t('popup.spend.windowLabel')} className="flex gap-1">
          {WINDOWS.map((w) => (
            <Button key={w} aria-pressed={w === window} className={`px-2 py-0.5 text-xs ${w === window ? 'font-semibold' : ''}`} onClick={() => setWindow(w)}>
              {t(`popup.spend.window.${w}`)}
            </Button>
          ))}
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-300">{t('popup.spend.noSpend')}</p>
      ) : (
        <table className="w-full text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">{t('popup.spend.col.tool')}</th>
              <th scope="col">{t('popup.spend.col.credits')}</th>
              <th scope="col">{t('popup.spend.col.dollars')}</th>
              <th scope="col">{t('popup.spend.col.share')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
                <th scope="row" className="max-w-36 truncate py-1 pr-2 text-left font-normal">
                  {row.name}
                </th>
                <td className="py-1 text-right tabular-nums">{num(row.credits)}</td>
                <td className="py-1 text-right tabular-nums text-zinc-600 dark:text-zinc-300">{usd(row.credits)}</td>
                <td className="py-1 pl-2 text-right tabular-nums">{share(row.credits)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
