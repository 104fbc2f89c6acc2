import type { CSSProperties } from 'react';
import type { Transaction } from '@/lib/api/domain';
import { useTexts } from '@/components/ui/i18n';
import { cleanText } from './clean-text';
import { transactionTypeKey } from './transaction-type';

export interface ActivityRowProps {
  tx: Transaction;
  now: number;
  style: CSSProperties;
  index: number;
  count: number;
}

/** One transaction: description, signed credits, relative time and type. Server text is text only. */
export function ActivityRow({ tx, now, style, index, count }: ActivityRowProps) {
  const { t, signed, relative, dateTime } = useTexts();
  const type = t(transactionTypeKey(tx.type));
  const description = tx.description === null ? '' : cleanText(tx.description);
  return (
    <li
      style={style}
      aria-setsize={count}
      aria-posinset={index + 1}
      className="absolute top-0 left-0 flex w-full items-center justify-between gap-3 border-b border-zinc-200 px-1 dark:border-zinc-700"
    >
      <div className="min-w-0">
        <p className="truncate text-sm" title={description || undefined}>
          {description || type}
        </p>
        <p className="text-xs text-zinc-600 dark:text-zinc-300">
          {type} · <time dateTime={new Date(tx.createdAt).toISOString()} title={dateTime(tx.createdAt)}>{relative(tx.createdAt, now)}</time>
        </p>
      </div>
      <span
        className={`shrink-0 text-sm font-medium tabular-nums ${tx.credits > 0 ? 'text-emerald-700 dark:text-emerald-300' : 'text-zinc-900 dark:text-zinc-100'}`}
      >
        {signed(tx.credits)}
      </span>
    </li>
  );
}
