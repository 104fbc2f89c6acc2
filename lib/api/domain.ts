import * as z from 'zod/mini';

/**
 * The domain shapes of AgentPMT's data: what the extension works with and stores (times in
 * epoch ms). `schemas.ts` turns the API's JSON into them; storage validates with them. A
 * module apart from the response schemas, so pages that only read storage leave those out.
 */
const time = z.number();
const nullableTime = z.nullable(time);

export const BalanceSchema = z.object({
  balance: z.int().check(z.nonnegative()),
  nextExpiryAt: nullableTime,
  expiresInDays: z.nullable(z.int()),
});
export type Balance = z.infer<typeof BalanceSchema>;

export const GrantSchema = z.object({
  id: z.string(),
  credits: z.int(),
  remaining: z.int(),
  source: z.string(),
  createdAt: time,
  expiresAt: nullableTime,
});
export type Grant = z.infer<typeof GrantSchema>;

export const TransactionSchema = z.object({
  id: z.string(),
  type: z.string(),
  credits: z.int(),
  balanceAfter: z.nullable(z.int()),
  description: z.nullable(z.string()),
  grantId: z.nullable(z.string()),
  createdAt: time,
});
export type Transaction = z.infer<typeof TransactionSchema>;
