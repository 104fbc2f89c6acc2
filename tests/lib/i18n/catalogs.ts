import { LOCALES, type Catalog } from '@/lib/i18n';
import { BACKGROUND_MODULES, type BackgroundKey, type OptionsKey, type PanelKey } from '@/lib/i18n/surfaces';

/**
 * Every locale's string modules, loaded at once for tests (pages load one locale, the
 * background reads `_locales`): `lib/i18n/<locale>/<module>.ts`, each exporting one object
 * of strings named after the module.
 */
export const STRING_FILES = import.meta.glob<Record<string, Record<string, string>>>('/lib/i18n/*/*.ts', { eager: true });

function catalog<K extends string>(modules: readonly string[]): Catalog<K> {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, Object.assign({}, ...modules.map((name) => STRING_FILES[`/lib/i18n/${locale}/${name}.ts`]?.[name]))]),
  ) as Catalog<K>;
}

export const PANEL_CATALOG = catalog<PanelKey>(['common', 'popup', 'widget']);
export const OPTIONS_CATALOG = catalog<OptionsKey>(['common', 'options']);
export const BACKGROUND_CATALOG = catalog<BackgroundKey>(BACKGROUND_MODULES);
