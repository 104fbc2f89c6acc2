import { createTranslator, resolveLocale, type Messages, type Translator } from '.';

/** One string module in every locale: a glob over `./<locale>/<module>.ts`. */
export type ModuleLoaders = Record<string, () => Promise<Messages<string>>>;

/**
 * A page's translator in the locale of `languages` (the browser's by default), after
 * importing that locale's part of each module and no other locale's: each is its own
 * chunk (`strings-<locale>-<module>`). Rejects when a module is missing or fails to load.
 */
export async function loadTranslator<K extends string>(modules: readonly ModuleLoaders[], languages?: readonly string[]): Promise<Translator<K>> {
  const locale = resolveLocale(languages);
  const parts = await Promise.all(
    modules.map((loaders) => {
      const load = Object.entries(loaders).find(([path]) => path.startsWith(`./${locale}/`))?.[1];
      if (!load) throw new Error(`Missing ${locale} strings in ${Object.keys(loaders).join(', ')}`);
      return load();
    }),
  );
  return createTranslator<K>({ [locale]: Object.assign({}, ...parts) as Messages<K> }, languages);
}
