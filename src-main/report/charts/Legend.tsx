/** A chart's key in one row: a marker and words for each series, so nothing rests on colour. */
import { PALETTE } from './ChartSvg';
import { CHAR_WIDTH } from './axes';
import { hatchPath } from './hatch';
import { round } from './scales';

export interface LegendItem {
  readonly label: string;
  readonly fill: string;
  /** A box for bars, a line or a dot for lines and points, or words alone with no marker. */
  readonly kind?: 'box' | 'line' | 'dot' | 'text';
  /** Stripes over a box, in this colour, as the chart draws them over the same category. */
  readonly hatch?: string;
}

export interface LegendProps {
  readonly items: readonly LegendItem[];
  readonly x: number;
  /** The text's baseline. */
  readonly y: number;
}

function Marker({ item, x, y }: { item: LegendItem; x: number; y: number }) {
  switch (item.kind ?? 'box') {
    case 'box': {
      const box = { x, y: y - 8, width: 10, height: 10 };
      return (
        <>
          <rect {...box} fill={item.fill} stroke={PALETTE.axis} strokeWidth={0.5} />
          {item.hatch === undefined ? null : (
            <path
              className="hatch"
              d={hatchPath([box], 3.5)}
              fill="none"
              stroke={item.hatch}
              strokeWidth={1.2}
            />
          )}
        </>
      );
    }
    case 'line':
      return (
        <line x1={x - 2} y1={y - 3} x2={x + 12} y2={y - 3} stroke={item.fill} strokeWidth={2.5} />
      );
    case 'dot':
      return <circle cx={x + 5} cy={y - 3} r={2.4} fill={item.fill} />;
    case 'text':
      return null;
  }
}

export function Legend({ items, x: x0, y }: LegendProps) {
  let x = x0;
  return (
    <g>
      {items.map((item) => {
        const at = round(x);
        // Words with no marker (what the chart leaves out and why) start where a marker would.
        const textX = item.kind === 'text' ? at : round(at + 15);
        x = textX + item.label.length * CHAR_WIDTH + 16;
        return (
          <g key={item.label}>
            <Marker item={item} x={at} y={y} />
            <text className="legend" x={textX} y={y}>
              {item.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
