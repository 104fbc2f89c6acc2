import { createContext, useContext, type ReactNode } from 'react';
import { formatDollars, formatNumber, formatRelative } from '@/lib/format';
import type { PluralKey, Translator } from '@/lib/i18n';
import type { PanelKey } from '@/lib/i18n/surfaces';

type Vars = Record<string, string | number>;

/**
 * The translator plus locale-bound formatting: everything a component needs to show text.
 * Over the panel's keys unless a page's components say otherwise.
 */
export interface Texts<K extends string = PanelKey> extends Translator<K> {
  /** A counted message (`key.one` / `key.other`) with `{count}` formatted and more values. */
  tp: (key: PluralKey<K>, count: number, vars?: Vars) => string;
  num: (value: number) => string;
  /** `+2,500`, `-12`, `0`: a signed whole number. */
  signed: (value: number) => string;
  /** A rate such as credits per day: one decimal below 10, whole above. */
  rate: (value: number) => string;
  usd: (credits: number) => string;
  date: (at: number) => string;
  dateTime: (at: number) => string;
  relative: (at: number, now: number) => string;
  /** `in 6 days`, `tomorrow`, `today`: a whole-day distance in words. */
  inDays: (days: number) => string;
}

/** Binds formatting to a translator's locale. */
export function createTexts<K extends string>(translator: Translator<K>): Texts<K> {
  const { tag, locale } = translator;
  const plural = new Intl.PluralRules(tag);
  const days = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  const signed = new Intl.NumberFormat(tag, { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
  // Built once: an Intl constructor costs far more than a format call, and a list formats
  // a date per row. Same options as lib/format's formatDate and formatDateTime.
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    ...translator,
    tp: (key, count, vars = {}) => {
      const form = plural.select(count) === 'one' ? 'one' : 'other';
      return translator.t(`${key}.${form}` as K, { ...vars, count: formatNumber(count, tag) });
    },
    num: (value) => formatNumber(value, tag),
    signed: (value) => signed.format(value),
    rate: (value) => new Intl.NumberFormat(tag, { maximumFractionDigits: Math.abs(value) < 10 ? 1 : 0 }).format(value),
    usd: (credits) => formatDollars(credits, tag),
    date: (at) => date.format(at),
    dateTime: (at) => dateTime.format(at),
    relative: (at, now) => formatRelative(at, now, tag),
    inDays: (n) => days.format(n, 'day'),
    locale,
  };
}

/**
 * A context for components that show one surface's keys: each page provides its own
 * (`createTexts(await loadPanelTranslator())`), and a component asking for a key outside
 * it fails typecheck. There is no default, which would bundle every page's strings into each.
 */
export function createTextsContext<K extends string>() {
  const TextsContext = createContext<Texts<K> | null>(null);

  function TextsProvider({ texts, children }: { texts: Texts<K>; children: ReactNode }) {
    return <TextsContext.Provider value={texts}>{children}</TextsContext.Provider>;
  }

  function useTexts(): Texts<K> {
    const texts = useContext(TextsContext);
    if (!texts) throw new Error('useTexts needs a TextsProvider with the page catalogue');
    return texts;
  }

  return { TextsProvider, useTexts };
}

/** The texts of the credits panel, the popup and the navbar widget. */
export const { TextsProvider, useTexts } = createTextsContext<PanelKey>();
