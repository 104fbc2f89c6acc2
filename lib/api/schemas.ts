import * as z from 'zod';
import { parseIsoDate } from './iso-date';

// zod's JIT probe uses `new Function`, which the extension CSP forbids and web-ext lint
// reports as DANGEROUS_EVAL.
z.config({ jitless: true });

/**
 * Every AgentPMT field name the extension depends on lives in this file, so that when
 * the real history schema is known, one file changes (see agentpmt-api.md).
 * Dates are ISO-8601 strings (a zone-less time is UTC) and become epoch milliseconds; an
 * unparseable date (the published example uses the placeholder "string") becomes null
 * rather than an error. Unknown fields are stripped; unknown `type`/`source` values kept.
 */
const MAX_TEXT = 500;

const looseDate = z.unknown().transform(parseIsoDate);
const requiredDate = looseDate.refine((ms) => ms !== null, 'not a date').transform((ms) => ms as number);
const text = z.string().transform((s) => s.slice(0, MAX_TEXT));
const id = z.string().min(1).max(200);

export const BalanceResponseSchema = z
  .object({
    data: z.object({
      balance: z.int().nonnegative(),
      expiration: looseDate.optional(),
      expires_in_days: z.int().nullable().optional().catch(null),
    }),
  })
  .transform(({ data }) => ({
    balance: data.balance,
    nextExpiryAt: data.expiration ?? null,
    expiresInDays: data.expires_in_days ?? null,
  }));
export type Balance = z.output<typeof BalanceResponseSchema>;

export const GrantSchema = z
  .object({
    _id: id,
    credits: z.int().positive(),
    remaining_credits: z.int().nonnegative(),
    source: text.catch('unknown'),
    created_at: requiredDate,
    expires_at: looseDate.optional(),
  })
  .refine((g) => g.remaining_credits <= g.credits, 'remaining_credits exceeds credits')
  .transform((g) => ({
    id: g._id,
    credits: g.credits,
    remaining: g.remaining_credits,
    source: g.source,
    createdAt: g.created_at,
    expiresAt: g.expires_at ?? null,
  }));
export type Grant = z.output<typeof GrantSchema>;

export const TransactionSchema = z
  .object({
    _id: id,
    type: text.catch('unknown'),
    credits: z.int(),
    balance_after: z.int().nullable().optional().catch(null),
    description: text.nullable().optional().catch(null),
    grant_id: id.nullable().optional().catch(null),
    created_at: requiredDate,
  })
  .transform((t) => ({
    id: t._id,
    type: t.type,
    credits: t.credits,
    balanceAfter: t.balance_after ?? null,
    description: t.description ?? null,
    grantId: t.grant_id ?? null,
    createdAt: t.created_at,
  }));
export type Transaction = z.output<typeof TransactionSchema>;

/** The envelope of `GET /credits/history`: items are checked one by one in `parseHistory`. */
export const HistoryEnvelopeSchema = z.object({
  data: z.object({
    grants: z.array(z.unknown()),
    transactions: z.array(z.unknown()).optional().catch(undefined),
  }),
});

