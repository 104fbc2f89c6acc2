import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n';
import { createBackgroundTranslator } from '@/lib/i18n/background-translator';
import { browserMessages, messageName } from '@/lib/i18n/browser-messages';
import { localeFiles } from '@/lib/i18n/build-locales';
import { BACKGROUND_CATALOG } from './catalogs';

const files = await localeFiles();
const messagesOf = (locale: string) =>
  JSON.parse(files.find((file) => file.relativeDest === `_locales/${locale}/messages.json`)?.contents ?? '{}') as Record<string, { message: string }>;
/** `i18n.getMessage` over one built `messages.json`, with the browser's `$$` unescaping. */
const getMessageIn = (locale: string) => (name: string) => messagesOf(locale)[name]?.message.replaceAll('$$', '$') ?? '';

describe('the browser message files', () => {
  it('are written for every registered locale, with the manifest strings', () => {
    expect(files.map((file) => file.relativeDest).sort()).toEqual(LOCALES.map((l) => `_locales/${l}/messages.json`).sort());
    for (const locale of LOCALES) {
      expect(messagesOf(locale).extName?.message).toBe('AgentPMT Credits');
      expect(messagesOf(locale).extDescription?.message.length).toBeGreaterThan(20);
    }
  });

  it('name messages as browsers allow: letters, digits and _', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(messagesOf(locale)).filter((name) => !/^\w+$/.test(name))).toEqual([]);
    }
  });

  it('escape $ and refuse two keys that share a name', () => {
    expect(browserMessages('en', { 'a.b': 'US$5' })['a_b']).toEqual({ message: 'US$$5' });
    expect(() => browserMessages('en', { 'a.b': 'x', 'A_b': 'y' })).toThrow(/taken/);
    expect(messageName('bg.reason.rate_limited')).toBe('bg_reason_rate_limited');
  });
});

describe('createBackgroundTranslator', () => {
  it.each(LOCALES)('reads every background message in %s, as the browser picks it', (locale) => {
    const i18n = createBackgroundTranslator(getMessageIn(locale), ['en-US']);
    const expected = BACKGROUND_CATALOG[locale] ?? {};

    expect(i18n.locale).toBe(locale);
    expect(Object.fromEntries(Object.keys(expected).map((key) => [key, i18n.t(key as keyof typeof expected)]))).toEqual(expected);
  });

  it('fills placeholders and formats counts in the user tag of that language', () => {
    const i18n = createBackgroundTranslator(getMessageIn('de'), ['en-US', 'de-AT']);

    expect(i18n.tag).toBe('de-AT');
    expect(i18n.tn('credits', 1200)).toBe('1\u00a0200 Credits');
    expect(i18n.t('bg.title.updated', { time: '10:00' })).toBe('Aktualisiert 10:00');
  });

  it('falls back to English when the browser names no known locale', () => {
    expect(createBackgroundTranslator(() => '', []).locale).toBe('en');
  });
});
