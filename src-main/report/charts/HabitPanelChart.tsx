/**
 * A habit's strength over the period as a line, with how much of its goal each week, month or
 * quarter met as bars below (a full bar is the goal met: every day kept for a habit to break).
 * No goal line is drawn across the strength: Loop's score is a rough guide, not a grade to reach.
 */
import { scaleLinear } from 'd3-scale';
import { scoreHabitDays } from '../../shared/habit-strength';
import { bucketUnitFor, spanDays } from '../../shared/series/buckets';
import type { HabitData } from '../report-data';
import { habitBarsCaption } from '../report-copy';
import { TimeAxis, ValueAxis } from './axes';
import { ChartSvg, MIN_MARK, PALETTE } from './ChartSvg';
import { CHART_WORDS } from './charts-copy';
import { goalShares } from './habit-goal-share';
import { LineWithDots } from './marks';
import { dayScale, round, WIDTH, type Plot } from './scales';

/** More than two years: the strength line keeps one point a week. */
const WEEKLY_AFTER_DAYS = 730;

export interface HabitPanelChartProps {
  readonly habit: HabitData;
  readonly from: string;
  readonly to: string;
}

export function HabitPanelChart({ habit, from, to }: HabitPanelChartProps) {
  const plot: Plot = { left: 40, right: WIDTH - 12, top: 8, bottom: 76 };
  const bars: Plot = { left: 40, right: WIDTH - 12, top: 102, bottom: 132 };
  const scale = dayScale(from, to, plot);
  const y = scaleLinear().domain([0, 1]).range([plot.bottom, plot.top]);
  const barHeight = scaleLinear()
    .domain([0, 1])
    .range([0, bars.bottom - bars.top]);
  const isWeekly = spanDays(from, to) > WEEKLY_AFTER_DAYS;
  const scored = scoreHabitDays(habit, habit.records, from, to);
  const firstRecord = habit.records.reduce<string | null>(
    (first, rec) => (first === null || rec.day < first ? rec.day : first),
    null,
  );
  // The line starts with the habit's first record: before it, the habit had no strength to show.
  // It ends on the day the habit was archived: after it, days were not missed, the habit was put
  // away, and a line falling to 0% read as a habit failed.
  const isShown = (day: string) =>
    firstRecord !== null &&
    day >= firstRecord &&
    (habit.archivedDay === null || day <= habit.archivedDay);
  const line = scored
    .filter((_, index) => !isWeekly || index % 7 === 6 || index === scored.length - 1)
    .map((s) => ({ x: scale.x(s.day), y: isShown(s.day) ? y(s.strength) : null }));

  const unit = bucketUnitFor(from, to);
  const barRects = goalShares(habit, scored, from, to, unit)
    .filter((bar) => bar.share > 0)
    .map((bar) => {
      const x0 = round(scale.x(bar.from) - scale.half + 1);
      const x1 = round(Math.max(scale.x(bar.to) + scale.half - 1, x0 + 1));
      // One day kept in a long bucket still shows: never thinner than a hairline a reader can see.
      const height = round(Math.max(barHeight(bar.share), MIN_MARK));
      return (
        <rect
          key={bar.from}
          x={x0}
          y={round(bars.bottom - height)}
          width={round(x1 - x0)}
          height={height}
        />
      );
    });

  return (
    <ChartSvg height={158} label={CHART_WORDS.habitLabel(habit.kind)}>
      <ValueAxis
        ticks={[0, 0.5, 1]}
        y={y}
        plot={plot}
        format={(v) => `${Math.round(v * 100)}%`}
        title={null}
      />
      <LineWithDots points={line} stroke={PALETTE.line} width={2} />
      <text className="legend" x={bars.left} y={bars.top - 6}>
        {habitBarsCaption(habit.kind, habit.targetCount, habit.period, unit)}
      </text>
      <rect
        className="bar-track"
        x={bars.left}
        y={bars.top}
        width={bars.right - bars.left}
        height={bars.bottom - bars.top}
        fill={PALETTE.grid}
        fillOpacity={0.4}
      />
      <g className="goal-bars" fill={PALETTE.point}>
        {barRects}
      </g>
      <TimeAxis from={from} to={to} plot={bars} x={scale.x} />
    </ChartSvg>
  );
}
