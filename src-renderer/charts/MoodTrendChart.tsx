import { axisDay } from '../app/day-format';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { dayNumber } from '../../src-main/shared/calendar';
import { moodMovement, type MoodMovement } from '../../src-main/shared/domain/mood';

export interface MoodPoint {
  readonly day: string;
  /** The day's average mood, or null when nothing was recorded that day. */
  readonly average: number | null;
}

/** The least-squares line's height on `day`, between the first and last day with entries. */
function trendAt(movement: MoodMovement, day: string): number | null {
  if (day < movement.firstDay || day > movement.lastDay) return null;
  const span = dayNumber(movement.lastDay) - dayNumber(movement.firstDay);
  if (span === 0) return movement.start;
  const share = (dayNumber(day) - dayNumber(movement.firstDay)) / span;
  return movement.start + (movement.end - movement.start) * share;
}

/**
 * Daily average mood, one dot per day with entries. From `TREND_MIN_POINTS` such days the dots are
 * joined and the least-squares line is drawn dashed under them (the same line the caption puts
 * into words); with fewer, only the dots: a line through two or three days reads as a trend they
 * cannot carry. Presentational: it gets an already aggregated series, one point per day, and never
 * animates (animations cost time on long series and add nothing here).
 */
export function MoodTrendChart({
  points,
  label,
  empty,
}: {
  points: readonly MoodPoint[];
  label: string;
  /** What to do first, said instead of an empty frame when no day has an entry. */
  empty: string;
}) {
  const withEntries = points.flatMap((p) =>
    p.average === null ? [] : [{ day: p.day, average: p.average }],
  );
  if (withEntries.length === 0) {
    return <p className="muted chart-empty">{empty}</p>;
  }
  const movement = moodMovement(withEntries);
  const data = points.map((p) => ({
    ...p,
    trend: movement === null ? null : trendAt(movement, p.day),
  }));
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: -12 }}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="day"
            tickFormatter={axisDay}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            stroke="var(--grid)"
            minTickGap={24}
          />
          <YAxis
            domain={[1, 10]}
            ticks={[1, 4, 7, 10]}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            stroke="var(--grid)"
          />
          <Tooltip
            labelFormatter={(day) => axisDay(String(day))}
            formatter={(value) => [Number(value).toFixed(1), 'Mood']}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
          />
          {movement !== null && (
            <Line
              className="mood-trend-line"
              type="linear"
              dataKey="trend"
              name="Trend"
              stroke="var(--muted)"
              strokeWidth={1.5}
              strokeDasharray="6 4"
              dot={false}
              activeDot={false}
              tooltipType="none"
              connectNulls
              isAnimationActive={false}
            />
          )}
          <Line
            className={movement === null ? 'mood-dots' : 'mood-daily-line'}
            type="monotone"
            dataKey="average"
            name="Mood"
            // Under the trend threshold the days are dots only, never joined into a line.
            stroke={movement === null ? 'none' : 'var(--accent)'}
            strokeWidth={2.5}
            dot={{ r: 4, fill: 'var(--accent)', stroke: 'var(--accent)' }}
            connectNulls={movement !== null}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}
