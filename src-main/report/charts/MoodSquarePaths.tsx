import type { MoodLevel } from '../../shared/series/mood-levels';
import { PALETTE } from './ChartSvg';

export interface MoodSquarePathsProps {
  /** Squares (path data from `squarePath`) of days or months without an entry. */
  readonly empty: readonly string[];
  /** Squares by colour step: one path per step, so a year is a handful of elements, not 365. */
  readonly byLevel: ReadonlyMap<MoodLevel, readonly string[]>;
  /** The average written in each square: its text centred on (`x`, `y`), in its step's ink. */
  readonly averages: readonly {
    readonly key: string;
    readonly level: MoodLevel;
    readonly text: string;
    readonly x: number;
    readonly y: number;
  }[];
  /** The averages' size in points: smaller squares take smaller figures. */
  readonly fontSize: number;
}

/**
 * The mood calendars' squares and the averages written in them, shared by the day-by-day calendar
 * and the month grid.
 */
export function MoodSquarePaths({ empty, byLevel, averages, fontSize }: MoodSquarePathsProps) {
  return (
    <>
      {empty.length === 0 ? null : (
        <path
          className="mood-empty"
          d={empty.join('')}
          fill="none"
          // Faint: a day without an entry is not a gap to notice (a bold outline read as a
          // missed day on a streak chart).
          stroke={PALETTE.grid}
          strokeWidth={0.6}
        />
      )}
      {[...byLevel].map(([level, cells]) => (
        <path
          key={level}
          className="mood-step"
          data-level={level}
          d={cells.join('')}
          fill={PALETTE.moodLevels[level]}
        />
      ))}
      {averages.length === 0 ? null : (
        <g className="mood-averages" fontSize={fontSize} textAnchor="middle">
          {averages.map((a) => (
            <text key={a.key} x={a.x} y={a.y} fill={PALETTE.moodLevelInk[a.level]}>
              {a.text}
            </text>
          ))}
        </g>
      )}
    </>
  );
}
