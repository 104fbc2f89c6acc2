import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { StoredItem } from '@/lib/storage/define-stored';

/** The part of a stored item (`defineStored`) a query reads: its key, value, watch and parser. */
export type StoredSource<T> = Pick<StoredItem<T>, 'queryKey' | 'getValue' | 'watch' | 'parse'>;

/**
 * Query options that read a stored value through its parser. Storage is the cache, so the
 * value never goes stale by time: `storage.watch` pushes every change (see `useStored`).
 */
export function storedQueryOptions<T>(source: StoredSource<T>) {
  return queryOptions({
    queryKey: source.queryKey,
    queryFn: async (): Promise<T> => source.parse(await source.getValue()),
    staleTime: Infinity,
  });
}

/**
 * A validated stored value, kept current: `useStored(snapshotItem)`. The query reads
 * storage once, and a watch subscription writes each new value into the cache with
 * `setQueryData`, so every component reading the key re-renders when any context changes it.
 */
export function useStored<T>(source: StoredSource<T>) {
  const client = useQueryClient();
  const { parse, queryKey } = source;
  useEffect(() => source.watch((value) => client.setQueryData(queryKey, parse(value))), [client, source, parse, queryKey]);
  return useQuery(storedQueryOptions(source));
}
