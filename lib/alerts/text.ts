import { formatDate, formatDollars, formatNumber, formatRelative } from '@/lib/format';
import type { BackgroundTranslator } from '@/lib/i18n/surfaces';
import type { AlertEvent } from './types';

export interface AlertText {
  title: string;
  message: string;
}

/** Longest notification text; Chrome and Firefox cut longer ones anyway. */
const MAX_TITLE = 80;
const MAX_MESSAGE = 240;

/**
 * The title and message of one notification, built only from our own strings and the
 * event's validated numbers: never from server text, never holding the token (NTF-5).
 * Pure apart from Intl; `now` is for relative times.
 */
export function alertText(event: AlertEvent, i18n: BackgroundTranslator, now: number): AlertText {
  const { t, tn, tag } = i18n;
  const credits = (n: number) => tn('credits', n);
  const text = (title: string, message: string): AlertText => ({
    title: title.slice(0, MAX_TITLE),
    message: message.slice(0, MAX_MESSAGE),
  });
  switch (event.kind) {
    case 'lowBalance':
      return text(
        t('bg.notify.lowBalance.title'),
        t('bg.notify.lowBalance.message', {
          credits: credits(event.balance),
          dollars: formatDollars(event.balance, tag),
          threshold: formatNumber(event.threshold, tag),
        }),
      );
    case 'empty':
      return text(t('bg.notify.empty.title'), t('bg.notify.empty.message'));
    case 'lowRunway': {
      const days = Math.floor(event.runwayDays);
      const vars = { credits: credits(event.balance), days: tn('days', days) };
      const key = days < 1 ? 'bg.notify.lowRunway.messageUnderDay' : 'bg.notify.lowRunway.message';
      return text(t('bg.notify.lowRunway.title'), t(key, vars));
    }
    case 'expiring': {
      const vars = { date: formatDate(event.expiresAt, tag), when: formatRelative(event.expiresAt, now, tag) };
      const main =
        event.credits === null
          ? t('bg.notify.expiring.messageUnknownAmount', vars)
          : t('bg.notify.expiring.message', { ...vars, credits: credits(event.credits) });
      const more = event.more > 0 ? ` ${tn('bg.notify.expiringMore', event.more)}` : '';
      return text(t('bg.notify.expiring.title'), main + more);
    }
    case 'topUp':
      return text(
        t('bg.notify.topUp.title'),
        t('bg.notify.topUp.message', {
          added: credits(event.added),
          credits: credits(event.balance),
          dollars: formatDollars(event.balance, tag),
        }),
      );
    case 'tokenRejected':
      return text(t('bg.notify.tokenRejected.title'), t('bg.notify.tokenRejected.message'));
  }
}
