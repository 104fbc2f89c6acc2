import * as z from 'zod/mini';
import type { Balance, Grant, Transaction } from '@/lib/api/schemas';
import { API_ERROR_KINDS } from '@/lib/api/errors';
import { ALERT_KINDS, perKind, perLatchedKind } from '@/lib/alerts/kinds';
import { isRecord } from '@/lib/is-record';
import { configureZod } from '@/lib/zod';
import {
  DEFAULT_SETTINGS,
  DISCONNECTED,
  INITIAL_ALERT_STATE,
  INITIAL_SCHEDULE,
  MAX_EXPIRY_WINDOWS,
  SETTING_LIMITS,
} from './defaults';

configureZod();

/**
 * Schemas of what the extension persists. Every read goes through one of these, so a
 * value written by an older version, another context or a bug never reaches the UI
 * unchecked. Settings and state fall back field by field, so one bad value keeps the others.
 */
const d = DEFAULT_SETTINGS;

/** A stored object to parse field by field; anything else (arrays included) reads as `{}`. */
export function asRecord(value: unknown): object {
  return isRecord(value) ? value : {};
}
const time = z.number();
const int = ({ min, max }: { min: number; max: number }) => z.int().check(z.minimum(min), z.maximum(max));
const count = z.int().check(z.nonnegative());
const nullableTime = z.nullable(time);

export const SettingsSchema = z.object({
  lowBalanceThreshold: z.catch(int(SETTING_LIMITS.lowBalanceThreshold), d.lowBalanceThreshold),
  lowRunwayDays: z.catch(int(SETTING_LIMITS.lowRunwayDays), d.lowRunwayDays),
  expiryWindows: z.catch(z.array(int(SETTING_LIMITS.expiryWindow)).check(z.maxLength(MAX_EXPIRY_WINDOWS)), () => [...d.expiryWindows]),
  refreshMinutes: z.catch(int(SETTING_LIMITS.refreshMinutes), d.refreshMinutes),
  badgeMode: z.catch(z.enum(['credits', 'dollars', 'off']), d.badgeMode),
  theme: z.catch(z.enum(['system', 'light', 'dark']), d.theme),
  widgetEnabled: z.catch(z.boolean(), d.widgetEnabled),
  /** One switch per alert kind, each falling back to the kind's default. */
  alerts: z.catch(
    z.object(perKind((kind) => z.catch(z.boolean(), d.alerts[kind]))),
    () => ({ ...d.alerts }),
  ),
});

const BalanceSchema = z.object({
  balance: count,
  nextExpiryAt: nullableTime,
  expiresInDays: z.nullable(z.int()),
}) satisfies z.ZodMiniType<Balance>;

const GrantSchema = z.object({
  id: z.string(),
  credits: z.int(),
  remaining: z.int(),
  source: z.string(),
  createdAt: time,
  expiresAt: nullableTime,
}) satisfies z.ZodMiniType<Grant>;

const TransactionSchema = z.object({
  id: z.string(),
  type: z.string(),
  credits: z.int(),
  balanceAfter: z.nullable(z.int()),
  description: z.nullable(z.string()),
  grantId: z.nullable(z.string()),
  createdAt: time,
}) satisfies z.ZodMiniType<Transaction>;

export const StoredErrorSchema = z.object({
  kind: z.enum(API_ERROR_KINDS),
  message: z.string(),
  status: z.optional(z.int()),
  retryAt: z.optional(nullableTime),
});
export type StoredError = z.infer<typeof StoredErrorSchema>;

export const SnapshotSchema = z.object({
  balance: BalanceSchema,
  /** null when the history endpoint is unavailable (balance-only mode). */
  grants: z.nullable(z.array(GrantSchema)),
  /** Merged across refreshes: unique ids, newest first, bounded. */
  transactions: z.nullable(z.array(TransactionSchema)),
  /** When the balance was last fetched successfully. */
  fetchedAt: time,
  /** The last refresh's error, if it failed; the data above is then the last good data. */
  lastError: z.nullable(StoredErrorSchema),
  lastAttemptAt: time,
  /** False in balance-only mode: the history endpoint failed or answered something unusable. */
  historyAvailable: z.boolean(),
  /** When grants and transactions were last fetched; null when never. */
  historyFetchedAt: nullableTime,
  /** Malformed history entries left out of the last history response. */
  dropped: count,
  /** No automatic refresh before this (rate limit or backoff); null when on schedule. */
  nextAttemptAt: nullableTime,
});

export const SampleSchema = z.object({ at: time, balance: count });
export const SamplesSchema = z.array(SampleSchema);

/** Non-secret facts about the stored token: what pages show instead of the token. */
export const ConnectionSchema = z.catch(
  z.object({
    connected: z.boolean(),
    /** The token's last 4 characters, for the masked `••••1a2b`. */
    tokenHint: z.nullable(z.string().check(z.maxLength(4))),
    /** When this token was connected; changes with every new token. */
    connectedAt: nullableTime,
  }),
  () => ({ ...DISCONNECTED }),
);
export type Connection = z.infer<typeof ConnectionSchema>;

const latch = z.enum(['armed', 'fired']);
const a = INITIAL_ALERT_STATE;
const kindTimes = z.partialRecord(z.enum(ALERT_KINDS), time);

/** Which alerts have fired, so a restart never repeats one (NTF-2). */
export const AlertStateSchema = z.object({
  /** The next successful snapshot is a silent baseline (after install or a token change). */
  baseline: z.catch(z.boolean(), a.baseline),
  /** One latch per latched alert kind. */
  ...perLatchedKind((kind) => z.catch(latch, a[kind])),
  /** `lotKey|windowDays` → the lot's expiry, for every expiry window already announced. */
  expiringFired: z.catch(z.record(z.string().check(z.maxLength(250)), time), () => ({})),
  /** The balance of the last evaluated snapshot, for top-up detection. */
  lastBalance: z.catch(z.nullable(count), a.lastBalance),
  snoozedUntil: z.catch(kindTimes, () => ({})),
  pausedUntil: z.catch(nullableTime, a.pausedUntil),
});
export type AlertState = z.infer<typeof AlertStateSchema>;

const s = INITIAL_SCHEDULE;

/** Poll scheduling that must survive the service worker: backoff, retry time, fast window (NET-4). */
export const ScheduleSchema = z.object({
  /** Consecutive failed refreshes. */
  failures: z.catch(int({ min: 0, max: 1000 }), s.failures),
  /** No automatic refresh before this instant. */
  nextAttemptAt: z.catch(nullableTime, s.nextAttemptAt),
  /** `retry_after`: the server asked us to wait (manual refreshes wait too); `backoff`: our own. */
  retryReason: z.catch(z.nullable(z.enum(['retry_after', 'backoff'])), s.retryReason),
  lastAttemptAt: z.catch(nullableTime, s.lastAttemptAt),
  lastSuccessAt: z.catch(nullableTime, s.lastSuccessAt),
  /** Poll every minute until this instant (the user is looking, or the balance moved). */
  fastUntil: z.catch(nullableTime, s.fastUntil),
  /** 401/403: polling stopped until the token changes. */
  stopped: z.catch(z.boolean(), s.stopped),
});
export type Schedule = z.infer<typeof ScheduleSchema>;
