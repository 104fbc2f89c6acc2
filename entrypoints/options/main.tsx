import '@/components/tailwind.css';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '@/components/AppProviders';
import { OptionsApp } from '@/components/options/OptionsApp';
import { OptionsTextsProvider } from '@/components/options/texts';
import { createTexts } from '@/components/ui/i18n';
import { loadOptionsTranslator } from '@/lib/i18n/options-messages';
import { createQueryClient } from '@/lib/query/query-client';

void loadOptionsTranslator().then((i18n) =>
  createRoot(document.getElementById('root')!).render(
    <AppProviders client={createQueryClient()}>
      <OptionsTextsProvider texts={createTexts(i18n)}>
        <OptionsApp />
      </OptionsTextsProvider>
    </AppProviders>,
  ),
);
