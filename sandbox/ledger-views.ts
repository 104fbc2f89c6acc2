import { DAY_MS, type Ledger } from './ledger';

/** History answers at most this many transactions per request. */
export const HISTORY_LIMIT_MAX = 100;

const iso = (ms: number): string => new Date(ms).toISOString();

/** The body of `GET /credits/balance` at virtual time `now`. */
export function balanceBody(ledger: Ledger, now: number) {
  const balance = ledger.balance();
  const next = balance > 0 ? ledger.nextExpiry() : null;
  return {
    success: true,
    message: 'Credit balance retrieved',
    data: {
      balance,
      expiration: next === null ? null : iso(next),
      expires_in_days: next === null ? null : Math.max(0, Math.floor((next - now) / DAY_MS)),
    },
  };
}

/** The body of `GET /credits/history`: every grant and the `limit` newest transactions, newest first. */
export function historyBody(ledger: Ledger, limit: number) {
  const grants = [...ledger.lots].reverse().map((lot) => ({
    _id: lot.id,
    credits: lot.credits,
    remaining_credits: lot.remaining,
    source: lot.source,
    created_at: iso(lot.createdAt),
    expires_at: iso(lot.expiresAt),
  }));
  const all = ledger.transactions;
  const transactions = all
    .slice(Math.max(0, all.length - limit))
    .reverse()
    .map((t) => ({
      _id: t.id,
      type: t.type,
      credits: t.credits,
      balance_after: t.balanceAfter,
      description: t.description,
      grant_id: t.grantId,
      created_at: iso(t.createdAt),
    }));
  return { success: true, message: 'Credit history retrieved', data: { grants, transactions } };
}

/**
 * Reads the `limit` query parameter: absent means 100; whole numbers are clamped to
 * 1–100; anything else is null (answered with FastAPI's 422 shape).
 */
export function parseLimit(raw: string | null): number | null {
  if (raw === null || raw === '') return HISTORY_LIMIT_MAX;
  if (!/^[+-]?\d+$/.test(raw.trim())) return null;
  return Math.min(HISTORY_LIMIT_MAX, Math.max(1, Number(raw.trim())));
}
