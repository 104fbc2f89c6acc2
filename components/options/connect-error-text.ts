import type { ConnectProblem } from './connect-outcome';
import type { OptionsTexts } from './texts';
import { MINUTE_MS } from '@/lib/time';

/**
 * The message for a failed connect, built from the error's kind and numbers only: the
 * server's own text is never shown. `now` dates a rate limit's next try.
 */
export function connectErrorText(texts: OptionsTexts, error: ConnectProblem, now: number): string {
  const { t } = texts;
  switch (error.kind) {
    case 'bad_token':
      return t('options.connect.error.malformed');
    case 'unauthorized':
      return t('options.connect.error.unauthorized');
    case 'forbidden':
      return t('options.connect.error.forbidden');
    case 'rate_limited':
      return typeof error.retryAt === 'number' && error.retryAt - now >= MINUTE_MS
        ? t('options.connect.error.rateLimitedAt', { time: texts.relative(error.retryAt, now) })
        : t('options.connect.error.rateLimited');
    case 'network':
      return t('options.connect.error.network');
    case 'timeout':
      return t('options.connect.error.timeout');
    case 'server':
      return error.status === undefined
        ? t('options.connect.error.serverNoStatus')
        : t('options.connect.error.server', { status: error.status });
    case 'unavailable':
    case 'invalid_response':
      return t('options.connect.error.unexpected');
    case 'storage':
      return t('options.connect.error.storage');
    case 'internal':
      return t('options.connect.error.internal');
  }
}
