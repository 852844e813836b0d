/** The squares the mood calendars are drawn with, and the average written in one. */
import { line, curveLinearClosed } from 'd3-shape';

/** A closed rectangle through its four corners; one path holds many. */
const square = line<readonly [number, number]>().curve(curveLinearClosed).digits(1);

/** A square `size` wide, or a rectangle `size` wide and `height` tall. */
export function squarePath(x: number, y: number, size: number, height: number = size): string {
  return (
    square([
      [x, y],
      [x + size, y],
      [x + size, y + height],
      [x, y + height],
    ]) ?? ''
  );
}

/** A day's average as the app's calendar writes it: "6", "6.5". */
export function averageText(average: number): string {
  const rounded = Math.round(average * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
