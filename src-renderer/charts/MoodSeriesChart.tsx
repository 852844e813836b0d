import {
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MoodSeries, StageSpan } from '../../src-main/shared/contract/charts';
import { STAGE_LABELS } from '../../src-main/shared/domain/stages';
import { formatCount, formatOneDecimal } from '../app/day-format';
import { BUCKET_COLUMN, BUCKET_NOTES } from './chart-copy';
import { ChartFrame, type ChartTable } from './ChartFrame';
import { plainDot } from './plain-shapes';
import { useChartPalette } from './chart-theme';
import * as copy from './progress-charts-copy';
import { ChartKey, GRID_OVER_BANDS, stageBands, stagesShown } from './stage-bands';
import {
  TIME_CHART_MARGIN,
  bucketCentre,
  bucketLabel,
  timeAxis,
  timeXAxisProps,
  withGapBreaks,
} from './time-axis';
import './progress-charts.css';

const Y_DOMAIN = [1, 10] as const;

/** One point as drawn: a blank (mean null) breaks a line where buckets are missing. */
interface MoodRow {
  readonly x: number;
  readonly day: string;
  readonly mean: number | null;
  readonly rolling: number | null;
}

/** The stage a day was in, by the spans (touching, oldest first); null outside them. */
function stageOn(day: string, spans: readonly StageSpan[]): StageSpan['stage'] | null {
  return spans.find((span) => span.from <= day && day <= span.to)?.stage ?? null;
}

/** The table: each bucket's numbers, with the 7-day average by day and the stage it fell in. */
export function moodTable(series: MoodSeries, spans: readonly StageSpan[] | null): ChartTable {
  const isDaily = series.bucket === 'day';
  const columns = [
    BUCKET_COLUMN[series.bucket],
    copy.MOOD_COLUMNS.mean,
    copy.MOOD_COLUMNS.low,
    copy.MOOD_COLUMNS.high,
    copy.MOOD_COLUMNS.entries,
    ...(isDaily ? [copy.MOOD_COLUMNS.rolling] : []),
    ...(spans === null ? [] : [copy.MOOD_COLUMNS.stage]),
  ];
  const rows = series.points.map((point) => {
    const stage = spans === null ? null : stageOn(point.day, spans);
    return [
      bucketLabel(point.day, series.bucket),
      formatOneDecimal(point.mean),
      formatCount(point.low),
      formatCount(point.high),
      formatCount(point.entries),
      ...(isDaily
        ? [point.rolling === null ? copy.NOT_ENOUGH_DAYS : formatOneDecimal(point.rolling)]
        : []),
      ...(spans === null ? [] : [stage === null ? '' : STAGE_LABELS[stage]]),
    ];
  });
  return { caption: copy.moodCaption(series), columns, rows };
}

/**
 * Mood over the range on a time axis (a gap of months keeps its width): with daily buckets each
 * day's mean as a light dot and the 7-day rolling average as the main line; with longer buckets
 * (a long "all time") each week's or month's mean as a thin line, already smoothed. The stages
 * are bands behind it, named where the name fits and always in the key below. Never animated.
 */
export function MoodSeriesChart({
  series,
  stages,
  headingLevel,
}: {
  readonly series: MoodSeries;
  /** The stage spans over the same range, drawn as bands; null when they could not be read. */
  readonly stages: readonly StageSpan[] | null;
  readonly headingLevel?: 2 | 3;
}) {
  const palette = useChartPalette();
  const axis = timeAxis(series.from, series.to);
  const isDaily = series.bucket === 'day';
  const points: MoodRow[] = series.points.map((point) => ({
    x: bucketCentre(point.day, series.bucket, series.from, series.to),
    day: point.day,
    mean: point.mean,
    rolling: point.rolling,
  }));
  // By day the means are dots and the rolling average already stops where days are missing; a
  // line of weekly or monthly means is broken where a bucket is missing.
  const data = isDaily
    ? points
    : withGapBreaks(points, series.bucket, (x) => ({ x, day: '', mean: null, rolling: null }));
  const spans = stages ?? [];
  const hasRolling = isDaily && series.points.some((point) => point.rolling !== null);
  const meanLabel = isDaily ? copy.MOOD_KEY.daily : copy.MOOD_KEY.bucket(series.bucket);
  const keyItems = [
    ...(hasRolling
      ? [{ label: copy.MOOD_KEY.rolling, colour: palette.line, kind: 'line' as const }]
      : []),
    {
      label: meanLabel,
      colour: isDaily ? palette.point : palette.line,
      kind: isDaily ? ('dot' as const) : ('line' as const),
    },
    ...stagesShown(spans).map((stage) => ({
      label: STAGE_LABELS[stage],
      colour: palette.stages[stage],
      kind: 'band' as const,
    })),
  ];
  const labelOf = (x: unknown) => {
    const point = points.find((p) => p.x === Number(x));
    return point === undefined ? '' : bucketLabel(point.day, series.bucket);
  };

  return (
    <ChartFrame
      title={copy.MOOD_CHART_TITLE}
      summary={copy.moodSummary(series)}
      note={BUCKET_NOTES[series.bucket]}
      table={() => moodTable(series, stages)}
      headingLevel={headingLevel}
    >
      <div className="series-chart mood-series-chart">
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart
            // The picture is hidden from screen readers (ChartFrame: the summary and the table
            // say what it says), so recharts' keyboard layer would be a focus stop inside
            // hidden content (axe: aria-hidden-focus).
            accessibilityLayer={false}
            data={data}
            margin={TIME_CHART_MARGIN}
          >
            {stageBands(spans, palette, Y_DOMAIN)}
            <CartesianGrid stroke={palette.grid} vertical={false} zIndex={GRID_OVER_BANDS} />
            <XAxis {...timeXAxisProps(axis, palette)} />
            <YAxis
              domain={[...Y_DOMAIN]}
              // The scale is fixed (1 to 10) whatever the data: recharts otherwise draws no scale, and
              // so no stage bands, over a range with no entries.
              allowDataOverflow
              ticks={[1, 4, 7, 10]}
              tick={{ fill: palette.muted, fontSize: 12 }}
              stroke={palette.axis}
            />
            <Tooltip
              labelFormatter={labelOf}
              formatter={(value, name) => [formatOneDecimal(Number(value)), String(name)]}
              contentStyle={{ background: palette.grid, border: 'none', color: palette.ink }}
              labelStyle={{ color: palette.ink }}
            />
            <Line
              className="mood-series-means"
              type="linear"
              dataKey="mean"
              name={meanLabel}
              // By day the means are dots only: the rolling average is the line to follow.
              stroke={isDaily ? 'none' : palette.line}
              strokeWidth={1.5}
              dot={plainDot({
                r: isDaily ? 2.5 : 2,
                fill: isDaily ? palette.point : palette.line,
                className: 'mood-mean-dot',
              })}
              activeDot={{ r: 4 }}
              isAnimationActive={false}
            />
            {hasRolling && (
              <Line
                className="mood-series-rolling"
                type="monotone"
                dataKey="rolling"
                name={copy.MOOD_KEY.rolling}
                stroke={palette.line}
                strokeWidth={2.5}
                dot={false}
                activeDot={{ r: 4 }}
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
        <ChartKey items={keyItems} />
      </div>
    </ChartFrame>
  );
}
