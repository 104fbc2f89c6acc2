/**
 * Tiny key-value stores on extension-origin IndexedDB: where the token and the account
 * data live when the browser cannot close `storage.local` to content scripts (Firefox).
 * A content script's `indexedDB` is the page's, so it never sees these databases.
 */
export const VAULT_DB = 'agentpmt-vault';
/** One database with one object store. */
export interface IdbStore {
  db: string;
  store: string;
}
const VAULT: IdbStore = { db: VAULT_DB, store: 'secrets' };

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function open(factory: IDBFactory, { db, store }: IdbStore): Promise<IDBDatabase> {
  const request = factory.open(db, 1);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
  };
  return promisify(request);
}

/**
 * Runs `act` in one transaction of `target`'s object store and resolves with its result
 * once the transaction has committed: all of its writes land, or none. Throws when
 * IndexedDB fails.
 */
export async function idbTransaction<T>(
  factory: IDBFactory,
  target: IdbStore,
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => Promise<T>,
): Promise<T> {
  const db = await open(factory, target);
  try {
    const tx = db.transaction(target.store, mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    const result = await act(tx.objectStore(target.store));
    await done;
    return result;
  } finally {
    db.close();
  }
}

/** One request's result, as a promise. */
export const idbRequest = promisify;

/** Reads a string value; null when absent or not a string. Throws when IndexedDB fails. */
export async function idbGet(key: string, factory: IDBFactory = indexedDB): Promise<string | null> {
  const value: unknown = await idbTransaction(factory, VAULT, 'readonly', (store) => promisify(store.get(key)));
  return typeof value === 'string' ? value : null;
}

/** Writes a string value. Throws when IndexedDB fails. */
export async function idbSet(key: string, value: string, factory: IDBFactory = indexedDB): Promise<void> {
  await idbTransaction(factory, VAULT, 'readwrite', (store) => promisify(store.put(value, key)));
}

/** Deletes a value (absent is fine). Throws when IndexedDB fails. */
export async function idbDelete(key: string, factory: IDBFactory = indexedDB): Promise<void> {
  await idbTransaction(factory, VAULT, 'readwrite', (store) => promisify(store.delete(key)));
}
