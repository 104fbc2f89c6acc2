import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { OptionsTextsProvider } from '@/components/options/texts';
import { createTexts } from '@/components/ui/i18n';
import { createTranslator } from '@/lib/i18n';
import { OPTIONS_CATALOG } from '../../lib/i18n/catalogs';
import { createQueryClient } from '@/lib/query/query-client';

/** Renders with a fresh query client and the texts of `languages` (English by default). */
export function renderOptions(ui: ReactElement, languages: readonly string[] = ['en-US']) {
  const client = createQueryClient();
  const texts = createTexts(createTranslator(OPTIONS_CATALOG, languages));
  const result = render(
    <QueryClientProvider client={client}>
      <OptionsTextsProvider texts={texts}>{ui}</OptionsTextsProvider>
    </QueryClientProvider>,
  );
  return { ...result, client, texts };
}

export const EN = createTexts(createTranslator(OPTIONS_CATALOG, ['en-US']));
export const DE = createTexts(createTranslator(OPTIONS_CATALOG, ['de-DE']));
