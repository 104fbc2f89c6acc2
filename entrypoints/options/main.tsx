import '@/components/tailwind.css';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '@/components/AppProviders';
import { OptionsApp } from '@/components/options/OptionsApp';
import { OptionsTextsProvider } from '@/components/options/texts';
import { createTexts } from '@/components/ui/i18n';
import { createTranslator } from '@/lib/i18n';
import { OPTIONS_CATALOG } from '@/lib/i18n/options-catalog';
import { createQueryClient } from '@/lib/query/query-client';

createRoot(document.getElementById('root')!).render(
  <AppProviders client={createQueryClient()}>
    <OptionsTextsProvider texts={createTexts(createTranslator(OPTIONS_CATALOG))}>
      <OptionsApp />
    </OptionsTextsProvider>
  </AppProviders>,
);
