import {
  alertStateItem,
  connectionItem,
  parseAlertState,
  parseConnection,
  parseSamples,
  parseSnapshot,
  samplesItem,
  snapshotItem,
  type AlertState,
  type Connection,
  type Sample,
  type Snapshot,
} from '@/lib/storage/items';
import { parseSettings, settingsItem, type Settings } from '@/lib/storage/settings';
import { storedKeys } from './keys';
import { useStored, type StoredSource } from './stored-query';

/** The last good snapshot written by the background; null before the first one. */
export const SNAPSHOT_SOURCE: StoredSource<Snapshot | null> = {
  queryKey: storedKeys.snapshot(),
  item: snapshotItem,
  parse: parseSnapshot,
};

/** Whether a token is stored, and its masked hint. */
export const CONNECTION_SOURCE: StoredSource<Connection> = {
  queryKey: storedKeys.connection(),
  item: connectionItem,
  parse: parseConnection,
};

/** Balance samples for the chart. */
export const SAMPLES_SOURCE: StoredSource<Sample[]> = {
  queryKey: storedKeys.samples(),
  item: samplesItem,
  parse: parseSamples,
};

/** Alert state: the popup reads the global pause from it. */
export const ALERT_STATE_SOURCE: StoredSource<AlertState> = {
  queryKey: storedKeys.alertState(),
  item: alertStateItem,
  parse: parseAlertState,
};

/** The user's settings, read-only: the options page owns editing them. */
export const SETTINGS_SOURCE: StoredSource<Settings> = {
  queryKey: storedKeys.settings(),
  item: settingsItem,
  parse: parseSettings,
};

/** The stored snapshot, pushed on every change. */
export const useSnapshot = () => useStored(SNAPSHOT_SOURCE);
/** The stored connection facts, pushed on every change. */
export const useConnection = () => useStored(CONNECTION_SOURCE);
/** The stored balance samples, pushed on every change. */
export const useSamples = () => useStored(SAMPLES_SOURCE);
/** The stored alert state, pushed on every change. */
export const useAlertState = () => useStored(ALERT_STATE_SOURCE);
/** The stored settings (validated), pushed on every change. */
export const useStoredSettings = () => useStored(SETTINGS_SOURCE);
