import { API_ORIGIN } from '@/lib/config';
import { apiError, parseRetryAfter, type ApiError } from './errors';
import { parseHttpDate } from './http-date';
import { readBodyText, untilAborted } from './read-body';
import { DAY_MS } from '@/lib/time';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 2_000_000;
/** What may go into the Authorization header at all: printable ASCII without spaces (the stricter `TOKEN_PATTERN` of `token-format.ts` decides what a token is). */
const HEADER_SAFE_TOKEN = /^[\x21-\x7e]{1,4096}$/;
const JSON_TYPE = /^application\/([\w.+-]*\+)?json\s*(;|$)/i;
/** Content types and error names safe to quote in a message; anything else is not echoed. */
const NAMED_TYPES = new Set(['text/html', 'text/plain', 'text/xml', 'application/xml', 'application/octet-stream']);
const NAMED_ERRORS = new Set(['TypeError', 'AbortError', 'TimeoutError', 'NetworkError', 'SyntaxError', 'RangeError', 'Error']);
/** A server `Date` further off than this is not trusted for `Retry-After` dates (NET-10). */
const MAX_SKEW_MS = DAY_MS;

export interface FetchJsonOptions {
  token: string;
  /** Defaults to `API_ORIGIN`. Must be HTTPS; plain HTTP is allowed for loopback outside production builds. */
  origin?: string;
  /** Covers the whole request: headers and body. */
  timeoutMs?: number;
  maxBytes?: number;
  fetchFn?: typeof fetch;
  now?: () => number;
  signal?: AbortSignal;
}

export type FetchJsonResult = { ok: true; json: unknown; serverDate: number | null } | { ok: false; error: ApiError };

/**
 * Plain HTTP is for the local sandbox and tests only. The production build compiles this
 * to `false`, so it can never send a token in the clear, and ships no loopback hosts.
 */
function isLoopback(hostname: string): boolean {
  return import.meta.env.MODE !== 'production' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

function buildUrl(origin: string, path: string): string | null {
  let base: URL;
  try {
    base = new URL(origin);
  } catch {
    return null;
  }
  const secure = base.protocol === 'https:' || (base.protocol === 'http:' && isLoopback(base.hostname));
  if (!secure || !path.startsWith('/') || path.startsWith('//')) return null;
  const url = new URL(path, base.origin);
  return url.origin === base.origin ? url.href : null;
}

function statusError(res: Response, serverDate: number | null, now: number): ApiError {
  const status = res.status;
  if (status === 401) return apiError('unauthorized', 'HTTP 401: token rejected', { status });
  if (status === 403) return apiError('forbidden', 'HTTP 403: token lacks access', { status });
  // 408: the server gave up waiting for our request, a timeout like any other.
  if (status === 408) return apiError('timeout', 'HTTP 408: request timeout', { status });
  // An HTTP-date is the server's clock: measure it from the server's Date when that is sane.
  const base = serverDate !== null && Math.abs(serverDate - now) < MAX_SKEW_MS ? serverDate : now;
  const at = parseRetryAfter(res.headers.get('retry-after'), base);
  const retryAt = at === null ? null : now + (at - base);
  if (status === 429) return apiError('rate_limited', 'HTTP 429: rate limited', { status, retryAt });
  if (status >= 500) {
    return apiError('server', `HTTP ${status}: server error`, retryAt === null ? { status } : { status, retryAt });
  }
  if (status >= 400) return apiError('unavailable', `HTTP ${status}: endpoint unavailable`, { status });
  if (status >= 300) return apiError('network', `HTTP ${status}: redirect refused`, { status });
  return apiError('invalid_response', `HTTP ${status}: unexpected status`, { status });
}

async function readJson(res: Response, maxBytes: number, signal: AbortSignal): Promise<{ ok: true; json: unknown } | ApiError> {
  const status = res.status;
  const type = res.headers.get('content-type');
  if (type !== null && !JSON_TYPE.test(type)) {
    res.body?.cancel().catch(() => undefined);
    const media = type.split(';')[0]!.trim().toLowerCase();
    const shown = NAMED_TYPES.has(media) ? media : 'another type';
    return apiError('invalid_response', `Expected JSON, got ${shown}`, { status });
  }
  const tooLarge = apiError('invalid_response', `Response body exceeds ${maxBytes} bytes`, { status });
  if (Number(res.headers.get('content-length') ?? 0) > maxBytes) {
    res.body?.cancel().catch(() => undefined);
    return tooLarge;
  }
  const body = await readBodyText(res, maxBytes, signal);
  if (!body.ok) return body.reason === 'too_large' ? tooLarge : apiError('invalid_response', 'Response body is not UTF-8', { status });
  if (body.text.trim() === '') return apiError('invalid_response', 'Empty response body', { status });
  try {
    return { ok: true, json: JSON.parse(body.text) as unknown };
  } catch {
    return apiError('invalid_response', 'Response body is not valid JSON', { status });
  }
}

function thrownError(error: unknown, signal: AbortSignal): ApiError {
  const reason: unknown = signal.aborted ? signal.reason : error;
  if (reason instanceof Error && reason.name === 'TimeoutError') return apiError('timeout', 'Request timed out');
  if (signal.aborted) return apiError('network', 'Request was cancelled');
  const name = error instanceof Error && NAMED_ERRORS.has(error.name) ? error.name : 'error';
  return apiError('network', `Request failed (${name})`);
}

function redact(error: ApiError, token: string): ApiError {
  return token === '' ? error : { ...error, message: error.message.split(token).join('[redacted]') };
}

/**
 * GETs `path` on the API origin with the bearer token and returns the parsed JSON, or a
 * classified `ApiError`. Never throws. The request never follows a redirect, sends no
 * cookies, and aborts after `timeoutMs` (body included); bodies over `maxBytes`, non-JSON
 * and HTML are `invalid_response`. `serverDate` is the response's `Date` header (epoch ms),
 * for clock-skew correction.
 */
export async function fetchJson(path: string, options: FetchJsonOptions): Promise<FetchJsonResult> {
  const { token, origin = API_ORIGIN, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES } = options;
  const { fetchFn = (input, init) => fetch(input, init), now = Date.now, signal } = options;
  const fail = (error: ApiError) => ({ ok: false, error: redact(error, token) }) as const;
  if (typeof token !== 'string' || !HEADER_SAFE_TOKEN.test(token)) {
    return fail(apiError('bad_token', 'Token is empty, too long or holds characters that cannot be sent'));
  }
  const url = buildUrl(origin, path);
  if (url === null) return fail(apiError('network', 'Refused: the API URL must be HTTPS (HTTP only on loopback)'));
  if (signal?.aborted) return fail(thrownError(signal.reason, signal));

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('Request timed out', 'TimeoutError')), timeoutMs);
  const onCallerAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    const request = fetchFn(url, {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      redirect: 'error',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    const res = await untilAborted(request, controller.signal);
    const serverDate = parseHttpDate(res.headers.get('date'), now());
    if (res.status < 200 || res.status > 299) {
      res.body?.cancel().catch(() => undefined);
      return fail(statusError(res, serverDate, now()));
    }
    const read = await readJson(res, maxBytes, controller.signal);
    return 'kind' in read ? fail(read) : { ok: true, json: read.json, serverDate };
  } catch (error) {
    return fail(thrownError(error, controller.signal));
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}
