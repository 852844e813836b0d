import { addDays } from '../../src-main/shared/calendar';

// Numbers and moments are formatted by the shared module, which the main process's messages use
// too, so a number beside a field and in a refusal read the same.
export {
  dateTimeInWords,
  formatCount,
  formatOneDecimal,
} from '../../src-main/shared/locale-format';

/**
 * Every date, time and number the renderer shows, in ONE place and in the system's locale (the
 * `undefined` locale: what the person set their computer to), so that a date field and the words
 * beside it always agree. Day arithmetic lives in src-main/shared/calendar.ts; this only formats.
 */

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per set of options, made once: building them is slow, using them is not. */
function dateFormatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, options);
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

/** A calendar day formatted as `options` say, the same in every zone. */
export function formatDay(day: string, options: Intl.DateTimeFormatOptions): string {
  // Noon UTC, formatted in UTC, names the same calendar day whatever the computer's zone.
  return dateFormatter({ ...options, timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** "Tuesday 3 June 2026" (in the system's locale and order). */
export function longDay(day: string): string {
  return formatDay(day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "Tuesday 3 June": a day of this year, as Today and the calendars name it. */
export function weekdayAndDate(day: string): string {
  return formatDay(day, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** "Tue 3 Jun". */
export function shortDay(day: string): string {
  return formatDay(day, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** "3 Jun": a chart axis label. */
export function axisDay(day: string): string {
  return formatDay(day, { day: 'numeric', month: 'short' });
}

/** "June 2026", from `YYYY-MM`. */
export function monthLabel(month: string): string {
  return formatDay(`${month}-01`, { month: 'long', year: 'numeric' });
}

/** The day of the month as the locale writes it ("3"). */
export function dayOfMonth(day: string): string {
  return formatDay(day, { day: 'numeric' });
}

/** The weekdays from Monday to Sunday, each as `[short, long]`: `['Mon', 'Monday']`. */
export function weekdayNames(): readonly (readonly [string, string])[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const day = addDays('2024-01-01', i);
    return [formatDay(day, { weekday: 'short' }), formatDay(day, { weekday: 'long' })] as const;
  });
}

/** "22:10" or "10:10 PM", as the locale writes a time of day given as `HH:MM`. */
export function timeOfDay(time: string): string {
  return dateFormatter({ hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(`1970-01-01T${time}:00Z`),
  );
}

/** Entries grouped under the day they belong to, keeping the order they came in. */
export function groupByDay<T extends { readonly day: string }>(
  entries: readonly T[],
): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const group = groups.get(entry.day) ?? [];
    group.push(entry);
    groups.set(entry.day, group);
  }
  return [...groups];
}
