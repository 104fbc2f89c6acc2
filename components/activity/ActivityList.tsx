import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Transaction } from '@/lib/api/domain';
import { FOCUS_RING } from '@/components/ui/Button';
import { useTexts } from '@/components/ui/i18n';
import { ActivityRow } from './ActivityRow';

/** Height of one row in px: fixed, so scrolling never measures. */
export const ACTIVITY_ROW_HEIGHT = 52;
const OVERSCAN = 6;
/** The list's height before it is measured: about the popup's. */
const INITIAL_HEIGHT = 320;

/**
 * Recent transactions in a virtualised list: only the rows in view (and a few around them)
 * are in the DOM, so 10,000 rows scroll as smoothly as 10. The list scrolls with the
 * keyboard once focused; rows carry their position for screen readers.
 */
export function ActivityList({ transactions, now }: { transactions: readonly Transaction[]; now: number }) {
  const { t } = useTexts();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer hands out fresh functions each render, so the React Compiler skips this
  // component; nothing here is memoised by hand either.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: transactions.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ACTIVITY_ROW_HEIGHT,
    overscan: OVERSCAN,
    initialRect: { width: 0, height: INITIAL_HEIGHT },
  });
  const label = t('popup.activity.list');
  return (
    <div
      ref={scrollRef}
      role="region"
      aria-label={label}
      // A scrolling region must be reachable with the keyboard (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className={`min-h-0 flex-1 overflow-y-auto overscroll-contain rounded ${FOCUS_RING}`}
    >
      <ul className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const tx = transactions[item.index];
          return tx ? (
            <ActivityRow
              key={item.key}
              tx={tx}
              now={now}
              index={item.index}
              count={transactions.length}
              style={{ height: ACTIVITY_ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            />
          ) : null;
        })}
      </ul>
    </div>
  );
}
