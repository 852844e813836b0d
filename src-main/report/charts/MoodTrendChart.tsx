/**
 * Daily mood averages as dots, the 7-day rolling average as a line where a week holds enough days,
 * and the stages as bands behind. With no line at all the chart says there are too few entries
 * for a trend.
 */
import { scaleLinear } from 'd3-scale';
import {
  bucketStart,
  dayFromNumber,
  dayNumber,
  rollingAverage,
  spanDays,
} from '../../shared/series/buckets';
import { TREND_MIN_POINTS } from '../../shared/share-words';
import { STAGE_LABELS } from '../../shared/domain/stages';
import type { MoodDay } from '../report-data';
import { TimeAxis, ValueAxis } from './axes';
import { ChartSvg, PALETTE } from './ChartSvg';
import { CHART_WORDS, moodTrendLabel, TOO_FEW_FOR_TREND } from './charts-copy';
import { Legend } from './Legend';
import { Dots, LineWithDots, type Point } from './marks';
import { dayScale, round, WIDTH, type Plot } from './scales';
import {
  BAND_LABEL_STRIP,
  StageBands,
  stageBands,
  unnamedStages,
  type StageSpan,
} from './StageBands';

/** More than two years: one point a week keeps every series under ~550 points. */
const WEEKLY_AFTER_DAYS = 730;

/**
 * The 7-day rolling average of daily mood for each day of the period: null where the 7 days hold
 * fewer than `TREND_MIN_POINTS` days with an entry, so no line is drawn through too few points.
 */
export function moodRollingLine(
  days: readonly MoodDay[],
  from: string,
  to: string,
): (number | null)[] {
  return rollingAverage(
    days.map((d) => ({ day: d.day, value: d.average })),
    from,
    to,
    7,
    TREND_MIN_POINTS,
  );
}

/** Each week's mean of its daily averages, placed on the week's Thursday (or the period's start). */
function weeklyMeans(days: readonly MoodDay[], from: string): { day: string; value: number }[] {
  const weeks = new Map<string, { sum: number; n: number }>();
  for (const d of days) {
    const week = bucketStart(d.day, 'week');
    const w = weeks.get(week) ?? { sum: 0, n: 0 };
    weeks.set(week, { sum: w.sum + d.average, n: w.n + 1 });
  }
  const start = dayNumber(from);
  return [...weeks].map(([week, w]) => ({
    day: dayFromNumber(Math.max(dayNumber(week) + 3, start)),
    value: w.sum / w.n,
  }));
}

export interface MoodTrendChartProps {
  readonly days: readonly MoodDay[];
  readonly from: string;
  readonly to: string;
  readonly stages: readonly StageSpan[];
}

export function MoodTrendChart({ days, from, to, stages }: MoodTrendChartProps) {
  const plot: Plot = { left: 44, right: WIDTH - 12, top: 22, bottom: 214 };
  const scale = dayScale(from, to, plot);
  // With stage bands, their names sit in a strip above the 10 line, so no gridline runs
  // through them.
  const headroom = stages.length > 1 ? BAND_LABEL_STRIP : 4;
  const y = scaleLinear()
    .domain([1, 10])
    .range([plot.bottom - 4, plot.top + headroom]);
  const isWeekly = spanDays(from, to) > WEEKLY_AFTER_DAYS;
  const bands = stageBands(stages, plot, scale);
  // Dots as big as their room allows, from 1.9 (a year of days) to 3 (a month): a month's few
  // dots at a year's size were hard to find.
  const dotRadius = round(Math.min(3, Math.max(1.9, scale.half * 0.3)));

  const rolling = moodRollingLine(days, from, to);
  const hasLine = rolling.some((v) => v !== null);
  const start = dayNumber(from);
  const line = rolling
    .map((value, index) => ({ day: dayFromNumber(start + index), value }))
    .filter((_, index) => !isWeekly || index % 7 === 6 || index === rolling.length - 1)
    .map((p) => ({ x: scale.x(p.day), y: p.value === null ? null : y(p.value) }));
  const inPeriod = days.filter((d) => d.day >= from && d.day <= to);
  const dots: Point[] = (
    isWeekly ? weeklyMeans(inPeriod, from) : inPeriod.map((d) => ({ day: d.day, value: d.average }))
  ).map((p) => ({ x: scale.x(p.day), y: y(p.value) }));

  return (
    <ChartSvg
      height={250}
      label={moodTrendLabel(
        isWeekly,
        hasLine,
        stages.map((s) => s.stage),
      )}
    >
      <StageBands bands={bands} plot={plot} />
      <ValueAxis
        ticks={[1, 4, 7, 10]}
        y={y}
        plot={plot}
        format={String}
        title={CHART_WORDS.moodAxis}
      />
      <TimeAxis from={from} to={to} plot={plot} x={scale.x} />
      <Dots
        points={dots}
        radius={dotRadius}
        fill={PALETTE.point}
        fillOpacity={0.75}
        className="mood-day"
      />
      {hasLine ? <LineWithDots points={line} stroke={PALETTE.line} width={2.2} /> : null}
      <Legend
        x={plot.left}
        y={12}
        items={[
          {
            label: isWeekly ? CHART_WORDS.weeklyAverage : CHART_WORDS.dailyAverage,
            fill: PALETTE.point,
            kind: 'dot',
          },
          hasLine
            ? { label: CHART_WORDS.rollingAverage, fill: PALETTE.line, kind: 'line' }
            : { label: TOO_FEW_FOR_TREND, fill: 'none', kind: 'text' },
          // A band too narrow for its stage's name is named here, so no band is colour alone.
          ...unnamedStages(bands).map((stage) => ({
            label: STAGE_LABELS[stage],
            fill: PALETTE.stages[stage],
          })),
        ]}
      />
    </ChartSvg>
  );
}
