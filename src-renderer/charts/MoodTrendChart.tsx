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

export interface MoodPoint {
  readonly day: string;
  /** The day's average mood, or null when nothing was recorded that day. */
  readonly average: number | null;
}

/**
 * Daily average mood as a line. Presentational: it gets an already aggregated series, one point
 * per day, and never animates (animations cost time on long series and add nothing here).
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
  if (!points.some((p) => p.average !== null)) {
    return <p className="muted chart-empty">{empty}</p>;
  }
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={[...points]} margin={{ top: 12, right: 16, bottom: 4, left: -12 }}>
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
          <Line
            type="monotone"
            dataKey="average"
            name="Mood"
            stroke="var(--accent)"
            strokeWidth={2.5}
            dot={{ r: 4, fill: 'var(--accent)' }}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}
