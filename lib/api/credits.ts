import type * as z from 'zod/mini';
import { fetchJson, type FetchJsonOptions } from './fetch-json';
import { apiError, type ApiError } from './errors';
import type { Balance, Grant, Transaction } from './domain';
import { summarizeIssues } from './issues';
import { BalanceResponseSchema, GrantResponseSchema, HistoryEnvelopeSchema, TransactionResponseSchema } from './schemas';

export const BALANCE_PATH = '/credits/balance';
export const HISTORY_PATH = '/credits/history';
/** docs/API.md: send 100; the maximum is undocumented, so never ask for more. */
export const DEFAULT_HISTORY_LIMIT = 100;
/** Entries read per list; more than this are dropped and counted. */
export const MAX_HISTORY_ITEMS = 1000;

/** What every call needs: the token, plus optional overrides (origin, fetch, clock, signal). */
export type ApiDeps = FetchJsonOptions;
export type ApiResult<T> = { ok: true; value: T; serverDate: number | null } | { ok: false; error: ApiError };

export interface History {
  grants: Grant[];
  transactions: Transaction[];
  /** Entries that were malformed (or beyond `MAX_HISTORY_ITEMS`) and left out. */
  dropped: number;
}

function mismatch(what: string, issues: readonly z.core.$ZodIssue[]): ApiError {
  return apiError('invalid_response', `Unexpected ${what}: ${summarizeIssues(issues)}`);
}

/** Parses entries one by one: a bad entry is counted, a repeated id kept once, newest first. */
function parseEntries<T extends { id: string; createdAt: number }>(
  entries: readonly unknown[],
  schema: z.ZodMiniType<T>,
): { items: T[]; dropped: number } {
  const items: T[] = [];
  const seen = new Set<string>();
  let dropped = Math.max(0, entries.length - MAX_HISTORY_ITEMS);
  for (const entry of entries.slice(0, MAX_HISTORY_ITEMS)) {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) dropped += 1;
    else if (!seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      items.push(parsed.data);
    }
  }
  items.sort((a, b) => b.createdAt - a.createdAt);
  return { items, dropped };
}

/** `GET /credits/balance`, validated. Never throws; failures are classified `ApiError`s. */
export async function getBalance(deps: ApiDeps): Promise<ApiResult<Balance>> {
  const res = await fetchJson(BALANCE_PATH, deps);
  if (!res.ok) return res;
  const parsed = BalanceResponseSchema.safeParse(res.json);
  if (!parsed.success) return { ok: false, error: mismatch('balance', parsed.error.issues) };
  return { ok: true, value: parsed.data, serverDate: res.serverDate };
}

/**
 * `GET /credits/history?limit=N` (N clamped to 1–100). The envelope must match; each grant
 * and transaction is then parsed on its own, so one malformed entry is dropped and counted
 * instead of failing the whole response. Never throws; a missing endpoint is `unavailable`.
 */
export async function getHistory(deps: ApiDeps, { limit = DEFAULT_HISTORY_LIMIT } = {}): Promise<ApiResult<History>> {
  const n = Number.isFinite(limit) ? Math.min(Math.max(Math.trunc(limit), 1), DEFAULT_HISTORY_LIMIT) : DEFAULT_HISTORY_LIMIT;
  const res = await fetchJson(`${HISTORY_PATH}?limit=${n}`, deps);
  if (!res.ok) return res;
  const envelope = HistoryEnvelopeSchema.safeParse(res.json);
  if (!envelope.success) return { ok: false, error: mismatch('history', envelope.error.issues) };
  const grants = parseEntries(envelope.data.data.grants, GrantResponseSchema);
  const transactions = parseEntries(envelope.data.data.transactions ?? [], TransactionResponseSchema);
  return {
    ok: true,
    value: { grants: grants.items, transactions: transactions.items, dropped: grants.dropped + transactions.dropped },
    serverDate: res.serverDate,
  };
}

/** Fetches balance and history in parallel; each result stands alone (history may fail alone). */
export async function getCredits(
  deps: ApiDeps,
  options: { limit?: number } = {},
): Promise<{ balance: ApiResult<Balance>; history: ApiResult<History> }> {
  const [balance, history] = await Promise.all([getBalance(deps), getHistory(deps, options)]);
  return { balance, history };
}
