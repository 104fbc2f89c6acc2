import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartGapMs, chartGeometry, segmentPath, type ChartSample } from '@/components/insights/chart-geometry';
import { SAMPLE_SPACING_MS } from '@/lib/storage/samples';

const BOX = { width: 100, height: 50, padding: 5, gapMs: 30 * 60_000 };
const MIN = 60_000;
const at = (minutes: number, balance: number): ChartSample => ({ at: minutes * MIN, balance });

describe('chartGeometry', () => {
  it('returns null without samples', () => {
    expect(chartGeometry([], BOX)).toBeNull();
  });

  it('joins samples that are close and splits at a gap', () => {
    const samples = [at(0, 100), at(10, 90), at(20, 80), at(120, 60), at(130, 50)];

    const actual = chartGeometry(samples, BOX);

    expect(actual?.segments.map((s) => s.length)).toEqual([3, 2]);
    expect(actual).toMatchObject({ from: 0, to: 130 * MIN, minBalance: 50, maxBalance: 100, lastBalance: 50 });
  });

  it('draws from zero up to the highest balance, time left to right', () => {
    const actual = chartGeometry([at(0, 0), at(10, 200), at(20, 100)], BOX);

    expect(actual?.segments[0]).toEqual([
      { x: 5, y: 45 },
      { x: 50, y: 5 },
      { x: 95, y: 25 },
    ]);
  });

  it('sorts samples by time and keeps a lone sample as a one-point segment', () => {
    const actual = chartGeometry([at(100, 10), at(0, 10), at(10, 10)], BOX);

    expect(actual?.segments.map((s) => s.length)).toEqual([2, 1]);
    expect(actual?.segments[1]?.[0]?.x).toBe(95);
  });

  it('keeps every point inside the box, with one more segment than there are gaps', () => {
    const sample = fc.record({ at: fc.integer({ min: 0, max: 1e9 }), balance: fc.integer({ min: 0, max: 1e7 }) });
    fc.assert(
      fc.property(fc.array(sample, { minLength: 1, maxLength: 80 }), (samples) => {
        const actual = chartGeometry(samples, BOX)!;
        const points = actual.segments.flat();
        const times = samples.map((s) => s.at).sort((a, b) => a - b);
        const gaps = times.slice(1).filter((t, i) => t - times[i]! > BOX.gapMs).length;
        expect(points).toHaveLength(samples.length);
        expect(actual.segments).toHaveLength(gaps + 1);
        for (const p of points) {
          expect(p.x).toBeGreaterThanOrEqual(BOX.padding);
          expect(p.x).toBeLessThanOrEqual(BOX.width - BOX.padding);
          expect(p.y).toBeGreaterThanOrEqual(BOX.padding);
          expect(p.y).toBeLessThanOrEqual(BOX.height - BOX.padding);
        }
      }),
    );
  });
});

describe('chartGapMs', () => {
  it.each([
    [5, 3 * SAMPLE_SPACING_MS],
    [10, 3 * SAMPLE_SPACING_MS],
    [60, 3 * 60 * MIN],
  ])('allows three sampling periods at a %i-minute refresh', (minutes, expected) => {
    expect(chartGapMs(minutes)).toBe(expected);
  });
});

describe('segmentPath', () => {
  it('moves to the first point and draws lines to the others', () => {
    expect(segmentPath([{ x: 1, y: 2 }, { x: 3, y: 4 }, { x: 5, y: 6 }])).toBe('M1 2 L3 4 L5 6');
  });
});
