import type { ConnectErrorKind } from '@/lib/background/connection';
import type { CommandResponse } from '@/lib/messaging/protocol';

/** Why connecting failed, as the page words it: the background's reason, or `internal` when it did not carry out the command. */
export interface ConnectProblem {
  kind: ConnectErrorKind | 'internal';
  status?: number;
  retryAt?: number | null;
}
export type ConnectOutcome = { ok: true } | { ok: false; error: ConnectProblem };

/**
 * The page's view of the background's typed `connectToken` answer. A command failure (no
 * answer, a refused or broken command) is `internal`: the page never claims a connection
 * it cannot confirm. Pure.
 */
export function connectOutcome(answer: CommandResponse<'connectToken'>): ConnectOutcome {
  if (answer.ok === true) return { ok: true };
  if (!('retryAt' in answer)) return { ok: false, error: { kind: 'internal' } };
  const { error: kind, retryAt, status } = answer;
  return { ok: false, error: { kind, retryAt, ...(status !== undefined && { status }) } };
}
