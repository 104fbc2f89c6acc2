import { createTextsContext, type Texts } from '@/components/ui/i18n';
import type { OptionsKey } from '@/lib/i18n/surfaces';

/** The options page's texts: its own catalogue, apart from the panel's. */
export type OptionsTexts = Texts<OptionsKey>;
export const { TextsProvider: OptionsTextsProvider, useTexts } = createTextsContext<OptionsKey>();
