import { LOCALES } from '.';
import { browserMessages } from './browser-messages';
import { BACKGROUND_MODULES } from './surfaces';

type Module = Record<string, Readonly<Record<string, string>>>;

/**
 * `_locales/<locale>/messages.json` for every registered locale, built from its folder:
 * `manifest.ts` (the extension's name and description) and the background's string
 * modules. Run by the build (see `wxt.config.ts`); throws when a module is missing.
 */
export async function localeFiles(): Promise<Array<{ relativeDest: string; contents: string }>> {
  return Promise.all(
    LOCALES.map(async (locale) => {
      const names = ['manifest', ...BACKGROUND_MODULES];
      const modules = await Promise.all(names.map(async (name) => ((await import(`./${locale}/${name}.ts`)) as Module)[name]));
      const strings = Object.assign({}, ...modules) as Record<string, string>;
      return { relativeDest: `_locales/${locale}/messages.json`, contents: `${JSON.stringify(browserMessages(locale, strings), null, 2)}\n` };
    }),
  );
}
