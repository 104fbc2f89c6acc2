type Handler = (() => void) | null;

class FakeRequest<T = unknown> {
  result: T | undefined = undefined;
  error: Error | null = null;
  onsuccess: Handler = null;
  onerror: Handler = null;
  onupgradeneeded: Handler = null;
}

const tick = (fn: () => void) => setTimeout(fn, 0);

/**
 * A minimal in-memory stand-in for the slice of IndexedDB the vault uses: open with an
 * upgrade, one object store, get/put/delete in a transaction. Callbacks fire on later
 * ticks, as in a browser. With `failing`, every open fails.
 */
export function createFakeIdb(options: { failing?: boolean } = {}) {
  const databases = new Map<string, Map<string, Map<string, unknown>>>();

  function makeDb(stores: Map<string, Map<string, unknown>>) {
    return {
      objectStoreNames: { contains: (name: string) => stores.has(name) },
      createObjectStore: (name: string) => void stores.set(name, new Map()),
      close: () => undefined,
      transaction(name: string) {
        const data = stores.get(name)!;
        const tx = {
          oncomplete: null as Handler,
          onabort: null as Handler,
          onerror: null as Handler,
          error: null,
          objectStore: () => ({
            get: (key: string) => op(() => data.get(key)),
            put: (value: unknown, key: string) => op(() => void data.set(key, value)),
            delete: (key: string) => op(() => void data.delete(key)),
          }),
        };
        function op(fn: () => unknown) {
          const req = new FakeRequest();
          tick(() => {
            req.result = fn();
            req.onsuccess?.();
            tick(() => tx.oncomplete?.());
          });
          return req;
        }
        return tx;
      },
    };
  }

  const factory = {
    open(name: string) {
      const req = new FakeRequest();
      tick(() => {
        if (options.failing) {
          req.error = new Error('IndexedDB is disabled');
          req.onerror?.();
          return;
        }
        const isNew = !databases.has(name);
        if (isNew) databases.set(name, new Map());
        req.result = makeDb(databases.get(name)!);
        if (isNew) req.onupgradeneeded?.();
        req.onsuccess?.();
      });
      return req;
    },
  };
  return { factory: factory as unknown as IDBFactory, databases };
}
