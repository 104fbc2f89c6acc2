import type { Catalog } from '.';
import { common as deCommon } from './de/common';
import { options as deOptions } from './de/options';
import { common } from './en/common';
import { options } from './en/options';

const en = { ...common, ...options };
export type OptionsKey = keyof typeof en;

/** The options page's messages: it shows none of the panel. */
export const OPTIONS_CATALOG: Catalog<OptionsKey> = { en, de: { ...deCommon, ...deOptions } };
