/**
 * Every storage key the extension uses, defined once. Zod-free, so any bundle can import
 * it. The area prefix is explicit: `sync:` follows the user across browsers and holds
 * preferences only; `local:` holds account data and the token, where content scripts
 * cannot read them: `storage.local` closed with `setAccessLevel` (Chrome), the extension's
 * IndexedDB in Firefox (see `areaFor` and `token-vault.ts`).
 */
export const STORAGE_KEYS = {
  settings: 'sync:settings',
  snapshot: 'local:snapshot',
  samples: 'local:balanceSamples',
  connection: 'local:connection',
  alertState: 'local:alertState',
  schedule: 'local:schedule',
  spendTrack: 'local:spendTrack',
  token: 'local:token',
} as const;
export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** The key inside its storage area, without the `local:`/`sync:` prefix. */
export function areaKey(key: StorageKey): string {
  return key.slice(key.indexOf(':') + 1);
}

/** The settings' key inside `storage.sync`, for storage change events and raw reads. */
export const SETTINGS_AREA_KEY = areaKey(STORAGE_KEYS.settings);
