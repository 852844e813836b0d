/** Bars per week, month or quarter, each stacked by category, darkest at the bottom. */
import { scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import {
  bucketStart,
  bucketsOf,
  bucketUnitFor,
  dayFromNumber,
  dayNumber,
  nextBucketStart,
} from '../../shared/series/buckets';
import { plainNumber } from '../format';
import { TimeAxis, ValueAxis } from './axes';
import { ChartSvg, MIN_MARK } from './ChartSvg';
import { hatchPath, type Box } from './hatch';
import { NOTHING_RECORDED } from './charts-copy';
import { Legend } from './Legend';
import { countTicks, dayScale, round, WIDTH, type Plot } from './scales';

export interface StackRow<K extends string> {
  readonly day: string;
  readonly key: K;
  readonly entries: number;
}

export interface StackedBarsOverTimeProps<K extends string> {
  readonly rows: readonly StackRow<K>[];
  readonly from: string;
  readonly to: string;
  /** The categories from the bottom of a bar up, with their fills and words. */
  readonly keys: readonly K[];
  readonly fills: Readonly<Record<K, string>>;
  readonly labels: Readonly<Record<K, string>>;
  readonly label: string;
  readonly yTitle: string;
  /** The category drawn striped over its fill (in the legend too), and the stripes' colour. */
  readonly hatched?: { readonly key: K; readonly stroke: string };
}

/** Space left between stacked segments, so neighbouring shades never run together. */
const SEAM = 0.6;

export function StackedBarsOverTime<K extends string>(props: StackedBarsOverTimeProps<K>) {
  const { rows, from, to, keys, fills, labels, label, yTitle, hatched } = props;
  const plot: Plot = { left: 44, right: WIDTH - 12, top: 26, bottom: 180 };
  const unit = bucketUnitFor(from, to);
  const buckets = bucketsOf(from, to, unit);
  const counts = new Map<string, Map<K, number>>();
  for (const row of rows) {
    if (row.day < from || row.day > to) continue;
    const bucket = bucketStart(row.day, unit);
    const byKey = counts.get(bucket) ?? new Map<K, number>();
    byKey.set(row.key, (byKey.get(row.key) ?? 0) + row.entries);
    counts.set(bucket, byKey);
  }
  // d3's stack gives each category's running total per bucket; heights are then floored to a
  // sliver in drawing units below, so a lone contact among hundreds still shows.
  const series = stack<string, K>()
    .keys(keys)
    .value((bucket, key) => counts.get(bucket)?.get(key) ?? 0)(buckets);
  const totals = buckets.map((_, i) => series.at(-1)?.[i]?.[1] ?? 0);
  const ticks = countTicks(Math.max(...totals, 1));
  // An empty period says so where the bars would be, not only in the chart's name.
  const isEmpty = totals.every((t) => t === 0);
  const y = scaleLinear()
    .domain([0, ticks.at(-1) ?? 1])
    .range([plot.bottom, plot.top]);
  const scale = dayScale(from, to, plot);
  const hatchedBoxes: Box[] = [];

  const bars = buckets.map((bucket, i) => {
    const start = bucket < from ? from : bucket;
    const next = nextBucketStart(bucket, unit);
    const end = next > to ? to : dayFromNumber(dayNumber(next) - 1);
    const x0 = scale.x(start) - scale.half;
    const x1 = scale.x(end) + scale.half;
    const gap = Math.min(3, (x1 - x0) * 0.15);
    let bottom = y(0);
    const segments = series.flatMap((layer) => {
      const point = layer[i];
      const n = point === undefined ? 0 : point[1] - point[0];
      if (n <= 0) return [];
      const height = Math.max(y(0) - y(n), MIN_MARK);
      const top = bottom - (bottom === y(0) ? 0 : SEAM) - height;
      const box = {
        x: round(x0 + gap),
        y: round(top),
        width: round(x1 - x0 - 2 * gap),
        height: round(height),
      };
      if (hatched?.key === layer.key) hatchedBoxes.push(box);
      const rect = <rect key={layer.key} {...box} fill={fills[layer.key]} />;
      bottom = top;
      return [rect];
    });
    return segments.length === 0 ? null : <g key={bucket}>{segments}</g>;
  });

  return (
    <ChartSvg height={206} label={label}>
      <ValueAxis ticks={ticks} y={y} plot={plot} format={plainNumber} title={yTitle} />
      <g className="bars">{bars}</g>
      {hatched === undefined || hatchedBoxes.length === 0 ? null : (
        <path
          className="hatch"
          d={hatchPath(hatchedBoxes)}
          fill="none"
          stroke={hatched.stroke}
          strokeWidth={1.6}
        />
      )}
      {isEmpty ? (
        <text
          className="legend"
          x={round((plot.left + plot.right) / 2)}
          y={round((plot.top + plot.bottom) / 2)}
          textAnchor="middle"
        >
          {NOTHING_RECORDED}
        </text>
      ) : null}
      <TimeAxis from={from} to={to} plot={plot} x={scale.x} />
      <Legend
        x={plot.left}
        y={12}
        items={keys.map((key) => ({
          label: labels[key],
          fill: fills[key],
          ...(hatched?.key === key ? { hatch: hatched.stroke } : {}),
        }))}
      />
    </ChartSvg>
  );
}
