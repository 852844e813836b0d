/**
 * The calendar heat-map: a column per week (Monday on top), each day shaded by the colour step of
 * its average mood, the app's five steps (`moodLevel`), so one day's mood has the same step and
 * colour in the app and in the report. Up to 53 weeks are drawn day by day in one block. A longer
 * period is drawn as the shape of its years, a square a month and a row a year, followed by its
 * last twelve months day by day: a block a year printed every day of a decade on eleven blocks,
 * slow to print and hard to read, where a person and a therapist look for the years' shape and the
 * recent detail. Squares of one step share one path drawn by d3-shape.
 */
import { addDays } from '../../shared/calendar';
import { bucketStart, dayFromNumber, dayNumber } from '../../shared/series/buckets';
import { moodLevel, type MoodLevel } from '../../shared/series/mood-levels';
import { monthLabel } from '../format';
import type { MoodDay } from '../report-data';
import { CHAR_WIDTH } from './axes';
import { ChartSvg } from './ChartSvg';
import { MOOD_CALENDAR_WORDS } from './charts-copy';
import { MoodSquarePaths } from './MoodSquarePaths';
import { round, WIDTH } from './scales';
import { averageText, squarePath } from './calendar-squares';
import { MoodMonthGrid } from './MoodMonthGrid';

/** The least square, in drawing units, that a day's average is written in. */
const MIN_CELL_FOR_AVERAGES = 16;

interface Block {
  readonly from: string;
  readonly to: string;
  /** The year written above a block when there are several; null for a single block. */
  readonly caption: string | null;
}

/** True when the period is longer than one block of 53 weeks can draw day by day. */
export function isLongCalendar(from: string, to: string): boolean {
  return Math.ceil((dayNumber(to) - dayNumber(bucketStart(from, 'week')) + 1) / 7) > 53;
}

/**
 * The spans the calendar draws day by day: the whole period up to 53 weeks, else its last twelve
 * months (the 365 days ending on `to`), under a caption that says so.
 */
export function calendarBlocks(from: string, to: string): Block[] {
  if (!isLongCalendar(from, to)) return [{ from, to, caption: null }];
  return [{ from: addDays(to, -364), to, caption: MOOD_CALENDAR_WORDS.lastYearCaption }];
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
  // A year's 53 weeks fill the width. A shorter period gets bigger squares (up to twice as big,
  // so a month is not a speck in a corner).
  const pitch = Math.min(22, Math.floor((WIDTH - 48) / Math.max(weeks, 1)));
  const cell = pitch - 2;
  const left = 40;
  // The block says its years on a row above the months.
  const top = 32;
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
        <MonthLabels starts={monthStarts} isYearSaid top={top} />
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
        <MoodSquarePaths
          empty={empty}
          byLevel={byLevel}
          averages={averages.map((a) => ({
            key: a.day,
            level: a.level,
            text: a.text,
            x: round(a.x + cell / 2),
            y: round(a.y + cell / 2 + 3),
          }))}
          fontSize={8}
        />
      </ChartSvg>
    </div>
  );
}

export interface MoodCalendarChartsProps {
  readonly days: readonly MoodDay[];
  readonly from: string;
  readonly to: string;
}

/**
 * The calendar: day by day for up to 53 weeks; for a longer period, month by month over the
 * whole of it and then its last twelve months day by day (the key is `MoodCalendarLegend`).
 */
export function MoodCalendarCharts({ days, from, to }: MoodCalendarChartsProps) {
  const byDay = new Map(days.map((d) => [d.day, d.average]));
  return (
    <>
      {isLongCalendar(from, to) ? <MoodMonthGrid days={days} from={from} to={to} /> : null}
      {calendarBlocks(from, to).map((block) => (
        <CalendarBlock key={block.from} block={block} byDay={byDay} />
      ))}
    </>
  );
}
