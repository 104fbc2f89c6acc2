import { useId } from 'react';
import { Button } from '@/components/ui/Button';
import { useTexts } from '@/components/ui/i18n';

/** No token yet: what the extension needs and the way to the settings. */
export function NotConnected({ onOpenSettings, compact = false }: { onOpenSettings: () => void; compact?: boolean }) {
  const { t } = useTexts();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className={compact ? 'space-y-2 p-3' : 'space-y-3 p-5'}>
      <h1 id={titleId} className="text-lg font-semibold">
        {t('popup.disconnected.title')}
      </h1>
      <p className="text-sm text-zinc-700 dark:text-zinc-200">{t('popup.disconnected.body')}</p>
      <Button variant="primary" onClick={onOpenSettings}>
        {t('action.openSettings')}
      </Button>
    </section>
  );
}
