import '@/components/tailwind.css';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '@/components/AppProviders';
import { PopupApp } from '@/components/popup/PopupApp';
import { createTexts, TextsProvider } from '@/components/ui/i18n';
import { loadPanelTranslator } from '@/lib/i18n/panel-messages';
import { prefetchPanelData } from '@/lib/query/panel-query';
import { createQueryClient } from '@/lib/query/query-client';

// Storage reads and the active locale's strings load side by side; the first render has both.
const client = createQueryClient();
prefetchPanelData(client);
void loadPanelTranslator().then((i18n) =>
  createRoot(document.getElementById('root')!).render(
    <AppProviders client={client}>
      <TextsProvider texts={createTexts(i18n)}>
        <PopupApp />
      </TextsProvider>
    </AppProviders>,
  ),
);
