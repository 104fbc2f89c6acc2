import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FrameSize } from '@/lib/content/frame-protocol';
import { fireCommand } from '@/lib/query/page-actions';
import { useCreditsPanel } from '@/lib/query/panel-query';
import { useDocumentLang } from '@/components/ui/use-document-lang';
import { CreditsPill } from './CreditsPill';
import { postFrameSize } from './frame-host';
import { pillView } from './pill-view';
import { useDismiss } from './use-dismiss';
import { useFrameSize } from './use-frame-size';
import { useWidgetTheme } from './use-widget-theme';
import { BROWSER_WIDGET_ACTIONS, type WidgetActions } from './widget-actions';
import { WidgetPanel } from './WidgetPanel';

export interface WidgetAppProps {
  actions?: WidgetActions;
  clock?: () => number;
  /** Where size changes go: the content script that placed the frame. */
  postSize?: (size: FrameSize) => void;
}

/**
 * The widget page inside the navbar frame: the pill, and on click the dropdown panel. It
 * reads the same stored snapshot as the popup; opening the panel tells the background the
 * user is looking. Its size follows its content, for the content script to fit the frame.
 */
export function WidgetApp({ actions = BROWSER_WIDGET_ACTIONS, clock = Date.now, postSize = postFrameSize }: WidgetAppProps) {
  const panel = useCreditsPanel(actions, clock);
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const pillRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const inside = useMemo(() => [pillRef, panelRef], []);
  const panelId = useId();
  useWidgetTheme(panel.settings.theme);
  useDocumentLang();
  const view = pillView(panel.status, panel.settings, panel.now);
  useFrameSize(rootRef, view.kind !== 'reading', open, postSize);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) pillRef.current?.focus();
  }, []);
  useDismiss(open, close, inside);
  useLayoutEffect(() => {
    // No scroll: the frame is still the pill's size until the content script grows it.
    if (open) panelRef.current?.focus({ preventScroll: true });
  }, [open]);

  const toggle = () => {
    if (open) return close(false);
    setOpen(true);
    fireCommand(actions, { type: 'userLooking' });
  };

  return (
    <div ref={rootRef} className={`absolute top-0 right-0 flex w-max flex-col items-end p-1 ${open ? 'pb-5 pl-4' : ''}`}>
      <CreditsPill
        ref={pillRef}
        view={view}
        open={open}
        controls={panelId}
        onToggle={toggle}
      />
      {open && (
        <WidgetPanel
          id={panelId}
          ref={panelRef}
          panel={panel}
          onOpenFullView={() => void actions.openFullView().catch(() => undefined)}
          onClose={() => close(true)}
        />
      )}
    </div>
  );
}
