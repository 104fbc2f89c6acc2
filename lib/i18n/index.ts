export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The messages one surface shows, in every locale. Each page and the background bundle
 * only their own (see the `*-catalog.ts` modules), so none carries another's strings.
 */
export type Catalog<K extends string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;

type Vars = Record<string, string | number>;
/** The base of a counted message: `credits` for `credits.one` / `credits.other`. */
export type PluralKey<K extends string> = K extends `${infer B}.other` ? B : never;

/** Messages bound to the browser's locale, over one catalogue's keys. */
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

/** The first supported locale among the user's preferred languages, else English. */
export function resolveLocale(languages: readonly string[] = globalThis.navigator?.languages ?? []): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0] as Locale;
    if (LOCALES.includes(base)) return base;
  }
  return 'en';
}

/** The BCP 47 tag used for number and date formatting: the browser's own when it matches. */
export function formatLocale(languages: readonly string[] = globalThis.navigator?.languages ?? []): string {
  const locale = resolveLocale(languages);
  return languages.find((tag) => tag.toLowerCase().startsWith(locale)) ?? locale;
}

/** A translator over `catalog` in the locale of `languages` (the browser's by default). */
export function createTranslator<K extends string>(catalog: Catalog<K>, languages?: readonly string[]): Translator<K> {
  const locale = resolveLocale(languages);
  const tag = formatLocale(languages);
  const plural = new Intl.PluralRules(tag);
  const number = new Intl.NumberFormat(tag);
  const t = (key: K, vars: Vars = {}) => {
    const template: string = catalog[locale][key] ?? catalog.en[key];
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
  };
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
