import type { Translator } from '.';
import type { background } from './en/background';
import type { common } from './en/common';
import type { options } from './en/options';
import type { popup } from './en/popup';
import type { widget } from './en/widget';

/**
 * The keys each surface shows: whole string modules, so no surface misses part of one.
 * Pages load theirs in `panel-messages.ts` and `options-messages.ts`; the background's
 * go to the browser's `_locales` (`build-locales.ts`).
 */
type Keys<T> = Extract<keyof T, string>;
export type PanelKey = Keys<typeof common> | Keys<typeof popup> | Keys<typeof widget>;
export type OptionsKey = Keys<typeof common> | Keys<typeof options>;
export type BackgroundKey = Keys<typeof common> | Keys<typeof background>;
export type BackgroundTranslator = Translator<BackgroundKey>;

/** The string modules of the background, written to `_locales` with the manifest's. */
export const BACKGROUND_MODULES = ['common', 'background'] as const;
