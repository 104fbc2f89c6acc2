import * as z from 'zod/mini';
import { configureZod } from '@/lib/zod';
import type { Balance, Grant, Transaction } from './domain';
import { parseIsoDate } from './iso-date';

configureZod();

/**
 * Every AgentPMT field name the extension depends on lives in this file, so that when
 * the real history schema is known, one file changes (see docs/API.md).
 * Dates are ISO-8601 strings (a zone-less time is UTC) and become epoch milliseconds; an
 * unparseable date (the published example uses the placeholder "string") becomes null
 * rather than an error. Unknown fields are stripped; unknown `type`/`source` values kept.
 * Each response schema turns the JSON into a domain shape of `domain.ts`.
 */
const MAX_TEXT = 500;

const looseDate = z.pipe(z.unknown(), z.transform(parseIsoDate));
const requiredDate = z.pipe(
  looseDate.check(z.refine((ms) => ms !== null, 'not a date')),
  z.transform((ms) => ms as number),
);
const text = z.pipe(z.string(), z.transform((s) => s.slice(0, MAX_TEXT)));
const id = z.string().check(z.minLength(1), z.maxLength(200));
/** Optional, and null when absent or not the expected type. */
const orNull = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(z.nullable(schema)), null);


export const BalanceResponseSchema = z.pipe(
  z.object({
    data: z.object({
      balance: z.int().check(z.nonnegative()),
      expiration: z.optional(looseDate),
      expires_in_days: orNull(z.int()),
    }),
  }),
  z.transform(({ data }): Balance => ({
    balance: data.balance,
    nextExpiryAt: data.expiration ?? null,
    expiresInDays: data.expires_in_days ?? null,
  })),
);

export const GrantResponseSchema = z.pipe(
  z
    .object({
      _id: id,
      credits: z.int().check(z.positive()),
      remaining_credits: z.int().check(z.nonnegative()),
      source: z.catch(text, 'unknown'),
      created_at: requiredDate,
      expires_at: z.optional(looseDate),
    })
    .check(z.refine((g) => g.remaining_credits <= g.credits, 'remaining_credits exceeds credits')),
  z.transform((g): Grant => ({
    id: g._id,
    credits: g.credits,
    remaining: g.remaining_credits,
    source: g.source,
    createdAt: g.created_at,
    expiresAt: g.expires_at ?? null,
  })),
);

export const TransactionResponseSchema = z.pipe(
  z.object({
    _id: id,
    type: z.catch(text, 'unknown'),
    credits: z.int(),
    balance_after: orNull(z.int()),
    description: orNull(text),
    grant_id: orNull(id),
    created_at: requiredDate,
  }),
  z.transform((t): Transaction => ({
    id: t._id,
    type: t.type,
    credits: t.credits,
    balanceAfter: t.balance_after ?? null,
    description: t.description ?? null,
    grantId: t.grant_id ?? null,
    createdAt: t.created_at,
  })),
);

/** The envelope of `GET /credits/history`: items are checked one by one in `parseHistory`. */
export const HistoryEnvelopeSchema = z.object({
  data: z.object({
    grants: z.array(z.unknown()),
    transactions: z.catch(z.optional(z.array(z.unknown())), undefined),
  }),
});
