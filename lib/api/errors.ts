import { parseHttpDate } from './http-date';
import { MAX_WAIT_MS, SECOND_MS } from '@/lib/time';

/**
 * Why an API call failed. Errors cross message and storage boundaries, so they are plain
 * JSON-safe objects; the UI maps `kind` to localised text and never shows `message`.
 *
 * - `unauthorized`: 401, the token is wrong, revoked or rotated.
 * - `forbidden`: 403, the token lacks access.
 * - `rate_limited`: 429; `retryAt` (epoch ms) comes from `Retry-After`, or null.
 * - `server`: 5xx; `retryAt` is set when a `Retry-After` header was sent.
 * - `unavailable`: 404, 405, 410, 422 and every other 4xx but 408: the endpoint is not there or
 *   refused the request (history falls back to balance-only mode on it).
 * - `network`: fetch threw (offline, DNS, reset, refused redirect, cancelled) or the
 *   request was refused before sending (non-HTTPS origin).
 * - `timeout`: no complete response within the time limit (headers or body), or a 408.
 * - `invalid_response`: not JSON, HTML, wrong content type, too large, or a schema mismatch.
 * - `bad_token`: the token holds characters that cannot go into a header (spaces, CR/LF,
 *   control or non-ASCII characters); nothing was sent.
 */
export const API_ERROR_KINDS = [
  'unauthorized',
  'forbidden',
  'rate_limited',
  'server',
  'unavailable',
  'network',
  'timeout',
  'invalid_response',
  'bad_token',
] as const;
export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

export interface ApiError {
  kind: ApiErrorKind;
  /** A short developer-facing English summary; never holds the token or a raw body. */
  message: string;
  /** The HTTP status, when a response arrived. */
  status?: number;
  /** When a retry is allowed (epoch ms): always present on `rate_limited`, null if unknown. */
  retryAt?: number | null;
}

/** Longest `Retry-After` honoured; a longer one is clamped to it. */
export const RETRY_AFTER_CAP_MS = MAX_WAIT_MS;
export const MAX_ERROR_MESSAGE = 200;

/** Builds an error with the message cut to `MAX_ERROR_MESSAGE` characters. */
export function apiError(kind: ApiErrorKind, message: string, extra: Pick<ApiError, 'status' | 'retryAt'> = {}): ApiError {
  const error: ApiError = { kind, message: message.slice(0, MAX_ERROR_MESSAGE) };
  if (extra.status !== undefined) error.status = extra.status;
  if (extra.retryAt !== undefined) error.retryAt = extra.retryAt;
  return error;
}

/**
 * Reads `Retry-After` (delta-seconds or an HTTP-date) into an epoch-ms instant in
 * `[now, now + RETRY_AFTER_CAP_MS]`. A date in the past gives `now`; a missing, negative
 * or unparseable value gives null. Pure; never throws.
 */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null || !Number.isFinite(now)) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) {
    const seconds = Number(value);
    return now + Math.min(seconds * SECOND_MS, RETRY_AFTER_CAP_MS);
  }
  const at = parseHttpDate(value, now);
  if (at === null) return null;
  return Math.min(Math.max(at, now), now + RETRY_AFTER_CAP_MS);
}
