/** The axes of the report's charts: days along the bottom, values up the left. */
import { PALETTE } from './ChartSvg';
import { round, timeTicks, type Plot } from './scales';

/** About how wide a character of tick text is, in drawing units (10px system sans). */
export const CHAR_WIDTH = 5.6;

export interface TimeAxisProps {
  readonly from: string;
  readonly to: string;
  readonly plot: Plot;
  readonly x: (day: string) => number;
}

/** A tick at each week, month, quarter or year; a label where it does not touch the one before. */
export function TimeAxis({ from, to, plot, x }: TimeAxisProps) {
  let lastEnd = -Infinity;
  const ticks = timeTicks(from, to).map((tick) => {
    const tx = round(x(tick.day));
    const halfWidth = (tick.label.length * CHAR_WIDTH) / 2;
    const hasRoom = tx - halfWidth >= lastEnd + 8;
    if (hasRoom) lastEnd = tx + halfWidth;
    return (
      <g key={tick.day}>
        <line x1={tx} y1={plot.bottom} x2={tx} y2={plot.bottom + 4} stroke={PALETTE.axis} />
        {hasRoom ? (
          <text className="tick" x={tx} y={plot.bottom + 15} textAnchor="middle">
            {tick.label}
          </text>
        ) : null}
      </g>
    );
  });
  return (
    <g>
      <line
        x1={plot.left}
        y1={plot.bottom}
        x2={plot.right}
        y2={plot.bottom}
        stroke={PALETTE.axis}
      />
      {ticks}
    </g>
  );
}

export interface ValueAxisProps {
  readonly ticks: readonly number[];
  readonly y: (value: number) => number;
  readonly plot: Plot;
  readonly format: (value: number) => string;
  /** Written up the left edge; null for none. */
  readonly title: string | null;
}

/** A gridline and a label at each tick, and the axis's title turned up the left edge. */
export function ValueAxis({ ticks, y, plot, format, title }: ValueAxisProps) {
  const midY = round((plot.top + plot.bottom) / 2);
  return (
    <g>
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={plot.left}
            y1={round(y(tick))}
            x2={plot.right}
            y2={round(y(tick))}
            stroke={PALETTE.grid}
          />
          <text className="tick" x={plot.left - 6} y={round(y(tick) + 3.5)} textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
      {title === null ? null : (
        <text
          className="axis-title"
          x={12}
          y={midY}
          textAnchor="middle"
          transform={`rotate(-90 12 ${midY})`}
        >
          {title}
        </text>
      )}
    </g>
  );
}
