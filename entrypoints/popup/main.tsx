import '@/components/tailwind.css';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '@/components/AppProviders';
import { PopupApp } from '@/components/popup/PopupApp';
import { createTexts, TextsProvider } from '@/components/ui/i18n';
import { createTranslator } from '@/lib/i18n';
import { PANEL_CATALOG } from '@/lib/i18n/panel-catalog';
import { prefetchPanelData } from '@/lib/query/panel-query';
import { createQueryClient } from '@/lib/query/query-client';

const client = createQueryClient();
prefetchPanelData(client);
createRoot(document.getElementById('root')!).render(
  <AppProviders client={client}>
    <TextsProvider texts={createTexts(createTranslator(PANEL_CATALOG))}>
      <PopupApp />
    </TextsProvider>
  </AppProviders>,
);
