import { BROWSER_ACTIONS, fireCommand, useUserLooking, type PageActions } from '@/lib/query/page-actions';
import { useCreditsPanel } from '@/lib/query/panel-query';
import { useStored } from '@/lib/query/stored-query';
import { alertStateItem } from '@/lib/storage/items';
import { CreditsPanel } from '@/components/panel/CreditsPanel';
import { tabFromHash, type PanelTab } from '@/components/panel/panel-props';
import { toolFromHash } from '@/lib/links';
import { useAppliedTheme } from '@/components/ui/use-applied-theme';
import { useDocumentLang } from '@/components/ui/use-document-lang';
import { PopupFooter } from './PopupFooter';

export interface PopupAppProps {
  actions?: PageActions;
  clock?: () => number;
  /** The tab to open on; defaults to the URL hash (`popup.html#lots`), else Lots. */
  initialTab?: PanelTab;
}

/**
 * The popup: paints the stored snapshot at once, tells the background the user is
 * looking (which refreshes behind it), and follows the theme setting.
 */
export function PopupApp({ actions = BROWSER_ACTIONS, clock = Date.now, initialTab }: PopupAppProps) {
  const panel = useCreditsPanel(actions, clock);
  const alertState = useStored(alertStateItem).data;
  useUserLooking(actions);
  useAppliedTheme(panel.settings.theme);
  useDocumentLang();
  const connected = panel.status.kind !== 'disconnected';
  const hash = globalThis.location?.hash ?? '';
  const tab = initialTab ?? tabFromHash(hash) ?? undefined;
  return (
    <main
      className={`flex w-[380px] flex-col bg-white text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100 ${
        panel.status.kind === 'ready' ? 'h-[580px]' : ''
      }`}
    >
      <div className="min-h-0 flex-1">
        <CreditsPanel {...panel} initialTab={tab} initialTool={toolFromHash(hash)} />
      </div>
      <PopupFooter
        pause={
          connected
            ? {
                pausedUntil: alertState?.pausedUntil ?? null,
                now: panel.now,
                onPause: (hours) => fireCommand(actions, { type: 'pauseAlerts', hours }),
              }
            : null
        }
        onOpenSettings={panel.onOpenSettings}
        onHelp={() => fireCommand(actions, { type: 'openPage', page: 'help' })}
      />
    </main>
  );
}
