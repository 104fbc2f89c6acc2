/**
 * The browser's own message files, `_locales/<locale>/messages.json`, written at build
 * time from each locale's folder. They hold the manifest's name and description and the
 * background's strings, which the service worker reads with `i18n.getMessage` (it cannot
 * import a chunk, so this is how it holds only the active language's strings).
 */

/** The message naming the locale of the file the browser picked. */
export const LOCALE_MESSAGE = 'extLocale';

/** A key's name in `messages.json`, where browsers allow only ASCII letters, digits and `_`. */
export const messageName = (key: string): string => key.replaceAll('.', '_');

type BrowserMessages = Record<string, { message: string }>;

/**
 * The `messages.json` of one locale. `$` is escaped (browsers read it as a placeholder).
 * Throws when two keys would share a name, which browsers compare ignoring case.
 */
export function browserMessages(locale: string, strings: Readonly<Record<string, string>>): BrowserMessages {
  const out: BrowserMessages = { [LOCALE_MESSAGE]: { message: locale } };
  const seen = new Set([LOCALE_MESSAGE.toLowerCase()]);
  for (const [key, text] of Object.entries(strings)) {
    const name = messageName(key);
    if (seen.has(name.toLowerCase())) throw new Error(`Message name ${name} (from ${key}) is taken`);
    seen.add(name.toLowerCase());
    out[name] = { message: text.replaceAll('$', '$$$$') };
  }
  return out;
}
