import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { HurtSeries } from '../../src-main/shared/contract/charts';
import { TREND_MIN_POINTS } from '../../src-main/shared/share-words';
import { leastSquaresMovement } from '../../src-main/shared/trend';
import { formatCount, formatOneDecimal } from '../app/day-format';
import { BUCKET_COLUMN, BUCKET_NOTES } from './chart-copy';
import { ChartFrame, type ChartTable } from './ChartFrame';
import { plainDot } from './plain-shapes';
import { useChartPalette } from './chart-theme';
import * as copy from './progress-charts-copy';
import {
  TIME_CHART_MARGIN,
  bucketCentre,
  bucketLabel,
  timeAxis,
  timeXAxisProps,
  withGapBreaks,
} from './time-axis';
import './progress-charts.css';

export function hurtTable(series: HurtSeries): ChartTable {
  return {
    caption: copy.hurtCaption(series),
    columns: [BUCKET_COLUMN[series.bucket], copy.HURT_COLUMNS.mean, copy.HURT_COLUMNS.entries],
    rows: series.points.map((point) => [
      bucketLabel(point.day, series.bucket),
      formatOneDecimal(point.mean),
      formatCount(point.entries),
    ]),
  };
}

/**
 * How much the breakup hurts (0 to 10) over the range, on a time axis: each bucket's mean as a
 * dot, joined into a line from TREND_MIN_POINTS points (fewer cannot carry a line), with the same
 * words for where it went as the Journey uses. Never animated.
 */
export function HurtChart({
  series,
  headingLevel,
}: {
  readonly series: HurtSeries;
  readonly headingLevel?: 2 | 3;
}) {
  const palette = useChartPalette();
  const axis = timeAxis(series.from, series.to);
  const isJoined = series.points.length >= TREND_MIN_POINTS;
  const points: { x: number; day: string; mean: number | null }[] = series.points.map((point) => ({
    x: bucketCentre(point.day, series.bucket, series.from, series.to),
    day: point.day,
    mean: point.mean,
  }));
  const data = withGapBreaks(points, series.bucket, (x) => ({ x, day: '', mean: null }));
  // A year of daily dots at full size reads as a thick band; smaller, the line shows through.
  const dotSize = series.points.length > 60 ? 2 : 3;
  // The line the summary's words come from ("went down from about 9 to about 3"), drawn dashed,
  // so a reader sees what "about 3" is read from rather than the last few dots alone.
  const movement = leastSquaresMovement(
    series.points.map((point) => ({ day: point.day, value: point.mean })),
    { min: 0, max: 10 },
  );
  const xOf = (day: string) => points.find((p) => p.day === day)?.x;
  const trendFrom = movement === null ? undefined : xOf(movement.firstDay);
  const trendTo = movement === null ? undefined : xOf(movement.lastDay);
  const labelOf = (x: unknown) => {
    const point = points.find((p) => p.x === Number(x));
    return point === undefined ? '' : bucketLabel(point.day, series.bucket);
  };
  return (
    <ChartFrame
      title={copy.HURT_CHART_TITLE}
      summary={copy.hurtSummary(series)}
      note={`${BUCKET_NOTES[series.bucket]} ${copy.HURT_NOTE_SCALE}${
        movement === null ? '' : ` ${copy.HURT_NOTE_TREND}`
      }`}
      table={() => hurtTable(series)}
      headingLevel={headingLevel}
    >
      <div className="series-chart hurt-chart">
        <ResponsiveContainer width="100%" height={200}>
          <ComposedChart
            // The picture is hidden from screen readers (ChartFrame: the summary and the table
            // say what it says), so recharts' keyboard layer would be a focus stop inside
            // hidden content (axe: aria-hidden-focus).
            accessibilityLayer={false}
            data={data}
            margin={TIME_CHART_MARGIN}
          >
            <CartesianGrid stroke={palette.grid} vertical={false} />
            <XAxis {...timeXAxisProps(axis, palette)} />
            <YAxis
              domain={[0, 10]}
              ticks={[0, 5, 10]}
              tick={{ fill: palette.muted, fontSize: 12 }}
              stroke={palette.axis}
            />
            <Tooltip
              labelFormatter={labelOf}
              formatter={(value) => [formatOneDecimal(Number(value)), copy.HURT_COLUMNS.mean]}
              contentStyle={{ background: palette.grid, border: 'none', color: palette.ink }}
              labelStyle={{ color: palette.ink }}
            />
            {movement !== null && trendFrom !== undefined && trendTo !== undefined ? (
              <ReferenceLine
                className="hurt-trend"
                segment={[
                  { x: trendFrom, y: movement.start },
                  { x: trendTo, y: movement.end },
                ]}
                stroke={palette.ink}
                strokeDasharray="6 4"
                strokeWidth={1.5}
                ifOverflow="hidden"
              />
            ) : null}
            <Line
              className="hurt-line"
              type="linear"
              dataKey="mean"
              name={copy.HURT_COLUMNS.mean}
              stroke={isJoined ? palette.line : 'none'}
              strokeWidth={2}
              dot={plainDot({ r: dotSize, fill: palette.line, className: 'hurt-dot' })}
              activeDot={{ r: 4 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}
