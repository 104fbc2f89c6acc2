import { describe, expect, it } from 'vitest';
import { LOCALES, type Catalog, type Locale, type Translator } from '@/lib/i18n';
import { loadOptionsTranslator } from '@/lib/i18n/options-messages';
import { loadPanelTranslator } from '@/lib/i18n/panel-messages';
import { BACKGROUND_CATALOG, OPTIONS_CATALOG, PANEL_CATALOG, STRING_FILES as FILES } from './catalogs';

// Every string module, found on disk rather than listed (see ./catalogs), so a new surface
// or locale is checked the moment it exists.

type Surfaces = Record<string, Record<string, string>>;
const byLocale: Record<string, Surfaces> = {};
for (const [path, module] of Object.entries(FILES)) {
  const [, locale, surface] = /\/lib\/i18n\/([^/]+)\/([^/]+)\.ts$/.exec(path) ?? [];
  if (!locale || !surface) continue;
  (byLocale[locale] ??= {})[surface] = module[surface] ?? {};
}

const english = byLocale.en ?? {};
const surfaces = Object.keys(english).sort();
const otherLocales = Object.keys(byLocale).filter((locale) => locale !== 'en');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const pairs = (locale: string) =>
  surfaces.flatMap((surface) => Object.entries(byLocale[locale]?.[surface] ?? {}).map(([key, text]) => ({ surface, key, text })));

/** What each entry point shows: whole surface files, so no page misses part of one. */
const catalogues: Record<string, Catalog<string>> = {
  background: BACKGROUND_CATALOG,
  panel: PANEL_CATALOG,
  options: OPTIONS_CATALOG,
};
const loaders: Record<string, (languages: string[]) => Promise<Pick<Translator<string>, 'locale'> & { t: (key: never) => string }>> = {
  panel: loadPanelTranslator,
  options: loadOptionsTranslator,
};
const surfacesOf = (catalogue: Catalog<string>) =>
  surfaces.filter((surface) => Object.keys(english[surface] ?? {}).some((key) => key in (catalogue.en ?? {})));

describe('the message catalogues', () => {
  it('hold the surfaces of docs/PRODUCT.md and the manifest strings, in English and German', () => {
    expect(surfaces).toEqual(['background', 'common', 'manifest', 'options', 'popup', 'widget']);
    expect(LOCALES).toEqual(expect.arrayContaining(['en', 'de']));
  });

  it('has one folder for each registered locale, and no other', () => {
    expect(Object.keys(byLocale).sort()).toEqual([...LOCALES].sort());
  });

  it.each(otherLocales)('%s has every surface file and every key of English, and no others', (locale) => {
    expect(Object.keys(byLocale[locale] ?? {}).sort()).toEqual(surfaces);
    for (const surface of surfaces) {
      const keys = Object.keys(byLocale[locale]?.[surface] ?? {}).sort();
      expect({ surface, keys }).toEqual({ surface, keys: Object.keys(english[surface] ?? {}).sort() });
    }
  });

  it.each(Object.keys(byLocale))('%s has no empty message', (locale) => {
    const empty = pairs(locale).filter(({ text }) => typeof text !== 'string' || text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(otherLocales)('%s uses the same {placeholders} as English in every message', (locale) => {
    const mismatched = pairs(locale).filter(
      ({ surface, key, text }) => placeholders(text).join() !== placeholders(english[surface]?.[key] ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('defines each key in one surface only, so no surface hides another', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { surface, key } of pairs('en')) {
      if (seen.has(key)) clashes.push(`${key} in ${seen.get(key)} and ${surface}`);
      seen.set(key, surface);
    }
    expect(clashes).toEqual([]);
  });

  it('has both plural forms of every counted message', () => {
    const english = new Map(pairs('en').map(({ key, text }) => [key, text]));
    const lonely = [...english].filter(([key, text]) => {
      if (key.endsWith('.one')) return !english.has(`${key.slice(0, -4)}.other`);
      return key.endsWith('.other') && text.includes('{count}') && !english.has(`${key.slice(0, -6)}.one`);
    });
    expect(lonely).toEqual([]);
  });

  it.each(Object.keys(byLocale))('builds each %s page catalogue from whole surfaces, and bundles every surface', (locale) => {
    for (const [name, catalogue] of Object.entries(catalogues)) {
      const merged = Object.assign({}, ...surfacesOf(catalogue).map((surface) => byLocale[locale]?.[surface]));
      expect({ name, messages: catalogue[locale as keyof Catalog<string>] }).toEqual({ name, messages: merged });
    }
    expect([...new Set([...Object.values(catalogues).flatMap(surfacesOf), 'manifest'])].sort()).toEqual(surfaces);
  });

  it.each(LOCALES.flatMap((locale) => Object.keys(loaders).map((page) => [page, locale] as const)))(
    'loads the %s page in %s with every message of its catalogue',
    async (page, locale: Locale) => {
      const i18n = await loaders[page]?.([locale]);
      const expected = catalogues[page]?.[locale] ?? {};

      expect(i18n?.locale).toBe(locale);
      expect(Object.fromEntries(Object.keys(expected).map((key) => [key, i18n?.t(key as never)]))).toEqual(expected);
    },
  );
});
