import { dayOfInstant } from '../../src-main/shared/calendar';

/** The zone this computer's clock is set to: the person's "today" is a day in this zone. */
export function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Today's calendar day in `timeZone`. */
export function todayIn(timeZone: string): string {
  return dayOfInstant(new Date().toISOString(), timeZone);
}

/** A calendar day formatted as `options` say, the same in every zone. */
export function formatDay(day: string, options: Intl.DateTimeFormatOptions): string {
  // Noon UTC names the same calendar day in every zone's formatter set to UTC.
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' });
}

/** "Tuesday 3 June 2026". */
export function longDay(day: string): string {
  return formatDay(day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "Tuesday 3 June": a day of this year, as Today names it. */
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
