/**
 * Calendar days and instants, as they cross the process boundary:
 * - a local calendar day is `YYYY-MM-DD`;
 * - an instant is a UTC ISO string (`2026-11-27T21:30:00.000Z`) plus the IANA zone it was entered in.
 * Pure: uses only `Intl`, which every runtime we target has.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** True for a real calendar day such as `2024-02-29`; false for `2024-02-30` (never rolled over). */
export function isValidDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Worked out by the Gregorian rule rather than with a Date: the contract checks every day in
 * every chart series it sends, and a Date per day was a sixth of that check's cost.
 */
function daysInMonth(year: number, month: number): number {
  const isLeapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && isLeapYear ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

/** True for a UTC ISO instant whose parts are a real date and time. */
export function isValidInstant(value: string): boolean {
  if (!INSTANT_PATTERN.test(value)) return false;
  if (!isValidDay(value.slice(0, 10))) return false;
  // The time read as numbers rather than through a Date: the contract checks every instant in
  // every answer, and parsing and printing a Date was most of a short read's check.
  const hour = Number(value.slice(11, 13));
  const minute = Number(value.slice(14, 16));
  const second = Number(value.slice(17, 19));
  return hour <= 23 && minute <= 59 && second <= 59;
}

const zoneCache = new Map<string, boolean>();

/** True for an IANA time zone name the runtime knows, such as `Asia/Kathmandu`. */
export function isValidTimeZone(value: string): boolean {
  const cached = zoneCache.get(value);
  if (cached !== undefined) return cached;
  let isValid: boolean;
  try {
    // Throws for a zone the runtime does not know; the locale plays no part.
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    isValid = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value) || value === 'UTC';
  } catch {
    isValid = false;
  }
  zoneCache.set(value, isValid);
  return isValid;
}

/** The local calendar day an instant falls on in the zone it was entered in. */
export function dayOfInstant(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  const pad = (n: number | undefined, width: number) => String(n ?? 0).padStart(width, '0');
  // `format` of a day-only formatter is several times cheaper than `formatToParts` of one with
  // the time too, and every stored entry's day is checked against its instant in each answer.
  // en-US writes that day as M/D/YYYY; anything else (a runtime that words it otherwise) takes
  // the slower path, which reads the parts by name.
  const written = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(dayFormatter(timeZone).format(ms));
  if (written) return `${written[3]}-${pad(Number(written[1]), 2)}-${pad(Number(written[2]), 2)}`;
  const p = wallParts(ms, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** One day-only formatter per zone, kept: making one costs far more than using it. */
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone this computer's clock is set to, as an IANA name (UTC when the runtime cannot say). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` day: integer arithmetic (Howard Hinnant's
 * `days_from_civil`, https://howardhinnant.github.io/date_algorithms.html), many times faster than
 * `Date.parse` in loops over years of days.
 */
export function dayNumber(day: string): number {
  const month = Number(day.slice(5, 7));
  const year = Number(day.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear =
    Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(day.slice(8, 10)) - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The `YYYY-MM-DD` day of a day number (see dayNumber). */
export function dayOfNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The day `count` days after (or before, when negative) `day`. */
export function addDays(day: string, count: number): string {
  return dayOfNumber(dayNumber(day) + count);
}

/** How many days `to` is after `from` (negative when before). */
export function daysFrom(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 for Monday ... 6 for Sunday (1970-01-01, day 0, was a Thursday). */
export function weekdayIndex(day: string): number {
  return (((dayNumber(day) + 3) % 7) + 7) % 7;
}

/** The Monday that starts the week `day` is in. */
export function weekStart(day: string): string {
  return addDays(day, -weekdayIndex(day));
}

/** `YYYY-MM` of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The month (`YYYY-MM`) `count` months after (or before, when negative) `month`. */
export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** The first day of the month `day` is in. */
export function monthStart(day: string): string {
  return `${monthOf(day)}-01`;
}

/** The first and last day of a month (`YYYY-MM`), both included. */
export function monthRange(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: addDays(`${addMonths(month, 1)}-01`, -1) };
}

/** Every day from `from` to `to`, both included, in order. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The numbers a clock in `timeZone` shows at `ms`. Read with formatToParts, so the locale only
 * has to give plain Latin digits: `en-US` is never shown to anyone (people see the renderer's
 * day-format module, in their own locale).
 */
function wallParts(ms: number, timeZone: string): Record<string, number> {
  let formatter = wallFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallFormatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const p of formatter.formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return parts;
}

/** How far ahead of UTC the zone's clocks are at that instant, in milliseconds. */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const p = wallParts(ms, timeZone);
  const asUtc = Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The day and `HH:MM` time a clock in `timeZone` showed at `instant`. */
export function wallTimeOf(instant: string, timeZone: string): { day: string; time: string } {
  const ms = Date.parse(instant);
  const local = new Date(ms + zoneOffsetMs(ms, timeZone)).toISOString();
  return { day: local.slice(0, 10), time: local.slice(11, 16) };
}

/**
 * The UTC instant at which a clock in `timeZone` shows `day` `time` (`HH:MM`). A time skipped by a
 * daylight-saving jump forward resolves to the same reading after the jump (02:30 becomes 03:30),
 * as Temporal's "compatible" disambiguation does.
 */
export function instantOfWallTime(day: string, time: string, timeZone: string): string {
  const wall = Date.parse(`${day}T${time}:00Z`);
  const first = wall - zoneOffsetMs(wall, timeZone);
  const second = wall - zoneOffsetMs(first, timeZone);
  const shows = (ms: number) => {
    const shown = wallTimeOf(new Date(ms).toISOString(), timeZone);
    return shown.day === day && shown.time === time;
  };
  const settled = shows(second) ? second : shows(first) ? first : Math.max(first, second);
  return new Date(settled).toISOString();
}

/** The person's calendar day at `now` on a clock set to `timeZone`. */
export function todayAt(now: Date, timeZone: string): string {
  return dayOfInstant(now.toISOString(), timeZone);
}

/**
 * Milliseconds from `now` until the next calendar day begins in `timeZone`. Aims at the instant the
 * zone's clocks first show the next day, so days of 23 or 25 hours (daylight saving) and zones
 * whose midnight is skipped still turn over on time. Never less than one second, so a caller that
 * re-arms a timer cannot spin.
 */
export function msUntilNextDay(now: Date, timeZone: string): number {
  const tomorrow = addDays(todayAt(now, timeZone), 1);
  const begins = Date.parse(instantOfWallTime(tomorrow, '00:00', timeZone));
  return Math.max(1000, begins - now.getTime());
}
