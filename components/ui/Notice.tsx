import type { ReactNode } from 'react';

const TONES = {
  info: 'border-zinc-300 bg-zinc-50 text-zinc-800 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100',
  warn: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100',
  danger: 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
} as const;

export type NoticeTone = keyof typeof TONES;

/** A boxed message with a title, an explanation and an optional action. */
export function Notice({
  tone = 'info',
  title,
  children,
  action,
  role,
}: {
  tone?: NoticeTone;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  role?: 'status' | 'alert';
}) {
  return (
    <div role={role} className={`rounded-md border px-3 py-2 text-sm ${TONES[tone]}`}>
      <p className="font-semibold">{title}</p>
      {children && <div className="mt-0.5">{children}</div>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
