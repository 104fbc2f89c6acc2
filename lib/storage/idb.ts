/**
 * A tiny key-value store on extension-origin IndexedDB: where the token lives when the
 * browser cannot close `storage.local` to content scripts (Firefox). A content script's
 * `indexedDB` is the page's, so it never sees this database.
 */
export const VAULT_DB = 'agentpmt-vault';
const STORE = 'secrets';

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(VAULT_DB, 1);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
  };
  return promisify(request);
}

async function run<T>(factory: IDBFactory, mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open(factory);
  try {
    const tx = db.transaction(STORE, mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    const result = await promisify(act(tx.objectStore(STORE)));
    await done;
    return result;
  } finally {
    db.close();
  }
}

/** Reads a string value; null when absent or not a string. Throws when IndexedDB fails. */
export async function idbGet(key: string, factory: IDBFactory = indexedDB): Promise<string | null> {
  const value: unknown = await run(factory, 'readonly', (store) => store.get(key));
  return typeof value === 'string' ? value : null;
}

/** Writes a string value. Throws when IndexedDB fails. */
export async function idbSet(key: string, value: string, factory: IDBFactory = indexedDB): Promise<void> {
  await run(factory, 'readwrite', (store) => store.put(value, key));
}

/** Deletes a value (absent is fine). Throws when IndexedDB fails. */
export async function idbDelete(key: string, factory: IDBFactory = indexedDB): Promise<void> {
  await run(factory, 'readwrite', (store) => store.delete(key));
}
