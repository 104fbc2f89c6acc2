import { browser } from '#imports';
import { formatLocale, LOCALES, translatorOver, type Locale } from '.';
import { LOCALE_MESSAGE, messageName } from './browser-messages';
import type { BackgroundTranslator } from './surfaces';

type GetMessage = (name: string) => string;

// WXT types message names from a hand-written public/_locales; ours are written by the build.
const getBrowserMessage: GetMessage = (name) => (browser.i18n.getMessage as GetMessage)(name);

/**
 * The service worker's translator, over `_locales` through `i18n.getMessage`: the browser
 * loads only the file of its UI language (falling back to English), as it does for the
 * extension's name, so the background bundles no strings. Numbers and dates use the
 * user's own tag for that language when `languages` has one.
 */
export function createBackgroundTranslator(
  getMessage: GetMessage = getBrowserMessage,
  languages?: readonly string[],
): BackgroundTranslator {
  const picked = getMessage(LOCALE_MESSAGE);
  const locale: Locale = (LOCALES as readonly string[]).includes(picked) ? (picked as Locale) : 'en';
  return translatorOver((key) => getMessage(messageName(key)), locale, formatLocale(languages, locale));
}
