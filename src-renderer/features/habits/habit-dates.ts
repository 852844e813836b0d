import { addDays } from '../../../src-main/shared/calendar';
import { formatDay, shortDay } from '../../app/day-format';

export { currentTimeZone, longDay, shortDay, todayIn } from '../../app/day-format';

/** "today", "yesterday", or "on Tue 3 Jun": how a message names a day. */
export function dayInWords(day: string, today: string): string {
  if (day === today) return 'today';
  if (day === addDays(today, -1)) return 'yesterday';
  return `on ${shortDay(day)}`;
}

/** `YYYY-MM` of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The month `count` months after (or before) `month`. */
export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const index = (year ?? 1970) * 12 + (monthNumber ?? 1) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** "June 2026". */
export function monthLabel(month: string): string {
  return formatDay(`${month}-01`, { month: 'long', year: 'numeric' });
}

export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

export function lastDayOfMonth(month: string): string {
  return addDays(firstDayOfMonth(addMonths(month, 1)), -1);
}

/** Monday = 0 ... Sunday = 6. */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
}

/** The month as weeks from Monday to Sunday; days outside the month are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const first = firstDayOfMonth(month);
  const last = lastDayOfMonth(month);
  const weeks: (string | null)[][] = [];
  let week: (string | null)[] = Array.from({ length: weekdayIndex(first) }, () => null);
  for (let day = first; day <= last; day = addDays(day, 1)) {
    week.push(day);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0)
    weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

export const WEEKDAY_NAMES = [
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
  ['Sun', 'Sunday'],
] as const;
