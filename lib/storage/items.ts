import { storage } from '#imports';
import type * as z from 'zod/mini';
import { DISCONNECTED, INITIAL_ALERT_STATE, INITIAL_SCHEDULE } from './defaults';
import { SNAPSHOT_VERSION, STORAGE_KEYS } from './keys';
import { migrateSnapshotV1ToV2 } from './migrations';
import {
  AlertStateSchema,
  asRecord,
  ConnectionSchema,
  SamplesSchema,
  ScheduleSchema,
  SnapshotSchema,
  type AlertState,
  type Connection,
  type Schedule,
} from './schemas';

export type Snapshot = z.infer<typeof SnapshotSchema>;
export type Sample = z.infer<typeof SamplesSchema>[number];
export type { AlertState, Connection, Schedule };
export { parseSettings, readSettings, settingsItem, type Settings } from './settings';

/**
 * Every persisted value, defined once and versioned from the start. Settings live in
 * `sync:` (they follow the user and survive a disconnect); account data lives in
 * `local:`, which the background closes to content scripts. The token has no item here:
 * only `token-vault.ts` touches it.
 * Read through the `read*` helpers below, which validate.
 */
export const snapshotItem = storage.defineItem<unknown>(STORAGE_KEYS.snapshot, {
  fallback: null,
  version: SNAPSHOT_VERSION,
  migrations: { 2: migrateSnapshotV1ToV2 },
});

export const samplesItem = storage.defineItem<unknown>(STORAGE_KEYS.samples, {
  fallback: [],
  version: 1,
});

export const connectionItem = storage.defineItem<unknown>(STORAGE_KEYS.connection, {
  fallback: DISCONNECTED,
  version: 1,
});

export const alertStateItem = storage.defineItem<unknown>(STORAGE_KEYS.alertState, {
  fallback: INITIAL_ALERT_STATE,
  version: 1,
});

export const scheduleItem = storage.defineItem<unknown>(STORAGE_KEYS.schedule, {
  fallback: INITIAL_SCHEDULE,
  version: 1,
});

/** The stored snapshot, or null when there is none or it does not validate. */
export function parseSnapshot(value: unknown): Snapshot | null {
  const result = SnapshotSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** Stored balance samples; an invalid list reads as empty. */
export function parseSamples(value: unknown): Sample[] {
  const result = SamplesSchema.safeParse(value);
  return result.success ? result.data : [];
}

/** The stored connection facts; anything invalid reads as disconnected. */
export function parseConnection(value: unknown): Connection {
  return ConnectionSchema.parse(value);
}

/** Stored alert state, each invalid field reset to its initial value. */
export function parseAlertState(value: unknown): AlertState {
  return AlertStateSchema.parse(asRecord(value));
}

/** Stored schedule, each invalid field reset to its initial value. */
export function parseSchedule(value: unknown): Schedule {
  return ScheduleSchema.parse(asRecord(value));
}

export const readSnapshot = async (): Promise<Snapshot | null> => parseSnapshot(await snapshotItem.getValue());
export const readSamples = async (): Promise<Sample[]> => parseSamples(await samplesItem.getValue());
export const readConnection = async (): Promise<Connection> => parseConnection(await connectionItem.getValue());
export const readAlertState = async (): Promise<AlertState> => parseAlertState(await alertStateItem.getValue());
export const readSchedule = async (): Promise<Schedule> => parseSchedule(await scheduleItem.getValue());

/** True when a token is stored; pages use it instead of reading the token. */
export const isConnected = async (): Promise<boolean> => (await readConnection()).connected;
