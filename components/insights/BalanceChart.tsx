import { useTexts } from '@/components/ui/i18n';
import { chartGeometry, segmentPath, type ChartSample } from './chart-geometry';

const BOX = { width: 320, height: 72, padding: 4 };

/**
 * A small hand-drawn balance chart: one line per run of samples, a dot for a lone sample,
 * nothing across gaps. Described for screen readers by its range and extremes.
 */
export function BalanceChart({ samples, gapMs }: { samples: readonly ChartSample[]; gapMs: number }) {
  const { t, tn, num, date } = useTexts();
  const geometry = chartGeometry(samples, { ...BOX, gapMs });
  if (!geometry || samples.length < 2) {
    return <p className="text-xs text-zinc-600 dark:text-zinc-300">{t('popup.chart.empty')}</p>;
  }
  const label = t('popup.chart.label', {
    from: date(geometry.from),
    to: date(geometry.to),
    min: tn('credits', geometry.minBalance),
    max: tn('credits', geometry.maxBalance),
    last: tn('credits', geometry.lastBalance),
  });
  const gaps = geometry.segments.length > 1;
  return (
    <figure>
      <div className="flex gap-1.5">
        <div aria-hidden="true" className="flex h-18 flex-col justify-between text-right text-[10px] leading-none text-zinc-600 tabular-nums dark:text-zinc-300">
          <span>{num(geometry.maxBalance)}</span>
          <span>0</span>
        </div>
        <svg
          role="img"
          aria-label={label}
          viewBox={`0 0 ${BOX.width} ${BOX.height}`}
          className="h-18 min-w-0 flex-1 text-apmt-brand dark:text-indigo-300"
          preserveAspectRatio="none"
        >
          <line
            x1={0}
            x2={BOX.width}
            y1={BOX.height - BOX.padding}
            y2={BOX.height - BOX.padding}
            className="stroke-zinc-300 dark:stroke-zinc-600"
            strokeWidth={1}
            vectorEffect="non-scaling-stroke"
          />
          {geometry.segments.map((segment, i) =>
            segment.length === 1 && segment[0] ? (
              <circle key={i} cx={segment[0].x} cy={segment[0].y} r={2} fill="currentColor" />
            ) : (
              <path
                key={i}
                d={segmentPath(segment)}
                fill="none"
                stroke="currentColor"
                strokeWidth={1.75}
                strokeLinejoin="round"
                vectorEffect="non-scaling-stroke"
              />
            ),
          )}
        </svg>
      </div>
      <figcaption className="mt-1 flex justify-between text-[11px] text-zinc-600 dark:text-zinc-300">
        <span>{date(geometry.from)}</span>
        {gaps && <span>{t('popup.chart.gaps')}</span>}
        <span>{date(geometry.to)}</span>
      </figcaption>
    </figure>
  );
}
