import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { addDays, dayNumber } from '../../src-main/shared/calendar';
import type { Movement } from '../../src-main/shared/trend';
import { axisDay } from '../app/day-format';

export interface SmallPoint {
  readonly day: string;
  readonly value: number | null;
}

/** Above recharts' dots (lines are 400, scatter 600) and below the active dot (1200). */
const TREND_OVER_DOTS = 700;

/** The least-squares line's height on `day`, between its first and last day. */
function trendAt(movement: Movement, day: string): number | null {
  if (day < movement.firstDay || day > movement.lastDay) return null;
  const span = dayNumber(movement.lastDay) - dayNumber(movement.firstDay);
  if (span === 0) return movement.start;
  const share = (dayNumber(day) - dayNumber(movement.firstDay)) / span;
  return movement.start + (movement.end - movement.start) * share;
}

/**
 * A small chart of a few weeks, one slot per day from `from` to `to`, for "Where you are now".
 * `shape` 'dots' draws each day that has a value as a dot, with the least-squares line dashed
 * over them when there is one (the same line the words beside it describe); 'line' joins a
 * continuous series (habit strength). Presentational and never animated.
 */
export function SmallSeriesChart({
  points,
  from,
  to,
  domain,
  ticks,
  movement = null,
  shape,
  valueName,
  formatValue,
  label,
}: {
  points: readonly SmallPoint[];
  from: string;
  to: string;
  domain: readonly [number, number];
  ticks: readonly number[];
  movement?: Movement | null;
  shape: 'dots' | 'line';
  /** The value's name in the tooltip ("Mood"). */
  valueName: string;
  formatValue: (value: number) => string;
  /** What the chart shows, in words: its accessible name and its caption. */
  label: string;
}) {
  const byDay = new Map(points.map((p) => [p.day, p.value]));
  const length = dayNumber(to) - dayNumber(from) + 1;
  const data = Array.from({ length }, (_, i) => {
    const day = addDays(from, i);
    return {
      day,
      value: byDay.get(day) ?? null,
      trend: movement === null ? null : trendAt(movement, day),
    };
  });
  return (
    <figure className="chart small-chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={130}>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -8 }}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="day"
            tickFormatter={axisDay}
            tick={{ fill: 'var(--muted)', fontSize: 11 }}
            stroke="var(--grid)"
            minTickGap={40}
          />
          <YAxis
            domain={[...domain]}
            ticks={[...ticks]}
            tickFormatter={formatValue}
            tick={{ fill: 'var(--muted)', fontSize: 11 }}
            stroke="var(--grid)"
            width={52}
          />
          <Tooltip
            labelFormatter={(day) => axisDay(String(day))}
            formatter={(value) => [formatValue(Number(value)), valueName]}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
          />
          <Line
            className={shape === 'line' ? 'small-line' : 'small-dots'}
            type="monotone"
            dataKey="value"
            name={valueName}
            stroke={shape === 'line' ? 'var(--accent)' : 'none'}
            strokeWidth={2.5}
            dot={
              shape === 'dots' || points.filter((p) => p.value !== null).length === 1
                ? {
                    r: 3,
                    fill: 'var(--accent)',
                    stroke: 'var(--accent)',
                    fillOpacity: 0.6,
                    strokeOpacity: 0.6,
                  }
                : false
            }
            connectNulls={false}
            isAnimationActive={false}
          />
          {/* Over the dots (recharts draws by z-index, not by order: lines at 400, their dots
              above), so a trend that runs through close-set dots still shows. */}
          {movement !== null && (
            <Line
              className="small-trend-line"
              zIndex={TREND_OVER_DOTS}
              type="linear"
              dataKey="trend"
              name="Trend"
              stroke="var(--text)"
              strokeWidth={2}
              strokeDasharray="5 4"
              dot={false}
              activeDot={false}
              tooltipType="none"
              connectNulls
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}
