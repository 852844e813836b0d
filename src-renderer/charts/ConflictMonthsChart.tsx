import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { stackLegendProps } from './StackedCountBars';

/** One month's conflicts by how they ended; `none` had no outcome noted. */
export interface ConflictBar {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly resolved: number;
  readonly partly: number;
  readonly notResolved: number;
  readonly none: number;
}

type Key = Exclude<keyof ConflictBar, 'month'>;

/**
 * Darkest for resolved, lightest for nothing noted, so grayscale keeps the order. The colours are
 * set by the part's stylesheet (slow.css), for light and dark.
 */
const FILLS: Readonly<Record<Key, string>> = {
  resolved: 'var(--accent)',
  partly: 'var(--slow-partly)',
  notResolved: 'var(--slow-not-resolved)',
  none: 'var(--slow-none)',
};
const KEYS: readonly Key[] = ['resolved', 'partly', 'notResolved', 'none'];

/**
 * Conflicts per month, stacked by how they ended. Presentational: it gets the months already
 * counted in the main process (every month from the first with a conflict, empty ones too, so the
 * axis is time), and never animates.
 */
export function ConflictMonthsChart({
  bars,
  label,
  names,
  monthName,
}: {
  bars: readonly ConflictBar[];
  label: string;
  /** Each part of a bar, named for the legend and tooltip. */
  names: Readonly<Record<Key, string>>;
  /** A month on the axis ("Nov 2026"). */
  monthName: (month: string) => string;
}) {
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={[...bars]} margin={{ top: 12, right: 16, bottom: 4, left: -12 }}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="month"
            tickFormatter={monthName}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            stroke="var(--grid)"
            minTickGap={8}
          />
          <YAxis
            allowDecimals={false}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            stroke="var(--grid)"
          />
          <Tooltip
            labelFormatter={(month) => monthName(String(month))}
            cursor={{ fill: 'var(--accent-soft)', opacity: 0.4 }}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
          />
          <Legend {...stackLegendProps(KEYS)} />
          {KEYS.map((key) => (
            <Bar
              key={key}
              dataKey={key}
              name={names[key]}
              stackId="conflicts"
              fill={FILLS[key]}
              maxBarSize={40}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}
