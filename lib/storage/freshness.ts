import type { Settings } from './settings';
import { MINUTE_MS } from '@/lib/time';

/** A snapshot older than this many refresh intervals is stale (NET-9). */
export const STALE_AFTER_INTERVALS = 2;

/**
 * True when the stored data is stale: fetched more than two refresh intervals ago.
 * Pages and the badge use the same rule. Pure.
 */
export function isSnapshotStale(
  snapshot: { fetchedAt: number },
  settings: Pick<Settings, 'refreshMinutes'>,
  now: number,
): boolean {
  return now - snapshot.fetchedAt > STALE_AFTER_INTERVALS * settings.refreshMinutes * MINUTE_MS;
}
