import type { Messages, Translator } from '.';
import { loadTranslator } from './load-messages';
import type { PanelKey } from './surfaces';

/**
 * The translator of the credits panel (popup and navbar widget), with the active locale's
 * strings only. A new locale folder is picked up by the globs by itself.
 */
export const loadPanelTranslator = (languages?: readonly string[]): Promise<Translator<PanelKey>> =>
  loadTranslator(
    [
      import.meta.glob<Messages<string>>('./*/common.ts', { import: 'common' }),
      import.meta.glob<Messages<string>>('./*/popup.ts', { import: 'popup' }),
      import.meta.glob<Messages<string>>('./*/widget.ts', { import: 'widget' }),
    ],
    languages,
  );
