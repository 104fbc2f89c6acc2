import { queryOptions, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';

/** The part of a WXT storage item the hooks use. */
export interface WatchableItem {
  getValue(): Promise<unknown>;
  watch(callback: (value: unknown) => void): () => void;
}

/** How to read one stored value: its key, its item and the parser that validates it. */
export interface StoredSource<T> {
  queryKey: QueryKey;
  item: WatchableItem;
  parse: (value: unknown) => T;
}

/**
 * Query options that read a stored value through its parser. Storage is the cache, so the
 * value never goes stale by time: `storage.watch` pushes every change (see `useStored`).
 */
export function storedQueryOptions<T>(source: StoredSource<T>) {
  return queryOptions({
    queryKey: source.queryKey,
    queryFn: async (): Promise<T> => source.parse(await source.item.getValue()),
    staleTime: Infinity,
  });
}

/**
 * A validated stored value, kept current: the query reads storage once, and a watch
 * subscription writes each new value into the cache with `setQueryData`, so every
 * component reading the key re-renders when any context changes it.
 */
export function useStored<T>(source: StoredSource<T>) {
  const client = useQueryClient();
  const { item, parse, queryKey } = source;
  useEffect(() => item.watch((value) => client.setQueryData(queryKey, parse(value))), [client, item, parse, queryKey]);
  return useQuery(storedQueryOptions(source));
}
