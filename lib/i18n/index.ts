/**
 * The languages the extension speaks: the registry. A language is its folder of strings
 * (`lib/i18n/<locale>/`, one module per surface plus `manifest.ts`) and one line here.
 */
export const LOCALES = [
  'en',
  'de',
] as const;
export type Locale = (typeof LOCALES)[number];

/** One locale's messages. */
export type Messages<K extends string> = Readonly<Record<K, string>>;
/**
 * Messages by locale. A page holds only the active locale (see `load-messages.ts`); tests
 * hold them all.
 */
export type Catalog<K extends string> = Readonly<Partial<Record<Locale, Messages<K>>>>;

type Vars = Record<string, string | number>;
/** The base of a counted message: `credits` for `credits.one` / `credits.other`. */
export type PluralKey<K extends string> = K extends `${infer B}.other` ? B : never;

/** Messages bound to one locale, over one surface's keys. */
export interface Translator<K extends string> {
  locale: Locale;
  /** The BCP 47 tag for number and date formatting. */
  tag: string;
  /**
   * A message with `{name}` placeholders filled. Values are inserted as text: callers
   * render the result as text, never as HTML.
   */
  t: (key: K, vars?: Vars) => string;
  /** A counted message (`key.one` / `key.other`) with `{count}` formatted for the locale. */
  tn: (key: PluralKey<K>, count: number) => string;
}

const browserLanguages = (): readonly string[] => globalThis.navigator?.languages ?? [];

/** The first supported locale among the user's preferred languages, else English. */
export function resolveLocale(languages: readonly string[] = browserLanguages()): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0] as Locale;
    if (LOCALES.includes(base)) return base;
  }
  return 'en';
}

/** The BCP 47 tag used for formatting in `locale`: the browser's own when it matches. */
export function formatLocale(languages: readonly string[] = browserLanguages(), locale: Locale = resolveLocale(languages)): string {
  return languages.find((tag) => tag.toLowerCase().startsWith(locale)) ?? locale;
}

/**
 * A translator over a message lookup (a catalogue, or the browser's `i18n.getMessage`).
 * Unknown placeholders are left as written.
 */
export function translatorOver<K extends string>(lookup: (key: K) => string, locale: Locale, tag: string): Translator<K> {
  const plural = new Intl.PluralRules(tag);
  const number = new Intl.NumberFormat(tag);
  const t = (key: K, vars: Vars = {}) =>
    lookup(key).replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
  return {
    locale,
    tag,
    t,
    tn: (key, count) => {
      const form = plural.select(count) === 'one' ? 'one' : 'other';
      return t(`${key}.${form}` as K, { count: number.format(count) });
    },
  };
}

/**
 * A translator over `catalog` in the locale of `languages` (the browser's by default).
 * Throws when the catalogue lacks that locale (a page loads only the one it resolved).
 */
export function createTranslator<K extends string>(catalog: Catalog<K>, languages?: readonly string[]): Translator<K> {
  const locale = resolveLocale(languages);
  const messages = catalog[locale];
  if (!messages) throw new Error(`No ${locale} messages loaded`);
  return translatorOver((key) => messages[key], locale, formatLocale(languages, locale));
}
