import { browser } from '#imports';
import { idbDelete, idbGet, idbSet } from './idb';
import { areaKey, STORAGE_KEYS } from './keys';

/**
 * The bearer token's only home (SEC-1, SEC-2). It can spend the user's credits, so it is
 * kept where content scripts cannot read it: `storage.local` once `setAccessLevel`
 * has closed it to them (Chrome 140+), otherwise extension-origin IndexedDB (Firefox,
 * older Chrome). Never `storage.sync`, never `localStorage`.
 */
const KEY = areaKey(STORAGE_KEYS.token);

type AccessLevel = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void> };
type LocalArea = typeof browser.storage.local & AccessLevel;

export interface VaultDeps {
  local?: LocalArea;
  idb?: IDBFactory;
}

/**
 * Closes a storage area to content scripts. Returns true when the browser did, false
 * when it cannot (no `setAccessLevel`, as in Firefox, or a browser that refuses it for
 * this area). Never throws; safe to call at every start (it is idempotent).
 */
export async function restrictArea(area: AccessLevel = browser.storage.local): Promise<boolean> {
  if (typeof area.setAccessLevel !== 'function') return false;
  try {
    await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Closes `storage.local` (account data, the token) and `storage.sync` (the settings, which
 * a compromised page could otherwise turn off, and sync to every device) to content
 * scripts; the content script asks the background instead (`widgetState`). Returns whether
 * `storage.local` was closed. Never throws.
 */
export async function restrictStorageAreas(areas: { local: AccessLevel; sync: AccessLevel } = browser.storage): Promise<boolean> {
  const [local] = await Promise.all([restrictArea(areas.local), restrictArea(areas.sync)]);
  return local;
}

function idbFactory(deps: VaultDeps): IDBFactory | null {
  return deps.idb ?? (typeof indexedDB === 'undefined' ? null : indexedDB);
}

/**
 * Stores the token: in `storage.local` after closing it to content scripts, else in
 * IndexedDB, and removes any copy from the other place, so an old token never lingers
 * where it is not read (or where content scripts could read it). Returns where it went:
 * `local` means storage.local is closed to content scripts; `idb` means it is not, so
 * nothing derived from the token may go there either. Throws when neither place can take
 * it, so the caller never reports a connection that was not saved.
 */
export async function writeToken(token: string, deps: VaultDeps = {}): Promise<'local' | 'idb'> {
  const local = deps.local ?? browser.storage.local;
  const idb = idbFactory(deps);
  if (await restrictArea(local)) {
    await local.set({ [KEY]: token });
    if (idb !== null) await idbDelete(KEY, idb);
    return 'local';
  }
  if (idb === null) throw new Error('No storage that content scripts cannot read');
  await idbSet(KEY, token, idb);
  await local.remove(KEY);
  return 'idb';
}

/** The stored token, or null. Never throws: an unreadable store reads as no token. */
export async function readToken(deps: VaultDeps = {}): Promise<string | null> {
  const local = deps.local ?? browser.storage.local;
  try {
    if (await restrictArea(local)) {
      const value: unknown = (await local.get(KEY))[KEY];
      return typeof value === 'string' && value !== '' ? value : null;
    }
    const idb = idbFactory(deps);
    return idb === null ? null : await idbGet(KEY, idb);
  } catch {
    return null;
  }
}

/** Erases the token from both places. Never throws. */
export async function clearToken(deps: VaultDeps = {}): Promise<void> {
  const local = deps.local ?? browser.storage.local;
  await local.remove(KEY).catch(() => undefined);
  const idb = idbFactory(deps);
  if (idb !== null) await idbDelete(KEY, idb).catch(() => undefined);
}
