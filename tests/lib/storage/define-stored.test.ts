import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import type { StoreArea } from '@/lib/storage/areas';
import { defineStored } from '@/lib/storage/define-stored';
import { STORAGE_KEYS } from '@/lib/storage/keys';

/** An in-memory area that counts its reads. */
function countingArea(initial: Record<string, unknown>) {
  const values = new Map(Object.entries(initial));
  const area: StoreArea & { gets: number } = {
    gets: 0,
    get: async (keys) => (area.gets++, Object.fromEntries(keys.filter((key) => values.has(key)).map((key) => [key, values.get(key)]))),
    set: async (items) => void Object.entries(items).forEach(([key, value]) => values.set(key, value)),
    remove: async (keys) => void keys.forEach((key) => values.delete(key)),
    onChanged: { addListener: () => undefined, removeListener: () => undefined },
  };
  return area;
}

describe('defineStored reads', () => {
  const schema = z.object({ n: z.number() });
  /** Any key will do: each test defines its own item over its own area. */
  const KEY = STORAGE_KEYS.samples;

  it('answers the first read with the migration check’s own read, and reads afresh after', async () => {
    // Arrange
    const area = countingArea({ balanceSamples: { n: 1 }, balanceSamples$: { v: 2 } });
    const item = defineStored(KEY, { schema, fallback: { n: 0 }, version: 2 }, area);

    // Act
    const first = await item.read();
    await area.set({ balanceSamples: { n: 2 } });
    const second = await item.read();

    // Assert
    expect([first, second]).toEqual([{ n: 1 }, { n: 2 }]);
    expect(area.gets).toBe(2);
  });

  it('reads the migrated value first when a migration ran', async () => {
    // Arrange
    const area = countingArea({ balanceSamples: { old: 5 } });
    const item = defineStored(KEY, { schema, fallback: { n: 0 }, version: 2, migrations: { 2: (v) => ({ n: (v as { old: number }).old }) } }, area);

    // Act
    const actual = await item.read();

    // Assert
    expect(actual).toEqual({ n: 5 });
    expect(area.gets).toBe(1);
    expect(await area.get(['balanceSamples$'])).toEqual({ balanceSamples$: { v: 2 } });
  });

  it('lets reads that wait for the migration read afresh', async () => {
    // Arrange
    const area = countingArea({ balanceSamples: { n: 1 } });
    const item = defineStored(KEY, { schema, fallback: { n: 0 } }, area);

    // Act
    const both = await Promise.all([item.read(), item.read()]);

    // Assert
    expect(both).toEqual([{ n: 1 }, { n: 1 }]);
    expect(area.gets).toBe(2);
  });
});
