import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sample } from '@/lib/storage/items';
import { addSample, MAX_SAMPLES, SAMPLE_RETENTION_MS, SAMPLE_SPACING_MS } from '@/lib/storage/samples';

const MIN = 60_000;

describe('addSample', () => {
  it('keeps at most one sample per 10 minutes, nothing older than 30 days, sorted', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 90 * 24 * 60 }), { maxLength: 300 }), (minutes) => {
        let samples: Sample[] = [];
        let now = 0;
        for (const step of minutes) {
          now += step * MIN;
          samples = addSample(samples, { at: now, balance: step });
          for (let i = 1; i < samples.length; i += 1) expect(samples[i]!.at - samples[i - 1]!.at).toBeGreaterThanOrEqual(SAMPLE_SPACING_MS);
          for (const s of samples) expect(s.at).toBeGreaterThan(now - SAMPLE_RETENTION_MS);
          expect(samples.length).toBeLessThanOrEqual(MAX_SAMPLES);
        }
      }),
    );
  });

  it('polling every minute for a day stores 144 samples, not 1440', () => {
    let samples: Sample[] = [];
    for (let m = 0; m < 24 * 60; m += 1) samples = addSample(samples, { at: m * MIN, balance: 1000 - m });
    expect(samples).toHaveLength(144);
  });

  it('drops samples dated after now (the clock went back)', () => {
    const actual = addSample([{ at: 5000 * MIN, balance: 1 }], { at: 10 * MIN, balance: 2 });
    expect(actual).toEqual([{ at: 10 * MIN, balance: 2 }]);
  });
});
