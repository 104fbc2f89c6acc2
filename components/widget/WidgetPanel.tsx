import type { Ref } from 'react';
import type { CreditsPanelData } from '@/lib/query/panel-query';
import { CreditsPanel } from '@/components/panel/CreditsPanel';
import { Button } from '@/components/ui/Button';
import { useTexts } from '@/components/ui/i18n';

export interface WidgetPanelProps {
  id: string;
  panel: CreditsPanelData;
  onOpenFullView: () => void;
  onClose: () => void;
  ref?: Ref<HTMLElement>;
}

/**
 * The dropdown under the pill: the popup's credits panel in its compact layout (balance,
 * Buy credits, lots, activity, insights, and a designed view for every state), with a way
 * to the full view. A non-modal dialog: focus moves into it when it opens.
 */
export function WidgetPanel({ id, panel, onOpenFullView, onClose, ref }: WidgetPanelProps) {
  const { t } = useTexts();
  return (
    <section
      id={id}
      ref={ref}
      role="dialog"
      aria-label={t('app.name')}
      tabIndex={-1}
      className="mt-2 flex w-[360px] flex-col overflow-hidden rounded-xl border border-zinc-200 bg-white text-zinc-900 shadow-lg outline-none [color-scheme:light] dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:[color-scheme:dark]"
    >
      <div className={`min-h-0 ${panel.status.kind === 'ready' ? 'h-[420px]' : ''}`}>
        <CreditsPanel {...panel} compact />
      </div>
      <footer className="flex shrink-0 items-center justify-between gap-2 border-t border-zinc-200 px-3 py-2 dark:border-zinc-700">
        <Button variant="link" className="text-xs" onClick={onOpenFullView}>
          {t('widget.panel.openFull')}
        </Button>
        <Button variant="link" className="text-xs" onClick={onClose}>
          {t('widget.panel.close')}
        </Button>
      </footer>
    </section>
  );
}
