import { useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { HabitSeries } from '../../src-main/shared/contract/charts';
import { strengthPercent } from '../../src-main/shared/domain/habits';
import { seriesColour } from '../../src-main/shared/series/palette';
import { ChartFrame } from './ChartFrame';
import { BUCKET_COLUMN, BUCKET_NOTES, RANGE_PHRASES } from './chart-copy';
import { ChartNothing, TOOLTIP_STYLE } from './ChartNothing';
import { useChartPalette } from './chart-theme';
import {
  TIME_CHART_MARGIN,
  bucketCentre,
  bucketLabel,
  periodInWords,
  timeAxis,
  timeXAxisProps,
} from './time-axis';
import {
  HABIT_LINES_TITLE,
  LEGEND_HINT,
  NOT_ACTIVE,
  habitLinesSummary,
  habitName,
  strengthInWords,
} from './habit-practice-contact-copy';
import './habit-practice-contact.css';

/** The key of a habit's value in the chart's rows. */
function keyOf(habitId: number): string {
  return `h${String(habitId)}`;
}

/**
 * A line's dash: archived habits dashed; past the palette's colours (which wrap round), dotted, so
 * two habits that share a colour still differ; otherwise solid.
 */
function dashOf(index: number, isArchived: boolean, colours: number): string | undefined {
  if (isArchived) return '6 4';
  return index >= colours ? '2 3' : undefined;
}

/**
 * Every habit's strength (Loop's score, 0 to 100%) over the range, one line per habit in the
 * order the channel gives them, each in its own colour from the shared palette (dotted once the colours
 * wrap round); an archived habit's line is dashed and drawn only where it was active (the channel sends only those points). The
 * legend's entries are buttons that hide or show a line. The x axis is time, so a habit begun
 * late starts late. Presentational: the series comes aggregated from the main process, and the
 * chart never animates.
 */
export function HabitStrengthLines({
  series,
  headingLevel = 3,
}: {
  readonly series: HabitSeries;
  readonly headingLevel?: 2 | 3;
}) {
  const palette = useChartPalette();
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());
  const lines = series.habits
    .map((habit, index) => ({
      habit,
      key: keyOf(habit.habitId),
      colour: seriesColour(palette, index),
      dash: dashOf(index, habit.activeTo !== null, palette.series.length),
      name: habitName(habit.name, habit.activeTo !== null, habit.kind),
      isArchived: habit.activeTo !== null,
      percents: new Map(habit.points.map((p) => [p.day, strengthPercent(p.strength)])),
    }))
    .filter((line) => line.habit.points.length > 0);

  const days = [...new Set(lines.flatMap((line) => [...line.percents.keys()]))].sort();
  // Each bucket sits where the other Insights charts put it (bucketCentre), on the same axis.
  const xOf = (day: string) => bucketCentre(day, series.bucket, series.from, series.to);
  const rows = days.map((day) => ({
    x: xOf(day),
    ...Object.fromEntries(lines.map((line) => [line.key, line.percents.get(day) ?? null])),
  }));
  const summary = habitLinesSummary(
    lines.map((line) => ({
      name: line.habit.name,
      isArchived: line.isArchived,
      lastPercent: line.percents.get(line.habit.points.at(-1)?.day ?? '') ?? 0,
    })),
    RANGE_PHRASES[series.range],
  );
  // Made only when the table is shown (see ChartFrame).
  const table = () => ({
    caption: `${HABIT_LINES_TITLE}, ${periodInWords(series.from, series.to)}`,
    columns: [BUCKET_COLUMN[series.bucket], ...lines.map((line) => line.name)],
    rows: days.map((day) => [
      bucketLabel(day, series.bucket),
      ...lines.map((line) => {
        const percent = line.percents.get(day);
        return percent === undefined ? NOT_ACTIVE : strengthInWords(percent);
      }),
    ]),
  });
  // The axis spans the whole range, so a line's place in time shows, with the same ticks as the
  // mood, hurt and stage charts above it.
  const axis = timeAxis(series.from, series.to);
  const dayAt = new Map(days.map((day) => [xOf(day), day]));
  const nameOf = new Map(lines.map((line) => [line.key, line.name]));

  const legend = (
    <div className="chart-legend-block">
      <p className="chart-legend-hint">{LEGEND_HINT}</p>
      <ul className="chart-legend" aria-label={`${HABIT_LINES_TITLE}: lines shown`}>
        {lines.map((line) => {
          const isShown = !hidden.has(line.habit.habitId);
          return (
            <li key={line.key}>
              <button
                type="button"
                className="chart-legend-toggle"
                aria-pressed={isShown}
                onClick={() =>
                  setHidden((before) => {
                    const after = new Set(before);
                    if (isShown) after.add(line.habit.habitId);
                    else after.delete(line.habit.habitId);
                    return after;
                  })
                }
              >
                <svg className="chart-legend-swatch" width="24" height="10" aria-hidden="true">
                  <line
                    x1="1"
                    x2="23"
                    y1="5"
                    y2="5"
                    stroke={line.colour}
                    strokeWidth="3"
                    strokeDasharray={line.dash}
                  />
                </svg>
                {line.name}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );

  if (lines.length === 0) {
    return <ChartNothing title={HABIT_LINES_TITLE} summary={summary} headingLevel={headingLevel} />;
  }
  return (
    <ChartFrame
      title={HABIT_LINES_TITLE}
      summary={summary}
      note={BUCKET_NOTES[series.bucket]}
      table={table}
      controls={legend}
      headingLevel={headingLevel}
    >
      <ResponsiveContainer width="100%" height={260}>
        {/* No keyboard layer: the picture is hidden from screen readers (the summary and table say
            what it shows), and a focusable stop inside it would lead nowhere. */}
        <LineChart accessibilityLayer={false} data={rows} margin={TIME_CHART_MARGIN}>
          <CartesianGrid stroke={palette.grid} vertical={false} />
          <XAxis {...timeXAxisProps(axis, palette)} />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => strengthInWords(v)}
            tick={{ fill: palette.muted, fontSize: 12 }}
            stroke={palette.axis}
          />
          <Tooltip
            labelFormatter={(x) => bucketLabel(dayAt.get(Number(x)) ?? '', series.bucket)}
            formatter={(value, key) => [
              strengthInWords(Number(value)),
              nameOf.get(String(key)) ?? String(key),
            ]}
            separator=": "
            contentStyle={TOOLTIP_STYLE}
          />
          {lines.map((line) => (
            <Line
              key={line.key}
              className="habit-strength-line"
              type="monotone"
              dataKey={line.key}
              name={line.key}
              stroke={line.colour}
              strokeWidth={2.5}
              strokeDasharray={line.dash}
              hide={hidden.has(line.habit.habitId)}
              // A line of one point draws nothing, so it gets its dot; longer lines read better without.
              dot={line.habit.points.length === 1 ? { r: 4, fill: line.colour } : false}
              // A habit's own buckets are joined; outside its active days it has no values at all.
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
