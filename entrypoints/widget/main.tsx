import '@/components/tailwind.css';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '@/components/AppProviders';
import { createTexts, TextsProvider } from '@/components/ui/i18n';
import { WidgetApp } from '@/components/widget/WidgetApp';
import { createTranslator } from '@/lib/i18n';
import { PANEL_CATALOG } from '@/lib/i18n/panel-catalog';
import { createQueryClient } from '@/lib/query/query-client';

createRoot(document.getElementById('root')!).render(
  <AppProviders client={createQueryClient()}>
    <TextsProvider texts={createTexts(createTranslator(PANEL_CATALOG))}>
      <WidgetApp />
    </TextsProvider>
  </AppProviders>,
);
