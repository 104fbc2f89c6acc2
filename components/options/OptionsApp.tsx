import { useEffect } from 'react';
import { BROWSER_ACTIONS, type PageActions } from '@/lib/query/commands';
import { useSaveSettings } from '@/lib/query/settings-query';
import { useStored } from '@/lib/query/stored-query';
import { connectionItem } from '@/lib/storage/items';
import { settingsItem } from '@/lib/storage/settings';
import { useAppliedTheme } from '@/components/ui/use-applied-theme';
import { AlertSettings } from './AlertSettings';
import { ConnectionSection } from './ConnectionSection';
import { GeneralSettings } from './GeneralSettings';
import { PrivacySummary } from './PrivacySummary';
import { Welcome } from './Welcome';
import { MUTED_CLASS } from './field-styles';
import { useTexts } from './texts';

/**
 * The options page: onboarding while no token is connected, the connect flow, every
 * setting (each saved on its own, validated, with a visible confirmation) and the
 * privacy summary. Reads storage; acts only through commands to the background.
 */
export function OptionsApp({ actions = BROWSER_ACTIONS }: { actions?: PageActions }) {
  const texts = useTexts();
  const { t } = texts;
  const settings = useStored(settingsItem);
  const save = useSaveSettings();
  const connection = useStored(connectionItem);
  const theme = settings.data?.theme ?? 'system';

  useEffect(() => {
    document.documentElement.lang = texts.tag;
    document.title = `${t('options.title')} · ${t('app.name')}`;
  }, [texts, t]);
  useAppliedTheme(theme);

  // `text-base`: Chromium gives extension pages `body { font-size: 75% }`.
  return (
    <div className="min-h-screen bg-zinc-50 text-base text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
      <main className="mx-auto max-w-2xl space-y-6 px-4 py-8">
        <header className="flex items-center gap-3">
          <img src="/icon/48.png" alt="" width={40} height={40} />
          <div>
            <p className={`text-sm font-semibold ${MUTED_CLASS}`}>{t('app.name')}</p>
            <h1 className="text-2xl font-bold">{t('options.title')}</h1>
          </div>
        </header>
        {settings.data === undefined || connection.data === undefined ? (
          <p role="status" className={MUTED_CLASS}>
            {t('options.loading')}
          </p>
        ) : (
          <>
            {!connection.data.connected && <Welcome />}
            <ConnectionSection connection={connection.data} actions={actions} />
            <AlertSettings settings={settings.data} save={(patch) => save.mutateAsync(patch)} />
            <GeneralSettings settings={settings.data} save={(patch) => save.mutateAsync(patch)} />
            <PrivacySummary />
          </>
        )}
      </main>
    </div>
  );
}
