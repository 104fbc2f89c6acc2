import * as z from 'zod';
import type { Balance, Grant, Transaction } from '@/lib/api/schemas';
import { API_ERROR_KINDS } from '@/lib/api/errors';
import { DEFAULT_SETTINGS } from './defaults';

/**
 * Schemas of what the extension persists. Every read goes through one of these, so a
 * value written by an older version, another context or a bug never reaches the UI
 * unchecked. Settings fall back field by field, so one bad value keeps the others.
 */
const d = DEFAULT_SETTINGS;

export const SettingsSchema = z.object({
  lowBalanceThreshold: z.int().min(0).max(10_000_000).catch(d.lowBalanceThreshold),
  lowRunwayDays: z.int().min(1).max(90).catch(d.lowRunwayDays),
  expiryWindows: z.array(z.int().min(1).max(365)).max(5).catch([...d.expiryWindows]),
  refreshMinutes: z.int().min(1).max(60).catch(d.refreshMinutes),
  badgeMode: z.enum(['credits', 'dollars', 'off']).catch(d.badgeMode),
  theme: z.enum(['system', 'light', 'dark']).catch(d.theme),
  widgetEnabled: z.boolean().catch(d.widgetEnabled),
  alerts: z
    .object({
      lowBalance: z.boolean().catch(d.alerts.lowBalance),
      lowRunway: z.boolean().catch(d.alerts.lowRunway),
      empty: z.boolean().catch(d.alerts.empty),
      expiring: z.boolean().catch(d.alerts.expiring),
      topUp: z.boolean().catch(d.alerts.topUp),
      tokenRejected: z.boolean().catch(d.alerts.tokenRejected),
    })
    .catch(d.alerts),
});

const BalanceSchema = z.object({
  balance: z.int().nonnegative(),
  nextExpiryAt: z.number().nullable(),
  expiresInDays: z.int().nullable(),
}) satisfies z.ZodType<Balance>;

const GrantSchema = z.object({
  id: z.string(),
  credits: z.int(),
  remaining: z.int(),
  source: z.string(),
  createdAt: z.number(),
  expiresAt: z.number().nullable(),
}) satisfies z.ZodType<Grant>;

const TransactionSchema = z.object({
  id: z.string(),
  type: z.string(),
  credits: z.int(),
  balanceAfter: z.int().nullable(),
  description: z.string().nullable(),
  grantId: z.string().nullable(),
  createdAt: z.number(),
}) satisfies z.ZodType<Transaction>;

export const StoredErrorSchema = z.object({
  kind: z.enum(API_ERROR_KINDS),
  message: z.string(),
  status: z.int().optional(),
  retryAt: z.number().nullable().optional(),
});

export const SnapshotSchema = z.object({
  balance: BalanceSchema,
  /** null when the history endpoint is unavailable (balance-only mode). */
  grants: z.array(GrantSchema).nullable(),
  transactions: z.array(TransactionSchema).nullable(),
  /** When the balance was last fetched successfully. */
  fetchedAt: z.number(),
  /** The last refresh's error, if it failed; the data above is then the last good data. */
  lastError: StoredErrorSchema.nullable(),
  lastAttemptAt: z.number(),
});

export const SampleSchema = z.object({ at: z.number(), balance: z.int().nonnegative() });
export const SamplesSchema = z.array(SampleSchema);
