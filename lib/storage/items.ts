import { storage } from '#imports';
import type * as z from 'zod';
import { DEFAULT_SETTINGS } from './defaults';
import { SamplesSchema, SettingsSchema, SnapshotSchema } from './schemas';

export type Settings = z.infer<typeof SettingsSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;
export type Sample = z.infer<typeof SamplesSchema>[number];

/**
 * Every persisted value, defined once and versioned from the start. Settings live in
 * `sync:` (they follow the user and survive a disconnect); account data lives in
 * `local:`, which the background closes to content scripts.
 * Read through the `read*` helpers below, which validate.
 */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const snapshotItem = storage.defineItem<unknown>('local:snapshot', {
  fallback: null,
  version: 1,
});

export const samplesItem = storage.defineItem<unknown>('local:balanceSamples', {
  fallback: [],
  version: 1,
});

/** Stored settings, each invalid field replaced by its default. */
export function parseSettings(value: unknown): Settings {
  return SettingsSchema.parse(typeof value === 'object' && value !== null ? value : {});
}

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

export const readSettings = async (): Promise<Settings> => parseSettings(await settingsItem.getValue());
export const readSnapshot = async (): Promise<Snapshot | null> => parseSnapshot(await snapshotItem.getValue());
export const readSamples = async (): Promise<Sample[]> => parseSamples(await samplesItem.getValue());
