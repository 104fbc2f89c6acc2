import type * as z from 'zod/mini';
import { browserArea, createIdbArea, type StoreArea } from './areas';
import { areaKey, type StorageKey } from './keys';

/** One persisted value, defined once: everything about it is derived from this. */
export interface StoredDefinition<S extends z.ZodMiniType> {
  /** Its schema; a stored value that fails it reads as `fallback` (parsed). */
  schema: S;
  /** What a missing or invalid value reads as; it must pass `schema`. */
  fallback: z.input<S> | z.output<S>;
  /** Bumped with a migration for every change of the stored shape. */
  version?: number;
  /** `version → migrate(value of version - 1)`; pure and idempotent (see `migrations.ts`). */
  migrations?: Record<number, (value: unknown) => unknown>;
}

/** A stored value as its area holds it: `unknown` (storage is untrusted), versioned, watchable. */
export interface StoredValue {
  key: StorageKey;
  fallback: unknown;
  version: number;
  /** Where it lives (see `areaFor`). */
  area: StoreArea;
  /** Runs pending migrations once; every read and write waits for it. Never rejects. */
  ready(): Promise<void>;
  getValue(): Promise<unknown>;
  /** Writes the value with its version; null or undefined removes it. */
  setValue(value: unknown): Promise<void>;
  /** Removes the value and its version. */
  removeValue(): Promise<void>;
  /** Calls back with each new value written in any extension context; returns the unwatch. */
  watch(callback: (newValue: unknown, oldValue: unknown) => void): () => void;
}

/** A stored value with its validated reader and its query key. */
export type StoredItem<T> = StoredValue & {
  /** The stored value, validated: an invalid one reads as the fallback. Never throws. */
  parse(value: unknown): T;
  /** Reads and validates the stored value. */
  read(): Promise<T>;
  /** The React Query key of the validated value (pages share it). */
  queryKey: readonly ['stored', string];
};

let privateIdbArea: StoreArea | null = null;

/**
 * The area a key's prefix names. `sync:` and `session:` are the browser's. `local:` holds
 * account data, which content scripts must not read: `storage.local` where the background
 * closes it to them (Chrome), the extension's IndexedDB where nothing can close it (Firefox).
 */
export function areaFor(key: StorageKey): StoreArea {
  const prefix = key.slice(0, key.indexOf(':'));
  if (prefix === 'sync' || prefix === 'session') return browserArea(prefix);
  // Decided by the build: the Chrome build ships no IndexedDB area.
  if (import.meta.env.BROWSER !== 'firefox') return browserArea('local');
  return (privateIdbArea ??= createIdbArea());
}

const metaKey = (key: string) => `${key}$`;
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every stored value defined in this context, for `relocateStored`. */
const DEFINED: StoredValue[] = [];

/** A value and its version marker (`<key>$`, absent for version 1), ready for one `set`. */
function entries(item: StoredValue, value: unknown): Record<string, unknown> {
  const key = areaKey(item.key);
  return item.version > 1 ? { [key]: value, [metaKey(key)]: { v: item.version } } : { [key]: value };
}

/** Runs pending migrations; resolves to the value as stored afterwards (what a first read returns). */
async function migrate(area: StoreArea, key: string, version: number, migrations: StoredDefinition<z.ZodMiniType>['migrations']) {
  const stored = await area.get([key, metaKey(key)]);
  const value = stored[key];
  const meta = stored[metaKey(key)] as { v?: unknown } | undefined;
  const from = typeof meta?.v === 'number' ? meta.v : 1;
  if (value == null || from >= version) return { value };
  let migrated = value;
  for (let v = from + 1; v <= version; v += 1) migrated = migrations?.[v]?.(migrated) ?? migrated;
  await area.set({ [key]: migrated, [metaKey(key)]: { v: version } });
  return { value: migrated };
}

/**
 * Defines one stored value from its key and definition: its area (`areaFor`), its
 * versioned reads and writes with migrations run on first use, its watch, its validating
 * `parse`/`read`, and its query key. Every read goes through the schema, so a value written
 * by an older version, another context or a bug never reaches the code unchecked.
 */
export function defineStored<S extends z.ZodMiniType>(
  key: StorageKey,
  definition: StoredDefinition<S>,
  area: StoreArea = areaFor(key),
): StoredItem<z.output<S>> {
  const { schema, fallback, version = 1, migrations } = definition;
  const name = areaKey(key);
  let migrated: Promise<{ value: unknown } | undefined> | null = null;
  const migrateOnce = () => (migrated ??= migrate(area, name, version, migrations).catch(() => undefined));
  const parse = (value: unknown): z.output<S> => {
    const result = schema.safeParse(value);
    return result.success ? result.data : schema.parse(fallback);
  };
  const item: StoredItem<z.output<S>> = {
    key,
    fallback,
    version,
    area,
    ready: () => migrateOnce().then(() => undefined),
    async getValue() {
      // The first read is the migration's own read: a page's first paint waits for one round trip, not two.
      const first = migrated === null;
      const migration = await migrateOnce();
      const value = first && migration ? migration.value : (await area.get([name]))[name];
      return value ?? fallback;
    },
    async setValue(value) {
      if (value == null) return item.removeValue();
      await item.ready();
      await area.set(entries(item, value));
    },
    async removeValue() {
      await item.ready();
      await area.remove([name, metaKey(name)]);
    },
    watch(callback) {
      const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
        const change = changes[name];
        if (change === undefined || sameValue(change.newValue, change.oldValue)) return;
        callback(change.newValue ?? fallback, change.oldValue ?? fallback);
      };
      area.onChanged.addListener(listener);
      return () => area.onChanged.removeListener(listener);
    },
    parse,
    read: async () => parse(await item.getValue()),
    queryKey: ['stored', key] as const,
  };
  DEFINED.push(item);
  return item;
}

/** One value to write with `writeStored`. */
export type StoredWrite = { item: StoredValue; value: unknown };

/** Groups work by area, in the order given. */
function byArea<T>(list: T[], areaOf: (entry: T) => StoreArea): Map<StoreArea, T[]> {
  const groups = new Map<StoreArea, T[]>();
  for (const entry of list) groups.set(areaOf(entry), [...(groups.get(areaOf(entry)) ?? []), entry]);
  return groups;
}

/**
 * Writes several values with their versions in one call per area, so a context stopped
 * mid-write leaves either the old values or the new ones. Throws when the area fails.
 */
export async function writeStored(writes: StoredWrite[]): Promise<void> {
  await Promise.all(writes.map(({ item }) => item.ready()));
  const groups = byArea(writes, ({ item }) => item.area);
  await Promise.all([...groups].map(([area, list]) => area.set(Object.assign({}, ...list.map(({ item, value }) => entries(item, value))))));
}

/** Removes several values and their versions, one call per area. Throws when the area fails. */
export async function removeStored(items: StoredValue[]): Promise<void> {
  const groups = byArea(items, (item) => item.area);
  await Promise.all([...groups].map(([area, list]) => area.remove(list.flatMap(({ key }) => [areaKey(key), metaKey(areaKey(key))]))));
}

/**
 * Moves `local:` values that an older version left in `storage.local` to the area they
 * belong in now (Firefox: IndexedDB), keeping any newer value already there, then erases
 * them from `storage.local`, which content scripts can read there. Does nothing where
 * `local:` is `storage.local`; the Chrome build folds the browser check below and ships
 * none of it. Throws when an area fails.
 */
export async function relocateStored(items: StoredValue[] = DEFINED, from: StoreArea = browserArea('local')): Promise<void> {
  if (import.meta.env.BROWSER !== 'firefox') return;
  const moving = items.filter((item) => item.key.startsWith('local:') && item.area !== from);
  for (const item of moving) {
    const keys = [areaKey(item.key), metaKey(areaKey(item.key))];
    const old = await from.get(keys);
    if (Object.keys(old).length === 0) continue;
    const current = await item.area.get(keys);
    if (current[keys[0]!] === undefined) await item.area.set(old);
    await from.remove(keys);
  }
}
