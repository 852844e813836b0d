/**
 * The calendar heat-map: a column per week (Monday on top), each day shaded by the colour step of
 * its average mood, the app's five steps (`moodLevel`), so one day's mood has the same step and
 * colour in the app and in the report. One block for up to 53 weeks, one per calendar year beyond.
 * Days of one step share one path drawn by d3-shape, so ten years stay small.
 */
import { line, curveLinearClosed } from 'd3-shape';
import { bucketStart, dayFromNumber, dayNumber } from '../../shared/series/buckets';
import { moodLevel, type MoodLevel } from '../../shared/series/mood-levels';
import { monthLabel } from '../format';
import type { MoodDay } from '../report-data';
import { CHAR_WIDTH } from './axes';
import { ChartSvg, PALETTE } from './ChartSvg';
import { MOOD_CALENDAR_WORDS } from './charts-copy';
import { round, WIDTH } from './scales';

/** A closed square through its four corners; one path holds many. */
const square = line<readonly [number, number]>().curve(curveLinearClosed).digits(1);

function squarePath(x: number, y: number, size: number): string {
  return (
    square([
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
    ]) ?? ''
  );
}

/** The least square, in drawing units, that a day's average is written in. */
const MIN_CELL_FOR_AVERAGES = 16;

/** A day's average as the app's calendar writes it: "6", "6.5". */
function averageText(average: number): string {
  const rounded = Math.round(average * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

interface Block {
  readonly from: string;
  readonly to: string;
  /** The year written above a block when there are several; null for a single block. */
  readonly caption: string | null;
}

/** The spans the calendar draws as blocks: the whole period up to 53 weeks, else calendar years. */
export function calendarBlocks(from: string, to: string): Block[] {
  const weeks = Math.ceil((dayNumber(to) - dayNumber(bucketStart(from, 'week')) + 1) / 7);
  if (weeks <= 53) return [{ from, to, caption: null }];
  const blocks: Block[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    const start = `${year}-01-01` < from ? from : `${year}-01-01`;
    const end = `${year}-12-31` > to ? to : `${year}-12-31`;
    blocks.push({ from: start, to: end, caption: String(year) });
  }
  return blocks;
}

interface MonthStart {
  readonly x: number;
  readonly day: string;
}

/**
 * The month names above a block, and the year on a row of its own above each January and above
 * the first month, unless the block's caption says it. A first month
 * too short to fit its name gives way to the next; a name that would touch the last is left out.
 */
function MonthLabels({
  starts,
  isYearSaid,
  top,
}: {
  starts: readonly MonthStart[];
  isYearSaid: boolean;
  top: number;
}) {
  const widthOf = (text: string) => text.length * CHAR_WIDTH;
  const [first, second] = starts;
  const shown =
    first && second && second.x - first.x < widthOf(monthLabel(first.day, false)) + 6
      ? starts.slice(1)
      : starts;
  let lastEnd = -Infinity;
  const months = shown.filter((start) => {
    if (start.x < lastEnd + 6) return false;
    lastEnd = start.x + widthOf(monthLabel(start.day, false));
    return true;
  });
  // Each year is said above its January, and the first month's year above it when it is not
  // January, so December before a January is never read as the new year's.
  const yearStarts = !isYearSaid
    ? []
    : months.filter((s, i) => i === 0 || s.day.slice(5, 7) === '01');
  return (
    <g>
      {months.map((start) => (
        <text key={start.day} className="tick" x={start.x} y={top - 6}>
          {monthLabel(start.day, false)}
        </text>
      ))}
      {yearStarts.map((start) => (
        <text key={`year-${start.day}`} className="tick year" x={start.x} y={top - 19}>
          {start.day.slice(0, 4)}
        </text>
      ))}
    </g>
  );
}

function CalendarBlock({ block, byDay }: { block: Block; byDay: ReadonlyMap<string, number> }) {
  const firstMonday = dayNumber(bucketStart(block.from, 'week'));
  const weeks = Math.ceil((dayNumber(block.to) - firstMonday + 1) / 7);
  // A year's 53 weeks fill the width. A shorter period alone gets bigger squares (up to twice
  // as big, so a month is not a speck in a corner); among several blocks every year keeps a
  // year's size, so a short first or last year's squares match the others'.
  const fitted = block.caption === null ? weeks : 53;
  const pitch = Math.min(22, Math.floor((WIDTH - 48) / Math.max(fitted, 1)));
  const cell = pitch - 2;
  const left = 40;
  // A single block says its years on a row above the months; several have captions instead.
  const top = block.caption === null ? 32 : 20;
  const byLevel = new Map<MoodLevel, string[]>();
  const empty: string[] = [];
  const monthStarts: MonthStart[] = [];
  let daysWithEntries = 0;
  // Squares big enough to write in carry the day's average too, as the app's calendar does, so
  // a short period's calendar does not rest on shades alone.
  const hasRoomForAverages = cell >= MIN_CELL_FOR_AVERAGES;
  const averages: { day: string; level: MoodLevel; text: string; x: number; y: number }[] = [];
  for (let w = 0; w < weeks; w += 1) {
    for (let weekday = 0; weekday < 7; weekday += 1) {
      const day = dayFromNumber(firstMonday + w * 7 + weekday);
      if (day < block.from || day > block.to) continue;
      const x = left + w * pitch;
      const d = squarePath(x, top + weekday * pitch, cell);
      const average = byDay.get(day);
      if (average === undefined) empty.push(d);
      else {
        const level = moodLevel(average);
        const cells = byLevel.get(level) ?? [];
        cells.push(d);
        byLevel.set(level, cells);
        daysWithEntries += 1;
        if (hasRoomForAverages) {
          averages.push({ day, level, text: averageText(average), x, y: top + weekday * pitch });
        }
      }
      if (day.slice(8) === '01' || day === block.from) monthStarts.push({ x, day });
    }
  }
  return (
    <div className="chart calendar-block">
      {block.caption === null ? null : <p className="chart-note calendar-year">{block.caption}</p>}
      <ChartSvg
        height={top + 7 * pitch + 4}
        label={MOOD_CALENDAR_WORDS.label(block.from, block.to, daysWithEntries)}
      >
        <MonthLabels starts={monthStarts} isYearSaid={block.caption === null} top={top} />
        {MOOD_CALENDAR_WORDS.weekdays.map((name, i) => (
          <text
            key={name}
            className="tick"
            x={left - 6}
            y={round(top + i * 2 * pitch + cell - 1)}
            textAnchor="end"
          >
            {name}
          </text>
        ))}
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
          <g className="mood-averages" fontSize={8} textAnchor="middle">
            {averages.map((a) => (
              <text
                key={a.day}
                x={round(a.x + cell / 2)}
                y={round(a.y + cell / 2 + 3)}
                fill={PALETTE.moodLevelInk[a.level]}
              >
                {a.text}
              </text>
            ))}
          </g>
        )}
      </ChartSvg>
    </div>
  );
}

export interface MoodCalendarChartsProps {
  readonly days: readonly MoodDay[];
  readonly from: string;
  readonly to: string;
}

/** The calendar's blocks, one after another (the key is `MoodCalendarLegend`). */
export function MoodCalendarCharts({ days, from, to }: MoodCalendarChartsProps) {
  const byDay = new Map(days.map((d) => [d.day, d.average]));
  return (
    <>
      {calendarBlocks(from, to).map((block) => (
        <CalendarBlock key={block.from} block={block} byDay={byDay} />
      ))}
    </>
  );
}
