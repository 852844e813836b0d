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

export interface StrengthPoint {
  readonly day: string;
  /** The habit's strength at the end of the day, as a whole percentage. */
  readonly percent: number;
}

/**
 * A habit's strength over time, one point per day. Presentational: it gets the series already
 * worked out in the main process, and never animates.
 */
export function HabitStrengthChart({
  points,
  label,
}: {
  points: readonly StrengthPoint[];
  label: string;
}) {
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={180}>
        <LineChart data={[...points]} margin={{ top: 12, right: 16, bottom: 4, left: -12 }}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="day"
            tickFormatter={axisDay}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            stroke="var(--grid)"
            minTickGap={32}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => `${v}%`}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            stroke="var(--grid)"
            width={52}
          />
          <Tooltip
            labelFormatter={(day) => axisDay(String(day))}
            formatter={(value) => [`${Number(value)}%`, 'Strength']}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
          />
          <Line
            type="monotone"
            dataKey="percent"
            name="Strength"
            stroke="var(--accent)"
            strokeWidth={2.5}
            // A long line reads better without dots, but a line of one point draws nothing at
            // all, so a first day of strength gets its dot.
            dot={points.length === 1 ? { r: 4, fill: 'var(--accent)' } : false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}
