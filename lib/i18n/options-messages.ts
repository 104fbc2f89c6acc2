import type { Messages, Translator } from '.';
import { loadTranslator } from './load-messages';
import type { OptionsKey } from './surfaces';

/** The options page's translator, with the active locale's strings only. */
export const loadOptionsTranslator = (languages?: readonly string[]): Promise<Translator<OptionsKey>> =>
  loadTranslator(
    [import.meta.glob<Messages<string>>('./*/common.ts', { import: 'common' }), import.meta.glob<Messages<string>>('./*/options.ts', { import: 'options' })],
    languages,
  );
