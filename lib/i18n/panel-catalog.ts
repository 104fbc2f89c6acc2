import type { Catalog } from '.';
import { common as deCommon } from './de/common';
import { popup as dePopup } from './de/popup';
import { widget as deWidget } from './de/widget';
import { common } from './en/common';
import { popup } from './en/popup';
import { widget } from './en/widget';

const en = { ...common, ...popup, ...widget };
export type PanelKey = keyof typeof en;

/**
 * The messages of the credits panel and the pages that show it: the popup and the navbar
 * widget. The widget's few strings ride along in the popup rather than splitting the panel.
 */
export const PANEL_CATALOG: Catalog<PanelKey> = { en, de: { ...deCommon, ...dePopup, ...deWidget } };
