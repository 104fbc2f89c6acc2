import { MAX_SAMPLES, SAMPLE_RETENTION_MS, SAMPLE_SPACING_MS } from './defaults';

export interface BalanceSample {
  at: number;
  balance: number;
}

/**
 * Adds a balance sample for the chart, keeping the list bounded: at most one sample per
 * `SAMPLE_SPACING_MS` (a newer sample inside the spacing is skipped), nothing older than
 * `SAMPLE_RETENTION_MS`, nothing dated after `now` (a clock that went back), sorted by time.
 * Pure; does not mutate `samples`.
 */
export function addSample(samples: readonly BalanceSample[], sample: BalanceSample): BalanceSample[] {
  const now = sample.at;
  const kept = samples.filter((s) => s.at <= now && s.at > now - SAMPLE_RETENTION_MS).sort((x, y) => x.at - y.at);
  const last = kept.at(-1);
  if (last === undefined || now - last.at >= SAMPLE_SPACING_MS) kept.push({ at: now, balance: sample.balance });
  return kept.slice(-MAX_SAMPLES);
}
