import { addDays, monthRange, weekdayIndex } from '../../../src-main/shared/calendar';
import { shortDay, weekdayNames } from '../../app/day-format';

export { currentTimeZone, todayIn } from '../../app/clock';
export { longDay, monthLabel, shortDay } from '../../app/day-format';
export { addMonths, monthOf, weekdayIndex } from '../../../src-main/shared/calendar';

/** "today", "yesterday", or "on Tue 3 Jun": how a message names a day. */
export function dayInWords(day: string, today: string): string {
  if (day === today) return 'today';
  if (day === addDays(today, -1)) return 'yesterday';
  return `on ${shortDay(day)}`;
}

export function firstDayOfMonth(month: string): string {
  return monthRange(month).from;
}

export function lastDayOfMonth(month: string): string {
  return monthRange(month).to;
}

/** The month as weeks from Monday to Sunday; days outside the month are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const { from: first, to: last } = monthRange(month);
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

/** The weekdays from Monday, each as `[short, long]`, in the system's language. */
export const WEEKDAY_NAMES = weekdayNames();
