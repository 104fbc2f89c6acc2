import type { Ref } from 'react';
import { FOCUS_RING } from '@/components/ui/Button';
import { useTexts, type Texts } from '@/components/ui/i18n';
import type { PillView, PillWarning } from './pill-view';

export interface CreditsPillProps {
  view: PillView;
  open: boolean;
  /** The id of the panel the pill opens. */
  controls: string;
  onToggle: () => void;
  ref?: Ref<HTMLButtonElement>;
}

const DOT: Record<PillWarning, string> = {
  empty: 'bg-red-600 dark:bg-red-400',
  low: 'bg-amber-500 dark:bg-amber-400',
  expiring: 'bg-amber-500 dark:bg-amber-400',
};

const WARNING_KEY = {
  empty: 'widget.pill.empty',
  low: 'widget.pill.low',
  expiring: 'widget.pill.expiring',
} as const;

function texts(view: Exclude<PillView, { kind: 'reading' }>, { t, tn }: Texts): { text: string; name: string } {
  if (view.kind === 'disconnected') return { text: t('widget.pill.connect'), name: `${t('app.name')}: ${t('widget.pill.notConnected')}` };
  if (view.kind === 'loading') return { text: t('widget.pill.loading'), name: `${t('app.name')}: ${t('widget.pill.loadingName')}` };
  const parts = [tn('credits', view.balance)];
  if (view.warning) parts.push(t(WARNING_KEY[view.warning]));
  if (view.stale) parts.push(t('widget.pill.stale'));
  return { text: tn('credits', view.balance), name: `${t('app.name')}: ${parts.join(', ')}` };
}

/** A coin: the widget's mark. */
function CoinIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 shrink-0 text-apmt-brand dark:text-indigo-300">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 4.5v7M10 6c-.4-.6-1.1-.9-2-.9-1.1 0-1.9.5-1.9 1.3 0 1.9 3.9 1 3.9 2.9 0 .8-.8 1.4-2 1.4-.9 0-1.7-.4-2.1-1" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The compact pill in the site's navbar: the balance and a warning dot when the balance is
 * low or empty or credits expire soon. It opens and closes the panel; its accessible name
 * says what the dot means, since colour alone does not. Nothing while storage is read, so
 * the navbar makes room for the pill once, at its final width.
 */
export function CreditsPill({ view, open, controls, onToggle, ref }: CreditsPillProps) {
  const all = useTexts();
  if (view.kind === 'reading') return null;
  const { text, name } = texts(view, all);
  const warning = view.kind === 'ready' ? view.warning : null;
  return (
    <button
      ref={ref}
      type="button"
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-controls={controls}
      aria-label={name}
      onClick={onToggle}
      data-testid="credits-pill"
      className={`inline-flex h-8 items-center gap-1.5 rounded-full border border-zinc-300 bg-white px-3 text-sm font-medium whitespace-nowrap text-zinc-900 shadow-sm transition-colors hover:bg-zinc-50 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-50 dark:hover:bg-zinc-700 ${FOCUS_RING}`}
    >
      <CoinIcon />
      <span className="tabular-nums" data-testid="pill-balance">
        {text}
      </span>
      {warning && <span aria-hidden="true" data-testid="pill-warning" className={`size-2 rounded-full ${DOT[warning]}`} />}
      <svg aria-hidden="true" viewBox="0 0 12 12" className={`size-3 text-zinc-500 transition-transform dark:text-zinc-400 ${open ? 'rotate-180' : ''}`}>
        <path d="M3 4.5 6 7.5 9 4.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </button>
  );
}
