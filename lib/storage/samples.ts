import { DAY_MS, MINUTE_MS } from '@/lib/ledger/constants';
import type { Sample } from './items';

/** Samples for the balance chart: at most one per 10 minutes, kept for 30 days. */
export const SAMPLE_SPACING_MS = 10 * MINUTE_MS;
export const SAMPLE_RETENTION_MS = 30 * DAY_MS;
/** The most samples the retention window can hold. */
export const MAX_SAMPLES = Math.ceil(SAMPLE_RETENTION_MS / SAMPLE_SPACING_MS);

/**
 * Adds a balance sample for the chart, keeping the list bounded: at most one sample per
 * `SAMPLE_SPACING_MS` (a newer sample inside the spacing is skipped), nothing older than
 * `SAMPLE_RETENTION_MS`, nothing dated after `now` (a clock that went back), sorted by time.
 * Pure; does not mutate `samples`.
 */
export function addSample(samples: readonly Sample[], sample: Sample): Sample[] {
  const now = sample.at;
  const kept = samples.filter((s) => s.at <= now && s.at > now - SAMPLE_RETENTION_MS).sort((x, y) => x.at - y.at);
  const last = kept.at(-1);
  if (last === undefined || now - last.at >= SAMPLE_SPACING_MS) kept.push({ at: now, balance: sample.balance });
  return kept.slice(-MAX_SAMPLES);
}
