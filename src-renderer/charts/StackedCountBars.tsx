import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CountBar } from '../../src-main/shared/series/bar-buckets';
import type { BucketUnit } from '../../src-main/shared/series/buckets';
import type { ChartPalette } from '../../src-main/shared/series/palette';
import { formatCount } from '../app/day-format';
import { barTickFormat, bucketLabel } from './time-axis';
import { TOOLTIP_STYLE } from './ChartNothing';
import { plainBar } from './plain-shapes';
import './progress-charts.css';

/**
 * The legend of stacked bars (here and the Journey's conflicts by month): in the stack's order,
 * bottom first, the words in the text colour to be read.
 */
export function stackLegendProps(order: readonly string[]) {
  return {
    itemSorter: (item: { readonly dataKey?: unknown }) =>
      order.findIndex((key) => key === item.dataKey),
    formatter: (value: unknown) => <span className="chart-legend-text">{String(value)}</span>,
    wrapperStyle: { fontSize: 13 },
  };
}

/** The bars' height: the chart was 240 px with recharts' legend inside it, now drawn below. */
const KEY_LESS_HEIGHT = 212;

/**
 * Counts over time as stacked bars, one bar per bucket (empty buckets too, so the axis is time),
 * one colour per kind in `keys` order from the bottom. Only kinds that occur are drawn and named
 * in the legend. A kind in `hatched` is striped over its colour as well (an SVG pattern), so it
 * never rests on colour alone. Never animates.
 */
export function StackedCountBars<K extends string>({
  bars,
  keys,
  names,
  fills,
  bucket,
  palette,
  hatched = null,
}: {
  readonly bars: readonly CountBar<K>[];
  readonly keys: readonly K[];
  readonly names: Readonly<Record<K, string>>;
  readonly fills: Readonly<Record<K, string>>;
  readonly bucket: BucketUnit;
  readonly palette: ChartPalette;
  readonly hatched?: K | null;
}) {
  // useId's colons and guillemets are not safe inside url(#...): keep letters and digits.
  const patternId = `hatch-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const shown = keys.filter((key) => bars.some((bar) => bar.counts[key] > 0));
  const rows = bars.map((bar) => ({ day: bar.day, ...bar.counts }));
  const tickOf = barTickFormat(
    bars.map((bar) => bar.day),
    bucket,
  );
  const fillOf = (key: K) => (key === hatched ? `url(#${patternId})` : fills[key]);
  return (
    <div className="stacked-count-bars">
      <ResponsiveContainer width="100%" height={KEY_LESS_HEIGHT}>
        {/* No keyboard layer: the picture is hidden from screen readers (the summary and table say
            what it shows), and a focusable stop inside it would lead nowhere. */}
        <BarChart
          accessibilityLayer={false}
          data={rows}
          margin={{ top: 12, right: 16, bottom: 4, left: -16 }}
        >
          {hatched === null ? null : (
            <defs>
              <pattern
                id={patternId}
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="6" height="6" fill={fills[hatched]} />
                <line x1="0" y1="0" x2="0" y2="6" stroke={palette.hatch} strokeWidth="3" />
              </pattern>
            </defs>
          )}
          <CartesianGrid stroke={palette.grid} vertical={false} />
          <XAxis
            dataKey="day"
            tickFormatter={tickOf}
            tick={{ fill: palette.muted, fontSize: 12 }}
            stroke={palette.axis}
            minTickGap={12}
          />
          <YAxis
            allowDecimals={false}
            tickFormatter={(v: number) => formatCount(v)}
            tick={{ fill: palette.muted, fontSize: 12 }}
            stroke={palette.axis}
          />
          <Tooltip
            labelFormatter={(day) => bucketLabel(String(day), bucket)}
            formatter={(value, name) => [formatCount(Number(value)), String(name)]}
            cursor={{ fill: palette.grid, opacity: 0.5 }}
            separator=": "
            contentStyle={TOOLTIP_STYLE}
          />
          {shown.map((key) => (
            <Bar
              key={key}
              dataKey={key}
              name={names[key]}
              stackId="counts"
              fill={fillOf(key)}
              // A pale kind (hostile, "none") keeps an edge against the card.
              stroke={key === hatched ? palette.hatch : undefined}
              strokeWidth={key === hatched ? 1 : 0}
              maxBarSize={40}
              shape={plainBar}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      {/* The key in the stack's order, bottom first. Drawn here rather than by recharts' Legend,
          which measures itself after the first draw and so draws every bar of the chart twice. */}
      <ul className="chart-key stack-key">
        {shown.map((key) => (
          <li key={key}>
            <svg className="chart-key-swatch" width="12" height="12" aria-hidden="true">
              <rect
                width="12"
                height="12"
                fill={fillOf(key)}
                stroke={key === hatched ? palette.hatch : 'none'}
              />
            </svg>
            <span className="chart-legend-text">{names[key]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
