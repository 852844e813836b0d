import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { dayNumber, dayOfNumber } from '../../src-main/shared/calendar';
import { TREND_MIN_POINTS } from '../../src-main/shared/share-words';
import { axisDay } from '../app/day-format';

export interface TrustPoint {
  /** `YYYY-MM-DD`. */
  readonly day: string;
  /** The day's average trust, 0 to 10. */
  readonly trust: number;
  /** The day's average tension, 0 to 10. */
  readonly tension: number;
}

/**
 * Trust and tension, one point per day with check-ins, on a time axis (a week without check-ins
 * takes a week's width). Tension is dashed, so the two lines differ without colour too. With fewer
 * than TREND_MIN_POINTS days the points are dots only: a line through two or three days reads as a
 * trend they cannot carry. Presentational: it gets the series already averaged per day in SQL, and
 * never animates.
 */
export function TrustTensionChart({
  points,
  label,
  names,
}: {
  points: readonly TrustPoint[];
  label: string;
  /** The two lines' names, for the legend and tooltip. */
  names: { readonly trust: string; readonly tension: string };
}) {
  const isJoined = points.length >= TREND_MIN_POINTS;
  const data = points.map((p) => ({ ...p, x: dayNumber(p.day) }));
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: -12 }}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="x"
            type="number"
            domain={['dataMin', 'dataMax']}
            // One day alone still needs a width to sit in.
            padding={points.length === 1 ? { left: 40, right: 40 } : { left: 8, right: 8 }}
            tickFormatter={(x: number) => axisDay(dayOfNumber(x))}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            stroke="var(--grid)"
            minTickGap={56}
          />
          <YAxis
            domain={[0, 10]}
            ticks={[0, 5, 10]}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            stroke="var(--grid)"
          />
          <Tooltip
            labelFormatter={(x) => axisDay(dayOfNumber(Number(x)))}
            formatter={(value, name) => [Number(value).toFixed(1), String(name)]}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
          />
          <Legend
            // Trust first, as the questions are asked; the words in the text colour to be read.
            itemSorter={(item) => (item.dataKey === 'trust' ? 0 : 1)}
            formatter={(value) => <span className="chart-legend-text">{String(value)}</span>}
            wrapperStyle={{ fontSize: 13 }}
          />
          <Line
            className="trust-line"
            type="linear"
            dataKey="trust"
            name={names.trust}
            stroke={isJoined ? 'var(--accent)' : 'none'}
            strokeWidth={2.5}
            dot={{ r: 3.5, fill: 'var(--accent)', stroke: 'var(--accent)' }}
            isAnimationActive={false}
          />
          <Line
            className="tension-line"
            type="linear"
            dataKey="tension"
            name={names.tension}
            stroke={isJoined ? 'var(--slow-tension)' : 'none'}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={{ r: 3.5, fill: 'var(--slow-tension)', stroke: 'var(--slow-tension)' }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}
