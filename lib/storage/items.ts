import * as z from 'zod/mini';
import { NO_BUDGET_MARKS } from '@/lib/alerts/budget';
import { ALERT_KINDS, type AlertKind, perLatchedKind } from '@/lib/alerts/kinds';
import { EMPTY_SPEND_TRACK } from '@/lib/ledger/spend-track';
import { BalanceSchema, GrantSchema, TransactionSchema } from '@/lib/api/domain';
import { API_ERROR_KINDS } from '@/lib/api/errors';
import { isRecord } from '@/lib/is-record';
import { configureZod } from '@/lib/zod';
import { defineStored } from './define-stored';
import { STORAGE_KEYS } from './keys';
import { migrateSnapshotV1ToV2 } from './migrations';

configureZod();

/*
 * Every persisted account and background value, each defined once: its schema (with the
 * defaults an invalid field falls back to), version, migrations and fallback. Account
 * data lives in `local:`, which content scripts cannot read (see `areaFor`). Settings are
 * in `settings.ts`; the token has no item: only `token-vault.ts` touches it.
 */
const time = z.number();
const nullableTime = z.nullable(time);
const count = z.int().check(z.nonnegative());

export const StoredErrorSchema = z.object({
  kind: z.enum(API_ERROR_KINDS),
  message: z.string(),
  status: z.optional(z.int()),
  retryAt: z.optional(nullableTime),
});
export type StoredError = z.infer<typeof StoredErrorSchema>;

/** The last good data and how the last refresh went. Version 1 had no history flag, counters or retry time. */
export const SnapshotSchema = z.object({
  balance: BalanceSchema,
  /** null when the history endpoint is unavailable (balance-only mode). */
  grants: z.nullable(z.array(GrantSchema)),
  /**
   * Merged across refreshes: unique ids, newest first, bounded. Kept through balance-only
   * mode for the next merge, as the history answers only its newest page; read them with
   * `historyTransactions`.
   */
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
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** The transactions to show and compute with: the stored ones while the history answers, null in balance-only mode. */
export function historyTransactions(snapshot: Pick<Snapshot, 'historyAvailable' | 'transactions'>): Snapshot['transactions'] {
  return snapshot.historyAvailable ? snapshot.transactions : null;
}

/** The last good snapshot; null before the first one or when it does not validate. */
export const snapshotItem = defineStored(STORAGE_KEYS.snapshot, {
  schema: z.nullable(SnapshotSchema),
  fallback: null,
  version: 2,
  migrations: { 2: migrateSnapshotV1ToV2 },
});

const SampleSchema = z.object({ at: time, balance: count });
export type Sample = z.infer<typeof SampleSchema>;

/** Balance samples for the chart; an invalid list reads as empty. */
export const samplesItem = defineStored(STORAGE_KEYS.samples, { schema: z.array(SampleSchema), fallback: [] });

/** What pages read when no token is stored. */
const DISCONNECTED = { connected: false, tokenHint: null, connectedAt: null };

/** Non-secret facts about the stored token, what pages show instead of it; anything invalid reads as disconnected. */
export const connectionItem = defineStored(STORAGE_KEYS.connection, {
  schema: z.catch(
    z.object({
      connected: z.boolean(),
      /** The token's last 4 characters, for the masked `••••1a2b`. */
      tokenHint: z.nullable(z.string().check(z.maxLength(4))),
      /** When this token was connected; changes with every new token. */
      connectedAt: nullableTime,
    }),
    () => ({ ...DISCONNECTED }),
  ),
  fallback: DISCONNECTED,
});
export type Connection = Awaited<ReturnType<typeof connectionItem.read>>;

const BudgetMarkSchema = z.object({ key: z.string().check(z.maxLength(10)), level: z.union([z.literal(0), z.literal(80), z.literal(100)]) });

const latch = z.catch(z.enum(['armed', 'fired']), 'armed');

/*
 * The two maps below avoid zod's record schema, which would add half a kilobyte (gzip) to
 * the service worker for them alone (docs/ARCHITECTURE.md, "Size budgets").
 */
/** `lotKey|windowDays` → the lot's expiry: short keys, finite times. */
const isFiredExpiries = (value: unknown): value is Record<string, number> =>
  isRecord(value) && Object.entries(value).every(([key, at]) => key.length <= 250 && Number.isFinite(at));
/** Alert kind → snoozed until; other keys are dropped. */
const snoozes = z.object(Object.fromEntries(ALERT_KINDS.map((kind) => [kind, z.optional(time)])) as Record<AlertKind, z.ZodMiniOptional<typeof time>>);

/**
 * Which alerts have fired, so a restart never repeats one (NTF-2). Each invalid field is
 * reset to its initial value; the initial state (after install and every token change)
 * makes the next snapshot a silent baseline.
 */
export const AlertStateSchema = z.object({
  /** The next successful snapshot is a silent baseline (after install or a token change). */
  baseline: z.catch(z.boolean(), true),
  /** One latch per latched alert kind. */
  ...perLatchedKind(() => latch),
  /** `lotKey|windowDays` → the lot's expiry, for every expiry window already announced. */
  expiringFired: z.catch(z.custom<Record<string, number>>(isFiredExpiries), () => ({})),
  /** The balance of the last evaluated snapshot, for top-up detection. */
  lastBalance: z.catch(z.nullable(count), null),
  snoozedUntil: z.catch(snoozes, () => ({})),
  pausedUntil: z.catch(nullableTime, null),
  /** The runaway episode in progress (announced once), or null. */
  runaway: z.catch(
    z.nullable(z.object({ startedAt: time, calmSince: nullableTime, tool: z.nullable(z.string().check(z.maxLength(500))), spent: z.number() })),
    null,
  ),
  /** The highest budget level announced this day and this month. */
  budgetMarks: z.catch(z.object({ day: BudgetMarkSchema, month: BudgetMarkSchema }), () => structuredClone(NO_BUDGET_MARKS)),
});
export type AlertState = z.infer<typeof AlertStateSchema>;

/** Alert state after install and after every token change: the next snapshot is a silent baseline. */
export const INITIAL_ALERT_STATE: AlertState = AlertStateSchema.parse({});
export const alertStateItem = defineStored(STORAGE_KEYS.alertState, { schema: AlertStateSchema, fallback: INITIAL_ALERT_STATE });

/** Poll scheduling that must survive the service worker: backoff, retry time, fast window (NET-4). */
export const ScheduleSchema = z.object({
  /** Consecutive failed refreshes. */
  failures: z.catch(z.int().check(z.minimum(0), z.maximum(1000)), 0),
  /** No automatic refresh before this instant. */
  nextAttemptAt: z.catch(nullableTime, null),
  /** `retry_after`: the server asked us to wait (manual refreshes wait too); `backoff`: our own. */
  retryReason: z.catch(z.nullable(z.enum(['retry_after', 'backoff'])), null),
  lastAttemptAt: z.catch(nullableTime, null),
  lastSuccessAt: z.catch(nullableTime, null),
  /** Poll every minute until this instant (the user is looking, or the balance moved). */
  fastUntil: z.catch(nullableTime, null),
  /** 401/403: polling stopped until the token changes. */
  stopped: z.catch(z.boolean(), false),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

/** Poll schedule with no failures, no retry pending and no fast-polling window. */
export const INITIAL_SCHEDULE: Schedule = ScheduleSchema.parse({});
export const scheduleItem = defineStored(STORAGE_KEYS.schedule, { schema: ScheduleSchema, fallback: INITIAL_SCHEDULE });

const StepSchema = z.object({ from: time, to: time, spent: z.number() });
/** Spend measured from balance changes between polls (see `spend-track.ts`); an invalid track reads as empty. */
export const spendTrackItem = defineStored(STORAGE_KEYS.spendTrack, {
  schema: z.object({
    since: nullableTime,
    last: z.nullable(z.object({ at: time, balance: count, nextExpiryAt: nullableTime })),
    steps: z.array(StepSchema).check(z.maxLength(1_000)),
    hours: z.array(z.object({ at: time, credits: z.number() })).check(z.maxLength(1_000)),
    credit: z.catch(count, 0),
  }),
  fallback: EMPTY_SPEND_TRACK,
});
