import { QueryClient } from '@tanstack/react-query';

/**
 * One client per page (and a fresh one per test). Storage is the cache: queries read
 * it, `storage.watch` pushes updates, so nothing refetches on its own.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: false },
      mutations: { retry: false },
    },
  });
}
