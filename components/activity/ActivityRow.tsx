import { useId, type CSSProperties } from 'react';
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

/**
 * One transaction: description, signed credits with their unit (dollars on hover and focus),
 * relative time and type. Server text is text only.
 */
export function ActivityRow({ tx, now, style, index, count }: ActivityRowProps) {
  const { t, tp, signed, usd, relative, dateTime } = useTexts();
  const dollarsId = useId();
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
        // The amount triggers the dollars tooltip (WAI-ARIA tooltip pattern), so the keyboard must reach it.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        aria-describedby={dollarsId}
        className={`group relative shrink-0 rounded text-sm font-medium tabular-nums outline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600 ${tx.credits > 0 ? 'text-emerald-700 dark:text-emerald-300' : 'text-zinc-900 dark:text-zinc-100'}`}
      >
        {tp('popup.activity.amount', Math.abs(tx.credits), { amount: signed(tx.credits) })}
        <span
          id={dollarsId}
          role="tooltip"
          className="pointer-events-none absolute top-1/2 right-full mr-2 hidden -translate-y-1/2 rounded bg-zinc-900 px-1.5 py-0.5 text-xs whitespace-nowrap text-white group-hover:block group-focus:block dark:bg-zinc-100 dark:text-zinc-900"
        >
          {usd(tx.credits)}
        </span>
      </span>
    </li>
  );
}
