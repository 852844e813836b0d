import { describe, expect, it } from 'vitest';
import { hatchPath } from '../../../src-main/report/charts/hatch';

type Point = readonly [number, number];

/** Each stripe as [[x0, y0], [x1, y1]]. */
function stripes(d: string): (readonly [Point, Point])[] {
  return [...d.matchAll(/M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)/g)].map(
    (m) => [[Number(m[1]), Number(m[2])] as const, [Number(m[3]), Number(m[4])] as const] as const,
  );
}

describe('hatchPath', () => {
  it('lays 45-degree stripes the given distance apart, inside the box only', () => {
    const box = { x: 10, y: 20, width: 30, height: 40 };
    const lines = stripes(hatchPath([box], 5));
    // The box's diagonal span (x + y from 30 to 100) over a step of 5 * sqrt(2): 9 or 10 stripes.
    expect(lines.length).toBeGreaterThanOrEqual(9);
    expect(lines.length).toBeLessThanOrEqual(10);
    for (const [[x0, y0], [x1, y1]] of lines) {
      for (const [x, y] of [
        [x0, y0],
        [x1, y1],
      ] as const) {
        expect(x).toBeGreaterThanOrEqual(box.x - 0.05);
        expect(x).toBeLessThanOrEqual(box.x + box.width + 0.05);
        expect(y).toBeGreaterThanOrEqual(box.y - 0.05);
        expect(y).toBeLessThanOrEqual(box.y + box.height + 0.05);
      }
      // Rising to the right at 45 degrees.
      expect(x1 - x0).toBeCloseTo(y0 - y1, 0);
    }
    // Neighbouring stripes sit 5 apart across them: their x + y differ by 5 * sqrt(2).
    const sums = lines.map(([[x, y]]) => x + y).sort((a, b) => a - b);
    for (let i = 1; i < sums.length; i += 1) {
      expect((sums[i] ?? 0) - (sums[i - 1] ?? 0)).toBeCloseTo(5 * Math.SQRT2, 0);
    }
  });

  it('draws nothing for an empty box, and keeps stripes of side-by-side boxes in line', () => {
    expect(hatchPath([{ x: 0, y: 0, width: 0, height: 10 }])).toBe('');
    const a = stripes(hatchPath([{ x: 0, y: 0, width: 10, height: 10 }]));
    const b = stripes(hatchPath([{ x: 10, y: 0, width: 10, height: 10 }]));
    // A stripe leaving the first box at its right edge enters the second at the same height.
    const leaving = a.filter(([, [x]]) => x === 10).map(([, [, y]]) => y);
    const entering = b.filter(([[x]]) => x === 10).map(([[, y]]) => y);
    expect(leaving.length).toBeGreaterThan(0);
    expect(entering).toEqual(expect.arrayContaining(leaving));
  });
});
