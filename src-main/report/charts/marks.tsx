/** Lines and dots drawn from d3-shape's generators. */
import { line } from 'd3-shape';
import { round } from './scales';

export interface MaybePoint {
  readonly x: number;
  /** null where there is no value: the line breaks there. */
  readonly y: number | null;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A line through the points with a value, broken at each point without one. */
const brokenLine = line<MaybePoint>()
  .defined((p) => p.y !== null)
  .x((p) => p.x)
  .y((p) => p.y ?? 0)
  .digits(1);

/** The points with a value but no neighbour with one: a line through them alone draws nothing. */
export function lonePoints(points: readonly MaybePoint[]): Point[] {
  const lone: Point[] = [];
  points.forEach((p, i) => {
    if (p.y === null) return;
    if ((points[i - 1]?.y ?? null) !== null || (points[i + 1]?.y ?? null) !== null) return;
    lone.push({ x: p.x, y: p.y });
  });
  return lone;
}

export interface DotsProps {
  readonly points: readonly Point[];
  readonly radius: number;
  readonly fill: string;
  readonly className?: string;
  readonly fillOpacity?: number;
}

/** One circle per point, in one group that carries the colour. */
export function Dots({ points, radius, fill, className, fillOpacity }: DotsProps) {
  if (points.length === 0) return null;
  return (
    <g className={className} fill={fill} fillOpacity={fillOpacity}>
      {points.map((p, i) => (
        <circle key={i} cx={round(p.x)} cy={round(p.y)} r={radius} />
      ))}
    </g>
  );
}

export interface LineWithDotsProps {
  readonly points: readonly MaybePoint[];
  readonly stroke: string;
  readonly width: number;
}

/**
 * A line through the points, and a dot in the line's colour for each point with no neighbour:
 * a lone point makes a bare move-to, which draws nothing, so one day of data (or one day between
 * gaps) would vanish.
 */
export function LineWithDots({ points, stroke, width }: LineWithDotsProps) {
  const lone = lonePoints(points);
  const loneX = new Set(lone.map((p) => p.x));
  const d = brokenLine(points.map((p) => (loneX.has(p.x) ? { x: p.x, y: null } : p))) ?? '';
  return (
    <g>
      {d === '' ? null : (
        <path
          className="series-line"
          d={d}
          fill="none"
          stroke={stroke}
          strokeWidth={width}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      )}
      <Dots points={lone} radius={round(width * 1.4)} fill={stroke} className="lone-point" />
    </g>
  );
}
