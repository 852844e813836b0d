import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  addDays,
  addMonths,
  monthOf,
  monthRange,
  weekdayIndex,
} from '../../src-main/shared/calendar';
import { dayOfMonth, monthLabel, weekdayAndDate, weekdayNames } from '../app/day-format';
import { NamedByContent } from '../app/named-by-content';
import { moodMovement } from '../../src-main/shared/domain/mood';
import {
  NEXT_MONTH,
  PREVIOUS_MONTH,
  calendarDayWords,
  monthSummary,
} from '../features/mood/mood-copy';
import { MOOD_LEVELS, moodLevel } from '../../src-main/shared/series/mood-levels';
import './mood-calendar.css';

/** One day's average mood, aggregated in SQL. */
export interface CalendarDay {
  readonly day: string;
  readonly average: number;
  readonly count: number;
}

const WEEKDAY_NAMES = weekdayNames();

// The colour steps are the report's too: one day's mood has one step everywhere.
export { MOOD_LEVELS, moodLevel };

export { addMonths, monthOf, monthRange } from '../../src-main/shared/calendar';

/** "November 2026", in the system's language. */
export const monthName = monthLabel;

function formatAverage(average: number): string {
  const rounded = Math.round(average * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** What a screen reader says for a day: "Tuesday 3 November: average mood 6.5 from 2 entries". */
export function dayLabel(day: string, mood: CalendarDay | undefined): string {
  return calendarDayWords(
    weekdayAndDate(day),
    mood ? { average: formatAverage(mood.average), count: mood.count } : null,
  );
}

/**
 * A weekday header's name: the full name ("Monday") where it holds the short one seen ("Mon"),
 * else both, seen first ("lun. (lundi)" in French, where "lun." is not inside "lundi"), so the
 * name always holds what is on screen.
 */
function weekdayHeaderName(short: string, long: string): string {
  return long.includes(short) ? long : `${short} (${long})`;
}

/** The weeks of a month, Monday first; null stands for a day of the month before or after. */
function weeksOf(month: string): (string | null)[][] {
  const { from, to } = monthRange(month);
  const cells: (string | null)[] = Array.from({ length: weekdayIndex(from) }, () => null);
  for (let day = from; day <= to; day = addDays(day, 1)) cells.push(day);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Where each key moves the focus, from `day`: by a day, a week, to the week's ends, a month. */
function dayAfterKey(key: string, day: string): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return addDays(day, -weekdayIndex(day));
    case 'End':
      return addDays(day, 6 - weekdayIndex(day));
    case 'PageUp':
    case 'PageDown': {
      const month = addMonths(monthOf(day), key === 'PageUp' ? -1 : 1);
      const last = monthRange(month).to;
      const sameDate = `${month}-${day.slice(8, 10)}`;
      return sameDate <= last ? sameDate : last;
    }
    default:
      return null;
  }
}

export interface MoodCalendarProps {
  /** The month shown, `YYYY-MM`. */
  readonly month: string;
  /** That month's days with entries. */
  readonly days: readonly CalendarDay[];
  /** Today on the person's clock; later months are not offered. */
  readonly today: string;
  readonly onMonthChange: (month: string) => void;
}

/**
 * A month of daily mood, Monday first: each day coloured by its average mood on a single-hue
 * scale (lighter is lower, deeper is higher, in light and dark mode alike), days without entries
 * left plain. The average is written in the cell too, so nothing rests on colour alone. It is an
 * ARIA grid: arrow keys move by day and week, Home and End to the week's ends, Page Up and Page
 * Down by month.
 */
export function MoodCalendar({ month, days, today, onMonthChange }: MoodCalendarProps) {
  const id = useId();
  const gridRef = useRef<HTMLDivElement>(null);
  const wantsFocus = useRef(false);
  const [focusedDay, setFocusedDay] = useState<string | null>(null);
  const byDay = new Map(days.map((d) => [d.day, d]));
  const lastMonth = monthOf(today);
  const isLatest = month >= lastMonth;

  // The day that takes Tab: the one last moved to, else today, else the first of the month.
  const activeDay =
    focusedDay !== null && monthOf(focusedDay) === month
      ? focusedDay
      : monthOf(today) === month
        ? today
        : `${month}-01`;

  useEffect(() => {
    if (!wantsFocus.current) return;
    const cell = gridRef.current?.querySelector<HTMLElement>(`[data-day="${activeDay}"]`);
    if (cell) {
      cell.focus();
      wantsFocus.current = false;
    }
  });

  function onKeyDown(event: KeyboardEvent<HTMLElement>, day: string) {
    const next = dayAfterKey(event.key, day);
    if (next === null) return;
    event.preventDefault();
    if (monthOf(next) > lastMonth) return;
    wantsFocus.current = true;
    setFocusedDay(next);
    if (monthOf(next) !== month) onMonthChange(monthOf(next));
  }

  const withEntries = days.filter((d) => d.count > 0);
  // Where the month's mood went, never its overall average (which hides a climb or a fall).
  const summary = monthSummary(monthName(month), withEntries.length, moodMovement(withEntries));

  return (
    <div className="mood-calendar">
      <div className="mood-cal-nav">
        <button
          type="button"
          className="button"
          onClick={() => onMonthChange(addMonths(month, -1))}
        >
          <span aria-hidden="true">‹ </span>
          {PREVIOUS_MONTH}
        </button>
        <h3 id={`${id}-month`} className="mood-cal-month" aria-live="polite">
          {monthName(month)}
        </h3>
        <button
          type="button"
          className="button"
          onClick={() => onMonthChange(addMonths(month, 1))}
          disabled={isLatest}
        >
          {NEXT_MONTH}
          <span aria-hidden="true"> ›</span>
        </button>
      </div>

      <div
        ref={gridRef}
        role="grid"
        className="mood-cal-grid"
        aria-labelledby={`${id}-month`}
        aria-describedby={`${id}-summary`}
      >
        <div role="row" className="mood-cal-week mood-cal-weekdays">
          {WEEKDAY_NAMES.map(([short, long]) => (
            <div key={long} role="columnheader">
              <NamedByContent
                label={weekdayHeaderName(short, long)}
                parts={[{ text: short, className: 'mood-cal-weekday' }]}
              />
            </div>
          ))}
        </div>
        {weeksOf(month).map((week) => (
          <div key={week.find((d) => d !== null) ?? ''} role="row" className="mood-cal-week">
            {week.map((day, index) => {
              if (day === null) {
                return <div key={`blank-${index}`} role="gridcell" className="mood-cal-blank" />;
              }
              const mood = byDay.get(day);
              return (
                <div
                  key={day}
                  role="gridcell"
                  className="mood-cal-day"
                  data-day={day}
                  data-level={mood ? moodLevel(mood.average) : undefined}
                  aria-current={day === today ? 'date' : undefined}
                  tabIndex={day === activeDay ? 0 : -1}
                  onKeyDown={(event) => onKeyDown(event, day)}
                  onFocus={() => setFocusedDay(day)}
                >
                  {/* Named by its content, so the name holds the date and average seen. */}
                  <NamedByContent
                    label={dayLabel(day, mood)}
                    parts={[
                      { text: dayOfMonth(day), className: 'mood-cal-date' },
                      ...(mood
                        ? [{ text: formatAverage(mood.average), className: 'mood-cal-average' }]
                        : []),
                    ]}
                  />
                </div>
              );
            })}
          </div>
        ))}
      </div>

      <div className="mood-cal-footer">
        <p id={`${id}-summary`} className="muted mood-cal-summary">
          {summary}
        </p>
        <ul className="mood-cal-legend" aria-label="Colours: average mood of the day">
          <li className="mood-cal-legend-title" aria-hidden="true">
            Mood
          </li>
          {MOOD_LEVELS.map((moods, index) => (
            <li key={moods}>
              <span className="mood-cal-swatch" data-level={index + 1} aria-hidden="true" />
              {moods}
            </li>
          ))}
          <li>
            <span className="mood-cal-swatch" aria-hidden="true" />
            no entries
          </li>
        </ul>
      </div>
    </div>
  );
}
