import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { browserArea, createIdbArea, type StoreArea, type StoreChanges } from '@/lib/storage/areas';
import { defineStored, relocateStored, removeStored, writeStored } from '@/lib/storage/define-stored';
import { resetBrowser } from '@/tests/helpers/background-harness';
import { createFakeIdb } from '@/tests/helpers/fake-idb';

let channelId = 0;

/** Two contexts of one extension (say the background and the popup) over one IndexedDB. */
function idbContexts() {
  const idb = createFakeIdb();
  const name = `test-channel-${(channelId += 1)}`;
  const open = () => createIdbArea({ idb: () => idb.factory, channel: () => new BroadcastChannel(name) });
  return { idb, areas: [open(), open()] as const };
}

/** The same contract for both backends: `storage.local` (Chrome) and IndexedDB (Firefox). */
const BACKENDS: Array<[string, () => readonly [StoreArea, StoreArea]]> = [
  ['storage.local', () => [browserArea('local'), browserArea('local')]],
  ['IndexedDB', () => idbContexts().areas],
];

const unwatchers: Array<() => void> = [];
beforeEach(() => resetBrowser());
afterEach(() => unwatchers.splice(0).forEach((stop) => stop()));

function watchChanges(area: StoreArea) {
  const seen: StoreChanges[] = [];
  const listener = (changes: StoreChanges) => void seen.push(changes);
  area.onChanged.addListener(listener);
  unwatchers.push(() => area.onChanged.removeListener(listener));
  return seen;
}

describe.each(BACKENDS)('the %s area', (_name, open) => {
  it('gets what was set, leaves out what is missing and removes several keys at once', async () => {
    const [area] = open();

    await area.set({ a: { n: 1 }, b: [1, 2] });
    expect(await area.get(['a', 'b', 'missing'])).toEqual({ a: { n: 1 }, b: [1, 2] });

    await area.remove(['a', 'b']);
    expect(await area.get(['a', 'b'])).toEqual({});
  });

  it('reports each change, with old and new value, to another context', async () => {
    const [writer, reader] = open();
    await writer.set({ a: 1 });
    const seen = watchChanges(reader);

    await writer.set({ a: 2 });
    await writer.remove(['a']);

    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[0]).toMatchObject({ a: { oldValue: 1, newValue: 2 } });
    expect(seen[1]!.a).toMatchObject({ oldValue: 2 });
    expect(seen[1]!.a?.newValue ?? null).toBeNull();
  });
});

const MIGRATED = z.object({ count: z.number(), label: z.string() });
const definition = {
  schema: z.nullable(MIGRATED),
  fallback: null,
  version: 2,
  migrations: { 2: (value: unknown) => ({ ...(value as object), label: 'migrated' }) },
};

describe.each(BACKENDS)('a stored value on %s', (_name, open) => {
  it('reads its fallback, then what was written, then the fallback once removed', async () => {
    const [area] = open();
    const item = defineStored('local:snapshot', definition, area);

    expect(await item.read()).toBeNull();
    await item.setValue({ count: 1, label: 'x' });
    expect(await item.read()).toEqual({ count: 1, label: 'x' });
    expect(await area.get(['snapshot$'])).toEqual({ snapshot$: { v: 2 } });

    await item.removeValue();
    expect(await item.read()).toBeNull();
    expect(await area.get(['snapshot', 'snapshot$'])).toEqual({});
  });

  it('migrates a value an older version stored, once, and records the new version', async () => {
    const [area] = open();
    await area.set({ snapshot: { count: 3 } });
    const item = defineStored('local:snapshot', definition, area);

    expect(await item.read()).toEqual({ count: 3, label: 'migrated' });
    expect(await area.get(['snapshot$'])).toEqual({ snapshot$: { v: 2 } });
  });

  it('reads an invalid value as its fallback', async () => {
    const [area] = open();
    await area.set({ snapshot: { count: 'many' }, snapshot$: { v: 2 } });

    expect(await defineStored('local:snapshot', definition, area).read()).toBeNull();
  });

  it('tells a watcher in another context of each new value, and nothing after unwatching', async () => {
    const [background, popup] = open();
    const written = defineStored('local:snapshot', definition, background);
    const watched = defineStored('local:snapshot', definition, popup);
    const seen: unknown[] = [];
    const stop = watched.watch((value) => seen.push(value));

    await writeStored([{ item: written, value: { count: 1, label: 'a' } }]);
    await vi.waitFor(() => expect(seen).toEqual([{ count: 1, label: 'a' }]));
    await removeStored([written]);
    await vi.waitFor(() => expect(seen).toEqual([{ count: 1, label: 'a' }, null]));

    stop();
    await written.setValue({ count: 2, label: 'b' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(2);
  });
});

describe('relocateStored (Firefox, after an update)', () => {
  it('moves values an older version left in storage.local to IndexedDB and erases them there', async () => {
    // Arrange
    vi.stubEnv('BROWSER', 'firefox');
    const [area] = idbContexts().areas;
    await fakeBrowser.storage.local.set({ snapshot: { count: 5 }, snapshot$: { v: 1 }, alertState: { n: 1 }, other: 1 });
    const snapshot = defineStored('local:snapshot', definition, area);
    const alertState = defineStored('local:alertState', { schema: z.object({ n: z.number() }), fallback: { n: 0 } }, area);
    await alertState.setValue({ n: 2 });

    // Act
    await relocateStored([snapshot, alertState]);

    // Assert: moved (and migrated on read), the newer IndexedDB value kept, storage.local cleared
    expect(await snapshot.read()).toEqual({ count: 5, label: 'migrated' });
    expect(await alertState.read()).toEqual({ n: 2 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ other: 1 });
  });

  it('leaves storage.local alone where values live there (Chrome)', async () => {
    await fakeBrowser.storage.local.set({ snapshot: { count: 5, label: 'x' } });
    const snapshot = defineStored('local:snapshot', definition, browserArea('local'));

    await relocateStored([snapshot]);

    expect(await fakeBrowser.storage.local.get(null)).toEqual({ snapshot: { count: 5, label: 'x' } });
  });
});
