import { useEffect, useRef, type KeyboardEvent } from 'react';
import { addDays } from '../../../src-main/shared/calendar';
import { NamedByContent, type VisiblePart } from '../../app/named-by-content';
import type { Habit, HabitHistoryDay } from '../../../src-main/shared/ipc-contract';
import {
  addMonths,
  lastDayOfMonth,
  longDay,
  monthLabel,
  monthOf,
  monthWeeks,
  weekdayIndex,
  WEEKDAY_NAMES,
} from './habit-dates';
import { CALENDAR_WORDS } from './habits-copy';

export type DayStatus =
  'done' | 'kept' | 'partial' | 'missed' | 'skipped' | 'over' | 'none' | 'future';

/** How a day went, in the calendar's terms; a day still going on is never "missed". */
export function dayStatus(
  habit: Habit,
  day: string,
  today: string,
  data?: HabitHistoryDay,
): DayStatus {
  if (day > today) return 'future';
  if (!data) return 'none';
  if (data.isSkip) return 'skipped';
  const count = data.count;
  if (habit.kind === 'break') {
    if (count === null) return 'none';
    return data.metTarget === false ? 'over' : 'kept';
  }
  if (count !== null && count > 0) {
    if (habit.period === 'week' || data.metTarget) return 'done';
    return 'partial';
  }
  // A weekly habit does not need every day; an empty day says nothing on its own.
  if (habit.period === 'week' || day === today) return 'none';
  return data.metTarget === false ? 'missed' : 'none';
}

export function statusWords(status: DayStatus, habit: Habit, data?: HabitHistoryDay): string {
  const count = data?.count ?? 0;
  switch (status) {
    case 'done':
      return habit.period === 'week' || habit.targetCount > 1
        ? `${CALENDAR_WORDS.done} ${count}×`
        : CALENDAR_WORDS.done;
    case 'kept':
      return count === 0 ? CALENDAR_WORDS.kept : `${CALENDAR_WORDS.kept} (${count})`;
    case 'partial':
      return `${count} of ${habit.targetCount}`;
    case 'missed':
      return CALENDAR_WORDS.missed;
    case 'skipped':
      return CALENDAR_WORDS.skipped;
    case 'over':
      // The count shown in the cell is a word of the name ("did it 3 times"), so speech matches.
      return CALENDAR_WORDS.over(count);
    case 'none':
      return CALENDAR_WORDS.none;
    case 'future':
      return CALENDAR_WORDS.future;
    default: {
      const unhandled: never = status;
      return unhandled;
    }
  }
}

function mark(status: DayStatus, data?: HabitHistoryDay): string {
  switch (status) {
    case 'done':
    case 'kept':
      return '✓';
    case 'partial':
    case 'over':
      return String(data?.count ?? '');
    case 'missed':
      return '·';
    case 'skipped':
      return '–';
    case 'none':
    case 'future':
      return '';
    default: {
      const unhandled: never = status;
      return unhandled;
    }
  }
}

export interface HabitCalendarProps {
  readonly habit: Habit;
  readonly month: string;
  readonly today: string;
  readonly days: ReadonlyMap<string, HabitHistoryDay>;
  /** The day that keyboard focus rests on (one tab stop for the whole grid). */
  readonly focusDay: string;
  readonly selectedDay: string | null;
  readonly onFocusDay: (day: string) => void;
  readonly onSelectDay: (day: string) => void;
  readonly onMonth: (month: string) => void;
}

/**
 * A month of one habit as a grid: arrows move by day and week, Page Up/Down by month, Home/End to
 * the week's ends; Enter or a click opens a past day to record or change it.
 */
export function HabitCalendar({
  habit,
  month,
  today,
  days,
  focusDay,
  selectedDay,
  onFocusDay,
  onSelectDay,
  onMonth,
}: HabitCalendarProps) {
  const gridRef = useRef<HTMLTableElement>(null);
  const isMovingFocus = useRef(false);

  useEffect(() => {
    if (!isMovingFocus.current) return;
    isMovingFocus.current = false;
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-day="${focusDay}"]`)?.focus();
  }, [focusDay, month]);

  function moveTo(day: string) {
    isMovingFocus.current = true;
    onFocusDay(day);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(focusDay, -1),
      ArrowRight: () => addDays(focusDay, 1),
      ArrowUp: () => addDays(focusDay, -7),
      ArrowDown: () => addDays(focusDay, 7),
      Home: () => addDays(focusDay, -weekdayIndex(focusDay)),
      End: () => addDays(focusDay, 6 - weekdayIndex(focusDay)),
      PageUp: () => sameDayIn(addMonths(monthOf(focusDay), -1), focusDay),
      PageDown: () => sameDayIn(addMonths(monthOf(focusDay), 1), focusDay),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    moveTo(move());
  }

  const weeks = monthWeeks(month);
  const tabDay = monthOf(focusDay) === month ? focusDay : `${month}-01`;

  return (
    <div className="habit-calendar">
      <div className="calendar-head">
        <button
          type="button"
          className="button quiet"
          aria-label="Previous month"
          onClick={() => onMonth(addMonths(month, -1))}
        >
          ‹
        </button>
        <h3 className="calendar-title" aria-live="polite">
          {monthLabel(month)}
        </h3>
        <button
          type="button"
          className="button quiet"
          aria-label="Next month"
          disabled={month >= monthOf(today)}
          onClick={() => onMonth(addMonths(month, 1))}
        >
          ›
        </button>
      </div>
      <table
        ref={gridRef}
        role="grid"
        className="calendar-grid"
        aria-label={`${habit.name}, ${monthLabel(month)}`}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            {WEEKDAY_NAMES.map(([short, full]) => (
              <th key={short} scope="col" abbr={full}>
                {short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={week.find((d) => d !== null) ?? w}>
              {week.map((day, i) => {
                if (day === null) return <td key={`empty-${i}`} role="gridcell" />;
                const data = days.get(day);
                const status = dayStatus(habit, day, today, data);
                const isSelected = selectedDay === day;
                return (
                  <td key={day} role="gridcell" aria-selected={isSelected}>
                    <button
                      type="button"
                      data-day={day}
                      className={`calendar-day status-${status}${day === today ? ' is-today' : ''}`}
                      tabIndex={day === tabDay ? 0 : -1}
                      aria-disabled={status === 'future'}
                      aria-pressed={isSelected}
                      onFocus={() => {
                        if (day !== focusDay) onFocusDay(day);
                      }}
                      onClick={() => {
                        if (status !== 'future') onSelectDay(day);
                      }}
                    >
                      <DayContent
                        label={`${longDay(day)}${day === today ? ' (today)' : ''}: ${statusWords(status, habit, data)}`}
                        date={String(Number(day.slice(8)))}
                        mark={mark(status, data)}
                      />
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="calendar-legend muted" aria-hidden="true">
        <span className="legend-item status-done">✓</span>{' '}
        {habit.kind === 'build' ? CALENDAR_WORDS.done : CALENDAR_WORDS.kept}
        {habit.kind === 'build' ? (
          <>
            <span className="legend-item status-missed">·</span> {CALENDAR_WORDS.missed}
          </>
        ) : (
          <>
            <span className="legend-item status-over">1</span> {CALENDAR_WORDS.overLegend}
          </>
        )}
        <span className="legend-item status-skipped">–</span> {CALENDAR_WORDS.skipped}
      </p>
    </div>
  );
}

/**
 * A day's button content, named by what it shows: the date and, for a count ("2"), the count are
 * both inside the name, so speech control can say what is seen (an aria-label of other words would
 * hide them; axe's label-content-name-mismatch). A symbol mark (✓, ·, –) is said in words instead.
 */
function DayContent({ label, date, mark }: { label: string; date: string; mark: string }) {
  const isNumber = /^\d+$/.test(mark);
  const parts: VisiblePart[] = [{ text: date, className: 'calendar-date' }];
  if (isNumber) parts.push({ text: mark, className: 'calendar-mark' });
  // One inline run inside a single box: were the parts flex items, browsers would put spaces
  // around each ("26 ," instead of "26,") and the name would no longer be the label.
  return (
    <span className="calendar-day-content">
      <NamedByContent label={label} parts={parts} />
      {!isNumber && (
        <span className="calendar-mark" aria-hidden="true">
          {mark}
        </span>
      )}
    </span>
  );
}

/** The same day of the month in `month`, or its last day when that month is shorter. */
function sameDayIn(month: string, day: string): string {
  const candidate = `${month}-${day.slice(8)}`;
  const last = lastDayOfMonth(month);
  return candidate > last ? last : candidate;
}
