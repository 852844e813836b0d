/**
 * How a habit has gone lately, in counts a person can check against their own memory: the days
 * kept in the last four weeks (or, for a weekly goal, the weeks the goal was met), and how far
 * this day or week has come towards the goal. These replace the "current streak": a streak drops
 * to zero after one miss, which is the "don't break the chain" pressure the app promises never to
 * apply (domain.md, "Entries"). Pure, like `habit-strength.ts`, whose day outcomes it counts.
 *
 * What counts, and why:
 * - a daily goal counts days: the last 28 days, today among them once today is kept (met, or for
 *   a habit to break recorded within its limit) or is over; a build target not met yet today is
 *   still going on, so the 28 days then end yesterday and today is not held against anyone;
 * - a weekly goal counts calendar weeks (Monday to Sunday, as the habit calendar draws them): the
 *   four full weeks before this one. This week is still going on; its progress is `thisPeriod`;
 * - skipped days are left out of the count and counted apart, so the words can say so. A week
 *   with a skipped day that fell short of a build goal is left out the same way: a skip never
 *   counts against anything. A week that met the goal counts as met, skips or not;
 * - a habit to break judges the days (weeks) someone recorded. A day with nothing recorded is not
 *   known to be kept or not (the strength score leaves it alone, too), so it is left out and
 *   counted apart rather than shown as a failure;
 * - a habit younger than the window is counted over its own days from its first record, so a
 *   habit begun six days ago reads "5 of 6 days", not "5 of 28". A first week that began part way
 *   through counts only when its goal was met anyway: days before the start were never asked for.
 */
import { addDays, weekStart } from './calendar';
import type { HabitPeriod } from './domain/habits';
import {
  scoreHabitDays,
  type DayRecord,
  type HabitRule,
  type ScoreCheckpoint,
} from './habit-strength';

/** The daily window: four weeks of days. */
export const KEPT_WINDOW_DAYS = 28;
/** The weekly window: four full weeks before this one. */
export const KEPT_WINDOW_WEEKS = 4;

export interface KeptLately {
  /** What is counted: days for a daily goal, weeks for a weekly one. */
  readonly unit: HabitPeriod;
  /** Days (or weeks) the goal was met, or the limit kept. */
  readonly kept: number;
  /** Days (or weeks) judged either way: the "of" in "kept on 5 of 6 days". */
  readonly counted: number;
  /** Days (or weeks) left out because of a skip. */
  readonly skipped: number;
  /** A habit to break only: days (or weeks) with nothing recorded, left out as not known. */
  readonly unrecorded: number;
  /** The habit began inside the window, so its own days are the whole count. */
  readonly isSinceStart: boolean;
  /** Anything is recorded at all, on or before today. */
  readonly hasStarted: boolean;
}

/** The count so far in the day (daily goal) or calendar week (weekly goal) that holds `today`. */
export interface PeriodProgress {
  readonly period: HabitPeriod;
  /** Times recorded so far in this day or week (skipped days add nothing). */
  readonly count: number;
  /** The habit's target: at least this many to build, at most this many to break. */
  readonly target: number;
}

const NOT_STARTED = {
  kept: 0,
  counted: 0,
  skipped: 0,
  unrecorded: 0,
  isSinceStart: false,
  hasStarted: false,
} as const;

/** The records on or before `to`, one per day (a later record for the same day wins). */
function recordsByDay(records: readonly DayRecord[], to: string): Map<string, DayRecord> {
  const byDay = new Map<string, DayRecord>();
  for (const record of records) if (record.day <= to) byDay.set(record.day, record);
  return byDay;
}

function firstDay(byDay: ReadonlyMap<string, DayRecord>): string | null {
  let first: string | null = null;
  for (const day of byDay.keys()) if (first === null || day < first) first = day;
  return first;
}

function keptDays(
  rule: HabitRule,
  records: readonly DayRecord[],
  today: string,
  first: string,
  since: ScoreCheckpoint | undefined,
) {
  const scored = scoreHabitDays(rule, records, addDays(today, -KEPT_WINDOW_DAYS), today, since);
  const todayOutcome = scored.at(-1)?.outcome;
  // Today joins the count once it is settled either way (or skipped); until then the window is
  // the 28 days before it.
  const isTodayOpen = todayOutcome === 'missed' || todayOutcome === 'unrecorded';
  const window = isTodayOpen ? scored.slice(0, -1) : scored.slice(1);
  const isSinceStart = first > (window[0]?.day ?? today);
  let kept = 0;
  let counted = 0;
  let skipped = 0;
  let unrecorded = 0;
  for (const { day, outcome } of window) {
    if (day < first) continue;
    switch (outcome) {
      case 'met':
        kept += 1;
        counted += 1;
        break;
      case 'missed':
      case 'over':
        counted += 1;
        break;
      case 'skipped':
        skipped += 1;
        break;
      case 'unrecorded':
        unrecorded += 1;
        break;
      default: {
        const unhandled: never = outcome;
        return unhandled;
      }
    }
  }
  return { kept, counted, skipped, unrecorded, isSinceStart, hasStarted: true };
}

function keptWeeks(
  rule: HabitRule,
  byDay: ReadonlyMap<string, DayRecord>,
  today: string,
  first: string,
) {
  const thisWeek = weekStart(today);
  const firstWeek = weekStart(first);
  let kept = 0;
  let counted = 0;
  let skipped = 0;
  let unrecorded = 0;
  for (let k = KEPT_WINDOW_WEEKS; k >= 1; k -= 1) {
    const start = addDays(thisWeek, -7 * k);
    if (start < firstWeek) continue;
    let sum = 0;
    let hasSkip = false;
    let hasCount = false;
    for (let i = 0; i < 7; i += 1) {
      const record = byDay.get(addDays(start, i));
      if (!record) continue;
      if (record.isSkip) hasSkip = true;
      else {
        hasCount = true;
        sum += record.count ?? 0;
      }
    }
    const isPartFirstWeek = start < first;
    if (rule.kind === 'build') {
      const isMet = sum >= Math.max(rule.targetCount, 1);
      if (isMet) {
        kept += 1;
        counted += 1;
      } else if (hasSkip) skipped += 1;
      else if (!isPartFirstWeek) counted += 1;
    } else if (sum > rule.targetCount) {
      counted += 1;
    } else if (hasCount) {
      kept += 1;
      counted += 1;
    } else if (hasSkip) skipped += 1;
    else unrecorded += 1;
  }
  const isSinceStart = firstWeek > addDays(thisWeek, -7 * KEPT_WINDOW_WEEKS);
  return { kept, counted, skipped, unrecorded, isSinceStart, hasStarted: true };
}

/**
 * The earliest day whose record `keptLately` and `periodProgress` read for `today`: a checkpoint
 * handed to them as `since` must end before it.
 */
export function keptWindowStart(today: string): string {
  const weeks = addDays(weekStart(today), -7 * KEPT_WINDOW_WEEKS);
  const days = addDays(today, -KEPT_WINDOW_DAYS);
  return weeks < days ? weeks : days;
}

function assertBefore(since: ScoreCheckpoint | undefined, today: string): void {
  if (since && since.day >= keptWindowStart(today)) {
    throw new Error(`A checkpoint from ${since.day} hides days counted for ${today}.`);
  }
}

/**
 * The days kept in the last four weeks, or the weeks met in the four before this one. With
 * `since` (ending before `keptWindowStart(today)`), `records` are the days after it.
 */
export function keptLately(
  rule: HabitRule,
  records: readonly DayRecord[],
  today: string,
  since?: ScoreCheckpoint,
): KeptLately {
  assertBefore(since, today);
  const byDay = recordsByDay(records, today);
  const first = since?.firstDay ?? firstDay(byDay);
  if (first === null) return { unit: rule.period, ...NOT_STARTED };
  return rule.period === 'day'
    ? { unit: 'day', ...keptDays(rule, records, today, first, since) }
    : { unit: 'week', ...keptWeeks(rule, byDay, today, first) };
}

/**
 * How many times so far today (daily goal) or this calendar week (weekly goal). `records` must
 * hold at least the days of this week.
 */
export function periodProgress(
  rule: HabitRule,
  records: readonly DayRecord[],
  today: string,
): PeriodProgress {
  const byDay = recordsByDay(records, today);
  const from = rule.period === 'day' ? today : weekStart(today);
  let count = 0;
  for (let day = from; day <= today; day = addDays(day, 1)) {
    const record = byDay.get(day);
    if (record && !record.isSkip) count += record.count ?? 0;
  }
  return { period: rule.period, count, target: rule.targetCount };
}
