import { storage } from '#imports';
import type * as z from 'zod/mini';
import { DEFAULT_SETTINGS } from './defaults';
import { STORAGE_KEYS } from './keys';
import { asRecord, SettingsSchema } from './schemas';

export type Settings = z.infer<typeof SettingsSchema>;

/**
 * The user's preferences, in `sync:` so they follow the user and survive a disconnect.
 * A module of its own so that a content script can read them without defining the
 * `local:` items (which it may not read once the background restricts `storage.local`).
 */
export const settingsItem = storage.defineItem<unknown>(STORAGE_KEYS.settings, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Stored settings, each invalid field replaced by its default. */
export function parseSettings(value: unknown): Settings {
  return SettingsSchema.parse(asRecord(value));
}

/** The stored settings, validated. */
export const readSettings = async (): Promise<Settings> => parseSettings(await settingsItem.getValue());
