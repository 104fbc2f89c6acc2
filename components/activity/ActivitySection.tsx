import { useMemo } from 'react';
import type { Transaction } from '@/lib/api/domain';
import { rankTools, spendOf } from '@/lib/ledger/spend';
import { ToolFilter } from '@/components/spend/ToolFilter';
import { useTexts } from '@/components/ui/i18n';
import { ActivityList } from './ActivityList';

/** The filter offers at most this many tools: the ones most spent on. */
const MAX_FILTER_TOOLS = 30;

/** The tools to filter by, most spent on first, by name. */
function filterTools(transactions: readonly Transaction[]): string[] {
  const byTool = new Map<string, number>();
  for (const tx of transactions) {
    const spend = spendOf(tx);
    if (spend) byTool.set(spend.tool, (byTool.get(spend.tool) ?? 0) + Math.max(0, spend.credits));
  }
  return rankTools(byTool)
    .slice(0, MAX_FILTER_TOOLS)
    .map((t) => t.tool)
    .sort();
}

/**
 * The activity view: a filter by tool, the transaction list (charges and refunds of the
 * chosen tool only, when one is chosen), or why it is empty, and any unreadable entries.
 */
export function ActivitySection({
  transactions,
  dropped,
  now,
  tool = null,
  onTool = () => undefined,
}: {
  transactions: readonly Transaction[];
  dropped: number;
  now: number;
  tool?: string | null;
  onTool?: (tool: string | null) => void;
}) {
  const { t, tp } = useTexts();
  const tools = useMemo(() => filterTools(transactions), [transactions]);
  const shown = useMemo(() => (tool === null ? transactions : transactions.filter((tx) => spendOf(tx)?.tool === tool)), [transactions, tool]);
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-2">
      {tools.length > 0 && <ToolFilter tools={tool === null || tools.includes(tool) ? tools : [...tools, tool]} value={tool} onChange={onTool} />}
      {shown.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-300">{tool === null ? t('popup.activity.empty') : t('popup.activity.emptyTool')}</p>
      ) : (
        <ActivityList transactions={shown} now={now} />
      )}
      {dropped > 0 && <p className="text-xs text-zinc-600 dark:text-zinc-300">{tp('popup.activity.dropped', dropped)}</p>}
    </div>
  );
}
