import { browser } from 'wxt/browser';
import { isRecord } from '@/lib/is-record';
import { SETTINGS_AREA_KEY as SETTINGS_KEY } from '@/lib/storage/keys';

/**
 * `settings.widgetEnabled` as `parseSettings` reads it, without zod (the content script
 * stays small): only a stored `false` turns the widget off; a missing or invalid value is
 * the default, on. Never throws.
 */
export function isWidgetEnabled(stored: unknown): boolean {
  return !isRecord(stored) || stored.widgetEnabled !== false;
}

type StorageChanges = Record<string, { newValue?: unknown }>;

/** The parts of the storage API the watch uses (`browser.storage` by default). */
export interface SettingsStorage {
  sync: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(listener: (changes: StorageChanges, area: string) => void): void;
    removeListener(listener: (changes: StorageChanges, area: string) => void): void;
  };
}

/**
 * Calls `onChange` with the widget setting once it is read from `storage.sync`, and again
 * at once whenever it changes (from the options page, or from another device). A change
 * that arrives before the first read wins over it. A read that fails (the extension was
 * reloaded meanwhile) reports nothing. Returns a function that stops watching.
 */
export function watchWidgetEnabled(onChange: (enabled: boolean) => void, api: SettingsStorage = browser.storage): () => void {
  let changed = false;
  const listener = (changes: StorageChanges, area: string) => {
    if (area !== 'sync' || !Object.hasOwn(changes, SETTINGS_KEY)) return;
    changed = true;
    onChange(isWidgetEnabled(changes[SETTINGS_KEY]?.newValue));
  };
  api.onChanged.addListener(listener);
  api.sync.get(SETTINGS_KEY).then(
    (items) => {
      if (!changed) onChange(isWidgetEnabled(items[SETTINGS_KEY]));
    },
    () => undefined,
  );
  return () => api.onChanged.removeListener(listener);
}
