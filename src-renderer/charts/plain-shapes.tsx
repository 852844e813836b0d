import type { ReactNode } from 'react';
import type { BarShapeProps, DotItemDotProps } from 'recharts';

/**
 * A line's dots drawn as bare circles: recharts' own dot filters every prop of every point
 * through its SVG attribute lists, which for a year of daily means (365 dots) or ten years of
 * weekly ones is a large share of drawing the screen. A point with no value (a gap) draws nothing.
 */
export function plainDot({
  r,
  fill,
  className,
}: {
  readonly r: number;
  readonly fill: string;
  readonly className: string;
}): (props: DotItemDotProps) => ReactNode {
  return function PlainDot({ cx, cy }: DotItemDotProps) {
    if (typeof cx !== 'number' || typeof cy !== 'number') return null;
    return <circle className={className} cx={cx} cy={cy} r={r} fill={fill} stroke="none" />;
  };
}

/**
 * A bar drawn as one bare path, for the same reason: recharts' own bar shape wraps every
 * rectangle in an animation component and filters its props, even with animation off, and a
 * stacked chart over ten years has hundreds of them. An empty bar draws nothing, as recharts'.
 */
export function plainBar({ x, y, width, height, fill, stroke, strokeWidth }: BarShapeProps) {
  if (![x, y, width, height].every(Number.isFinite) || width === 0 || height === 0) return <g />;
  return (
    <path
      className="recharts-rectangle"
      d={`M${String(x)},${String(y)}h${String(width)}v${String(height)}h${String(-width)}Z`}
      fill={fill}
      stroke={stroke}
      strokeWidth={strokeWidth}
    />
  );
}
