import type { Catalog, Translator } from '.';
import { background as deBackground } from './de/background';
import { common as deCommon } from './de/common';
import { background } from './en/background';
import { common } from './en/common';

const en = { ...common, ...background };
export type BackgroundKey = keyof typeof en;

/** The service worker's messages: notifications and the toolbar tooltip. */
export const BACKGROUND_CATALOG: Catalog<BackgroundKey> = { en, de: { ...deCommon, ...deBackground } };
export type BackgroundTranslator = Translator<BackgroundKey>;
