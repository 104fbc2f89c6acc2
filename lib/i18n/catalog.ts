import { background as deBackground } from './de/background';
import { common as deCommon } from './de/common';
import { options as deOptions } from './de/options';
import { popup as dePopup } from './de/popup';
import { widget as deWidget } from './de/widget';
import { background as enBackground } from './en/background';
import { common as enCommon } from './en/common';
import { options as enOptions } from './en/options';
import { popup as enPopup } from './en/popup';
import { widget as enWidget } from './en/widget';

/**
 * The message catalogues. Each surface keeps its strings in `en/<surface>.ts` with a
 * German twin in `de/<surface>.ts` typed against it, so a missing key fails typecheck
 * (and the catalogue test).
 */
export const CATALOG = {
  en: { ...enCommon, ...enPopup, ...enOptions, ...enBackground, ...enWidget },
  de: { ...deCommon, ...dePopup, ...deOptions, ...deBackground, ...deWidget },
} as const;

export type Locale = keyof typeof CATALOG;
export type MessageKey = keyof (typeof CATALOG)['en'];
export const LOCALES = Object.keys(CATALOG) as Locale[];
