import * as z from 'zod/mini';
import { API_ERROR_KINDS } from '@/lib/api/errors';

/**
 * Why connecting failed: an API error kind, `storage` when the token could not be saved,
 * or `internal` when the background did not answer usefully.
 */
export const CONNECT_ERROR_KINDS = [...API_ERROR_KINDS, 'storage', 'internal'] as const;
export type ConnectErrorKind = (typeof CONNECT_ERROR_KINDS)[number];

export interface ConnectError {
  kind: ConnectErrorKind;
  status?: number;
  retryAt?: number | null;
}
export type ConnectOutcome = { ok: true } | { ok: false; error: ConnectError };

/** The background's `connectToken` answer (`ConnectResult` in lib/background/connection.ts). */
const ConnectAnswerSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    error: z.enum([...API_ERROR_KINDS, 'bad_format', 'storage']),
    retryAt: z.nullable(z.number()),
    status: z.optional(z.int()),
  }),
]);

/**
 * Reads the background's answer to `connectToken`. A command failure (no answer, a
 * refused or broken command) and anything unrecognised count as `internal`: the page
 * never claims a connection it cannot confirm.
 */
export function readConnectOutcome(answer: unknown): ConnectOutcome {
  const result = ConnectAnswerSchema.safeParse(answer);
  if (!result.success) return { ok: false, error: { kind: 'internal' } };
  const value = result.data;
  if (value.ok) return { ok: true };
  const kind = value.error === 'bad_format' ? 'bad_token' : value.error;
  return { ok: false, error: { kind, retryAt: value.retryAt, ...(value.status === undefined ? {} : { status: value.status }) } };
}
