import '@/components/tailwind.css';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '@/components/AppProviders';
import { createTexts, TextsProvider } from '@/components/ui/i18n';
import { WidgetApp } from '@/components/widget/WidgetApp';
import { loadPanelTranslator } from '@/lib/i18n/panel-messages';
import { createQueryClient } from '@/lib/query/query-client';

void loadPanelTranslator().then((i18n) =>
  createRoot(document.getElementById('root')!).render(
    <AppProviders client={createQueryClient()}>
      <TextsProvider texts={createTexts(i18n)}>
        <WidgetApp />
      </TextsProvider>
    </AppProviders>,
  ),
);
