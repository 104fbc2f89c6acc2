import { Button } from '@/components/ui/Button';
import { useTexts } from '@/components/ui/i18n';
import type { PauseHours } from '@/lib/alerts/kinds';
import { PauseAlerts } from './PauseAlerts';

export interface PopupFooterProps {
  /** Null while disconnected: nothing to pause, and the panel itself leads to the settings. */
  pause: { pausedUntil: number | null; now: number; onPause: (hours: PauseHours) => void } | null;
  onOpenSettings: () => void;
  onHelp: () => void;
}

/** Settings, Help, and the global alert pause. */
export function PopupFooter({ pause, onOpenSettings, onHelp }: PopupFooterProps) {
  const { t } = useTexts();
  return (
    <footer className="flex shrink-0 items-center justify-between gap-2 border-t border-zinc-200 px-4 py-2 dark:border-zinc-700">
      {pause ? <PauseAlerts {...pause} /> : <span />}
      <nav aria-label={t('popup.footer.label')} className="flex gap-3 text-xs">
        {pause && (
          <Button variant="link" className="text-xs" onClick={onOpenSettings}>
            {t('action.openSettings')}
          </Button>
        )}
        <Button variant="link" className="text-xs" onClick={onHelp}>
          {t('action.help')}
        </Button>
      </nav>
    </footer>
  );
}
