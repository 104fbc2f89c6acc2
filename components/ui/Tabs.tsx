import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { FOCUS_RING } from './Button';

export interface TabItem<Id extends string> {
  id: Id;
  label: string;
  /** Shown after the label, e.g. a count; read with it. */
  badge?: string;
}

const NEXT_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * Tabs following the WAI-ARIA tabs pattern: one tab stop, arrow keys, Home and End move
 * and select; the panel is focusable so keyboard users reach its content next.
 */
export function Tabs<Id extends string>({
  label,
  tabs,
  selected,
  onSelect,
  children,
  compact = false,
  panelClassName = '',
  className = '',
}: {
  label: string;
  tabs: readonly TabItem<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  children: ReactNode;
  compact?: boolean;
  /** Classes of the panel, e.g. a height and scrolling. */
  panelClassName?: string;
  className?: string;
}) {
  const base = useId();
  const refs = useRef(new Map<Id, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = NEXT_KEYS[event.key];
    if (!next) return;
    event.preventDefault();
    const tab = tabs[next(index, tabs.length)];
    if (!tab) return;
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  return (
    <div className={className}>
      <div role="tablist" aria-label={label} className="flex shrink-0 border-b border-zinc-200 px-2 dark:border-zinc-700">
        {tabs.map((tab, index) => {
          const active = tab.id === selected;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                if (el) refs.current.set(tab.id, el);
                else refs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${tab.id}`}
              aria-selected={active}
              aria-controls={`${base}-panel`}
              tabIndex={active ? 0 : -1}
              onClick={() => onSelect(tab.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={`-mb-px rounded-t border-b-2 px-3 ${compact ? 'py-1.5' : 'py-2'} text-sm font-medium ${FOCUS_RING} ${
                active
                  ? 'border-apmt-brand text-zinc-900 dark:border-indigo-400 dark:text-zinc-50'
                  : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-zinc-50'
              }`}
            >
              {tab.label}
              {tab.badge && <span className="ml-1 text-xs font-normal text-zinc-600 dark:text-zinc-300">{tab.badge}</span>}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${selected}`}
        tabIndex={0}
        className={`${FOCUS_RING} focus-visible:ring-inset focus-visible:ring-offset-0 ${panelClassName}`}
      >
        {children}
      </div>
    </div>
  );
}
