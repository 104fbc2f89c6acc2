import { SAMPLE_SPACING_MS } from '@/lib/storage/samples';

export interface ChartSample {
  at: number;
  balance: number;
}

export interface ChartPoint {
  x: number;
  y: number;
}

export interface ChartGeometry {
  /** Runs of samples with no gap between them; a run of one is drawn as a dot. */
  segments: ChartPoint[][];
  from: number;
  to: number;
  minBalance: number;
  maxBalance: number;
  lastBalance: number;
}

export interface ChartBox {
  width: number;
  height: number;
  padding: number;
  /** Two samples further apart than this are not joined: the time between is a gap. */
  gapMs: number;
}

/**
 * The longest spacing that still counts as continuous: three sampling periods, where a
 * period is the sample spacing or the refresh interval, whichever is longer.
 */
export function chartGapMs(refreshMinutes: number): number {
  return 3 * Math.max(SAMPLE_SPACING_MS, refreshMinutes * 60_000);
}

/**
 * Lays balance samples out in a box: time on x (first to last sample), balance on y from
 * zero (a chart that starts at zero cannot exaggerate a dip) to the highest balance. Splits
 * the line wherever two samples are more than `gapMs` apart, so missing data shows as a
 * gap instead of a made-up straight line. Returns null without samples. Pure; never throws.
 */
export function chartGeometry(samples: readonly ChartSample[], box: ChartBox): ChartGeometry | null {
  const sorted = [...samples].sort((a, b) => a.at - b.at);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return null;
  const balances = sorted.map((s) => s.balance);
  const maxBalance = Math.max(...balances);
  const span = Math.max(1, last.at - first.at);
  const top = Math.max(1, maxBalance);
  const innerW = box.width - 2 * box.padding;
  const innerH = box.height - 2 * box.padding;
  const point = (s: ChartSample): ChartPoint => ({
    x: round(box.padding + (sorted.length === 1 ? innerW : ((s.at - first.at) / span) * innerW)),
    y: round(box.padding + innerH - (Math.max(0, s.balance) / top) * innerH),
  });
  const segments: ChartPoint[][] = [];
  let previous: ChartSample | null = null;
  for (const sample of sorted) {
    if (previous === null || sample.at - previous.at > box.gapMs) segments.push([]);
    segments.at(-1)?.push(point(sample));
    previous = sample;
  }
  return { segments, from: first.at, to: last.at, minBalance: Math.min(...balances), maxBalance, lastBalance: last.balance };
}

/** An SVG path through the points of one segment. */
export function segmentPath(points: readonly ChartPoint[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
