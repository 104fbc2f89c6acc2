import { CATALOG, LOCALES, type Locale, type MessageKey } from './catalog';

export type { Locale, MessageKey };

type Vars = Record<string, string | number>;
type PluralBase<K> = K extends `${infer B}.other` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

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

/**
 * A message in the given locale with `{name}` placeholders filled. Values are inserted
 * as text: callers render the result as text, never as HTML.
 */
export function translate(locale: Locale, key: MessageKey, vars: Vars = {}): string {
  const template: string = CATALOG[locale][key] ?? CATALOG.en[key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** A counted message (`key.one` / `key.other`) with `{count}` formatted for the locale. */
export function translatePlural(locale: Locale, key: PluralKey, count: number, tag: string = locale): string {
  const form = new Intl.PluralRules(tag).select(count) === 'one' ? 'one' : 'other';
  const formatted = new Intl.NumberFormat(tag).format(count);
  return translate(locale, `${key}.${form}` as MessageKey, { count: formatted });
}

/** Translators bound to the browser's locale: what components and the background use. */
export function createTranslator(languages?: readonly string[]) {
  const locale = resolveLocale(languages);
  const tag = formatLocale(languages);
  return {
    locale,
    tag,
    t: (key: MessageKey, vars?: Vars) => translate(locale, key, vars),
    tn: (key: PluralKey, count: number) => translatePlural(locale, key, count, tag),
  };
}
export type Translator = ReturnType<typeof createTranslator>;
