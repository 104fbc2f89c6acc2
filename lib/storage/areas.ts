import { browser } from '#imports';
import { idbRequest, idbTransaction, type IdbStore } from './idb';

/** One change as `storage.onChanged` reports it: absent `newValue` means removed. */
export type StoreChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type ChangeListener = (changes: StoreChanges) => void;

/**
 * Where stored values live: the slice of `browser.storage.StorageArea` the stored items
 * use. `set` and `remove` of several keys are all-or-nothing, and `onChanged` reports
 * every change in every extension context.
 */
export interface StoreArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
}

type AreaName = 'local' | 'sync' | 'session';

const BROWSER_AREAS = new Map<AreaName, StoreArea>();

/** A `browser.storage` area (one object per name), looked up at each call (tests replace the browser). */
export function browserArea(name: AreaName): StoreArea {
  const known = BROWSER_AREAS.get(name);
  if (known) return known;
  const area = () => browser.storage[name];
  const created: StoreArea = {
    get: (keys) => area().get(keys),
    set: (items) => area().set(items),
    remove: (keys) => area().remove(keys),
    onChanged: {
      addListener: (listener) => area().onChanged.addListener(listener),
      removeListener: (listener) => area().onChanged.removeListener(listener),
    },
  };
  BROWSER_AREAS.set(name, created);
  return created;
}

/** The database of the account data in Firefox (the token has its own, `VAULT_DB`). */
export const DATA_STORE: IdbStore = { db: 'agentpmt-data', store: 'values' };
/** The channel that carries IndexedDB changes to every page and the background. */
export const DATA_CHANNEL = 'agentpmt-storage';

export interface IdbAreaDeps {
  idb?: () => IDBFactory;
  channel?: (name: string) => BroadcastChannel;
}

/**
 * A `StoreArea` on the extension's own IndexedDB, for the browser where content scripts
 * can read `storage.local` (Firefox): a content script's IndexedDB is the page's, so it
 * never sees these values. Values persist across restarts. Changes reach every context
 * of the extension (background, popup, options, widget page) through a same-origin
 * `BroadcastChannel`, this one included, as `storage.onChanged` does. Throws when
 * IndexedDB fails.
 */
export function createIdbArea({ idb = () => indexedDB, channel = (name) => new BroadcastChannel(name) }: IdbAreaDeps = {}): StoreArea {
  const listeners = new Set<ChangeListener>();
  let receiver: BroadcastChannel | null = null;

  /** Writes (or, for `undefined`, deletes) every entry in one transaction, then tells every context. */
  async function update(entries: Array<[string, unknown]>): Promise<void> {
    const changes = await idbTransaction(idb(), DATA_STORE, 'readwrite', async (store) => {
      const old: unknown[] = await Promise.all(entries.map(([key]) => idbRequest(store.get(key))));
      await Promise.all(entries.map(([key, value]) => (value === undefined ? idbRequest(store.delete(key)) : idbRequest(store.put(value, key)))));
      return Object.fromEntries(entries.map(([key, newValue], i) => [key, { oldValue: old[i], newValue }]));
    });
    const sender = channel(DATA_CHANNEL);
    sender.postMessage(changes);
    sender.close();
  }

  return {
    async get(keys) {
      const values: unknown[] = await idbTransaction(idb(), DATA_STORE, 'readonly', (store) =>
        Promise.all(keys.map((key) => idbRequest(store.get(key)))),
      );
      return Object.fromEntries(keys.flatMap((key, i) => (values[i] === undefined ? [] : [[key, values[i]]])));
    },
    set: (items) => update(Object.entries(items)),
    remove: (keys) => update(keys.map((key) => [key, undefined])),
    onChanged: {
      addListener(listener) {
        listeners.add(listener);
        if (receiver !== null) return;
        receiver = channel(DATA_CHANNEL);
        receiver.onmessage = (event: MessageEvent<StoreChanges>) => listeners.forEach((l) => l(event.data));
      },
      removeListener(listener) {
        listeners.delete(listener);
        if (listeners.size > 0 || receiver === null) return;
        receiver.close();
        receiver = null;
      },
    },
  };
}
