import { storage } from '#imports';
import type { WxtStorageItem } from 'wxt/utils/storage';
import type * as z from 'zod/mini';
import type { StorageKey } from './keys';

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

/** A WXT storage item holding `unknown` (storage is untrusted), with its validated reader. */
export type StoredItem<T> = WxtStorageItem<unknown, Record<string, unknown>> & {
  /** The stored value, validated: an invalid one reads as the fallback. Never throws. */
  parse(value: unknown): T;
  /** Reads and validates the stored value. */
  read(): Promise<T>;
  /** The React Query key of the validated value (pages share it). */
  queryKey: readonly ['stored', string];
  version: number;
};

/**
 * Defines one stored value from its key and definition: the WXT item (versioned, with its
 * migrations), its validating `parse`/`read`, and its query key. Every read goes through
 * the schema, so a value written by an older version, another context or a bug never
 * reaches the code unchecked.
 */
export function defineStored<S extends z.ZodMiniType>(key: StorageKey, definition: StoredDefinition<S>): StoredItem<z.output<S>> {
  const { schema, fallback, version = 1, migrations } = definition;
  const item = storage.defineItem<unknown>(key, { fallback, version, ...(migrations && { migrations }) });
  const parse = (value: unknown): z.output<S> => {
    const result = schema.safeParse(value);
    return result.success ? result.data : schema.parse(fallback);
  };
  return Object.assign(item, {
    parse,
    read: async () => parse(await item.getValue()),
    queryKey: ['stored', key] as const,
    version,
  });
}
