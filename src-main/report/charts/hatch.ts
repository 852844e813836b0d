/**
 * Diagonal hatching drawn as plain line segments inside rectangles, all in one path. The report
 * used to fill hatched bars with an SVG `<pattern>`; Chromium's PDF printer paints a pattern fill
 * very slowly (a ten-year report's forty hatched bars took most of a second), while one stroked
 * path of short lines costs nothing and looks the same on paper.
 */
import { round } from './scales';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How far apart the stripes are, across them, in drawing units. */
export const HATCH_SPACING = 5;

/**
 * The path of stripes rising to the right (lines where x + y is a multiple of the step), clipped
 * to each box. The stripes are laid on one grid for the whole chart, so neighbouring boxes line
 * up as a pattern would.
 */
export function hatchPath(boxes: readonly Box[], spacing: number = HATCH_SPACING): string {
  // Along x (or y), stripes at 45 degrees are spacing * sqrt(2) apart.
  const step = spacing * Math.SQRT2;
  const parts: string[] = [];
  for (const box of boxes) {
    if (box.width <= 0 || box.height <= 0) continue;
    const left = box.x;
    const right = box.x + box.width;
    const top = box.y;
    const bottom = box.y + box.height;
    for (let k = Math.ceil((left + top) / step) * step; k <= right + bottom; k += step) {
      // The stripe x + y = k enters the box at its left or bottom edge and leaves at its top or
      // right edge.
      const x0 = Math.max(left, k - bottom);
      const x1 = Math.min(right, k - top);
      if (x1 - x0 < 0.05) continue;
      parts.push(`M${round(x0)},${round(k - x0)}L${round(x1)},${round(k - x1)}`);
    }
  }
  return parts.join('');
}
