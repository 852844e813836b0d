/**
 * Habit strength: pure functions over a habit's check-ins, shared by the main process
 * (which answers `habit:list` and `habit:history`) and by tests that check the numbers on screen.
 *
 * The score is Loop Habit Tracker's (iSoron/uhabits, uhabits-core `models/Score.kt` and
 * `models/ScoreList.kt`), updated once per day:
 *
 *     s = s_prev * m + v * (1 - m),   m = 0.5 ^ (sqrt(f) / 13)
 *
 * where `f` is the target frequency per day and `v` (0..1) the share of the target met that day.
 * So a perfect day moves the score 1 - m of the way towards 1 and a missed day moves it the same
 * share towards 0: one slip lowers it a little and never resets it. From 0, a daily habit needs
 * 31 perfect days to pass 80% (1 - m^31 ≈ 0.808).
 *
 * Our choices where Loop's model and ours differ:
 * - build "at least N a day": f = 1, v = min(count / N, 1); a day with no check-in counts as
 *   not done (v = 0), as in Loop, because a person who did it can say so;
 * - build "at least N a week": f = min(N, 7) / 7 and, as Loop does for numerical habits, v is the
 *   share of N reached by the rolling 7-day total ending that day, min(sum / N, 1). Doing it on
 *   the same N weekdays every week keeps v at 1 every day; moving a day later lowers v a little
 *   on the days in between, and no single day is ever "the" day the target falls due;
 * - break "at most N a day/week": f = 1 (judged daily); v = 1 on a day the person recorded as kept,
 *   0 on a day that went over. A day goes over only when it has a count above 0 and its total
 *   (that day, or the rolling 7 days for a weekly limit) is above N, so one slip is counted once,
 *   not again on the quiet days after it. A break habit's day with no check-in is unknown and
 *   leaves the score where it was: the app neither claims a success nobody reported nor counts a
 *   slip that may not have happened;
 * - a skipped day (travel, illness, a day the person takes out) leaves the score unchanged, as in
 *   Loop, and never counts against a later day. What that means for a rolling 7-day total:
 *   - for a build target the skipped days are taken out of the calendar, and the 7-day window
 *     reaches back past them to the last 7 days that were not skipped. "At least 6 a week" then
 *     still asks for 6 of 7 kept days, and a person who comes back from four skipped days with
 *     three more check-ins is on target, exactly as if those four days had never been on the
 *     calendar. We chose this over scaling the target to the window's unskipped days (6 x 3/7)
 *     because scaling turns the person's own number into fractions nobody set ("2.6 a week") and
 *     lets a single check-in after a long skip meet a weekly target on its own. Here we part from
 *     Loop: its `ScoreList.recompute` freezes the score on a skipped day but keeps the day in the
 *     calendar window, where it weighs like a day with nothing done, which is how four skipped
 *     days used to turn three check-ins after them into three misses;
 *   - for a break limit the window stays on the calendar and a skipped day adds 0 to it: reaching
 *     back would bring older slips into the window, so a skip would count against later days.
 *     A skipped day then weighs on later days exactly as a day with nothing recorded does;
 *   so adding a skip never makes a later day's outcome worse than leaving that day empty, for
 *   all four shapes of rule (property-tested in `tests/shared/habit-strength.test.ts`);
 * - the score starts at 0 on the habit's first recorded day (check-in or skip). Starting at the
 *   creation day instead gives the same numbers (build days before any check-in keep 0 at 0, break
 *   days without check-ins change nothing) without needing the zone the habit was created in, and
 *   lets a person back-fill days before they added the habit to the app;
 * - today is still going on: a build target not met yet today does not lower the score shown for
 *   today (`summarizeHabit`).
 *
 * Ten years of check-ins are not scored again on every open: `ScoreCheckpoint` holds what the
 * score needs to go on from the end of a day (the score, that day's outcome, the counts still in
 * the rolling window, the first recorded day), and every function below takes one as `since`,
 * with only the records after it. The main process stores checkpoints (habit_score_checkpoints)
 * and drops a habit's checkpoints from the earliest day a write touches. Scoring from the first
 * record (`since` left out) stays the reference: the continuation is a second, separate loop,
 * property-tested against it on every day for all four shapes of rule.
 *
 * There are no streaks: a run of days that one miss drops to zero is the "don't break the chain"
 * pressure the app promises never to apply. Beside the score a person sees the days kept lately
 * (`habit-kept.ts`).
 */
import { dayNumber, dayOfNumber } from './calendar';
import type { HabitKind, HabitPeriod } from './domain/habits';

/** What a habit asks for; the score depends on nothing else about it. */
export interface HabitRule {
  readonly kind: HabitKind;
  readonly targetCount: number;
  readonly period: HabitPeriod;
}

/** One recorded day: a count, or a skip (count null). */
export interface DayRecord {
  readonly day: string;
  readonly count: number | null;
  readonly isSkip: boolean;
}

/**
 * How a day went: `met` the target (or kept under the limit), `missed` a build target, went
 * `over` a break limit, was `skipped`, or is `unrecorded` (before the first record, or a break
 * habit's day nobody recorded).
 */
export type DayOutcome = (typeof DAY_OUTCOMES)[number];
export const DAY_OUTCOMES = ['met', 'missed', 'over', 'skipped', 'unrecorded'] as const;

export interface ScoredDay {
  readonly day: string;
  /** The score at the end of this day, 0..1. */
  readonly strength: number;
  readonly outcome: DayOutcome;
}

/**
 * Where the score stands at the end of `day`, enough to go on from there without the days before
 * it. Only days on or after the habit's first record have one: before it there is nothing to
 * carry. Plain JSON-able data, so the main process can store it.
 */
export interface ScoreCheckpoint {
  readonly day: string;
  /** The score at the end of `day`, 0..1. */
  readonly strength: number;
  /** How `day` went. */
  readonly outcome: DayOutcome;
  /**
   * The counts a later day's rolling 7-day window still holds, oldest first: the last six days
   * that were not skipped for a weekly build target, the last six calendar days (a skipped or
   * unrecorded day adds 0) for a weekly limit; empty for a daily rule, whose window is the day.
   */
  readonly window: readonly number[];
  /** The habit's first recorded day (check-in or skip). */
  readonly firstDay: string;
  /** How many days up to and including `day` have a count (skips left out). */
  readonly countedDays: number;
}

export interface HabitSummaryNumbers {
  readonly strength: number;
}

/** True, false, or null when the day says nothing either way (skipped, unrecorded). */
export function metTarget(outcome: DayOutcome): boolean | null {
  switch (outcome) {
    case 'met':
      return true;
    case 'missed':
    case 'over':
      return false;
    case 'skipped':
    case 'unrecorded':
      return null;
    default: {
      const unhandled: never = outcome;
      return unhandled;
    }
  }
}

/** The target frequency per day, `f` in Loop's formula. */
export function targetFrequency(rule: HabitRule): number {
  if (rule.kind === 'break' || rule.period === 'day') return 1;
  // "At least 10 a week" cannot be done more often than daily in this model: capping f at 1 keeps
  // one day from weighing more than a daily habit's day does.
  return Math.min(Math.max(rule.targetCount, 1), 7) / 7;
}

/** `m` in Loop's formula: how much of yesterday's score a day keeps. */
export function strengthMultiplier(rule: HabitRule): number {
  return 0.5 ** (Math.sqrt(targetFrequency(rule)) / 13);
}

/** One step of the score: Loop's `Score.compute`. */
export function nextStrength(previous: number, value: number, multiplier: number): number {
  return previous * multiplier + value * (1 - multiplier);
}

/** The scored days from the first record up to `to`: day `first + i` is at index `i`. */
interface ScoredRun {
  readonly first: number;
  readonly strengths: Float64Array;
  readonly outcomes: DayOutcome[];
}

/**
 * Scores every day from the first record on or before `to` up to `to`; null without records.
 * Linear in the number of days, with no allocation per day beyond the outcome, so ten years of
 * history take well under a millisecond.
 */
function scoreFromFirstRecord(
  rule: HabitRule,
  records: readonly DayRecord[],
  to: string,
): ScoredRun | null {
  const last = dayNumber(to);
  const numbered = records
    .map((r) => ({ n: dayNumber(r.day), record: r }))
    .filter((r) => r.n <= last);
  if (numbered.length === 0) return null;
  const first = numbered.reduce((earliest, r) => Math.min(earliest, r.n), Infinity);
  const length = last - first + 1;
  const counts = new Float64Array(length);
  // 0: nothing recorded, 1: a count, 2: a skip. A later record for the same day wins.
  const recorded = new Uint8Array(length);
  for (const { n, record } of numbered) {
    recorded[n - first] = record.isSkip ? 2 : 1;
    counts[n - first] = record.isSkip ? 0 : (record.count ?? 0);
  }

  const multiplier = strengthMultiplier(rule);
  const windowDays = rule.period === 'week' ? 7 : 1;
  const target = rule.kind === 'build' ? Math.max(rule.targetCount, 1) : rule.targetCount;
  // A build target's window holds the last `windowDays` days that were not skipped (see the header
  // comment): `counted` lists the counts of those days in order, `countedLength` how many so far.
  const isWindowPastSkips = rule.kind === 'build';
  const counted = new Float64Array(length);
  let countedLength = 0;
  const strengths = new Float64Array(length);
  const outcomes: DayOutcome[] = [];
  let strength = 0;
  let windowSum = 0;
  for (let i = 0; i < length; i += 1) {
    const count = counts[i] ?? 0;
    const isSkip = recorded[i] === 2;
    if (isWindowPastSkips) {
      if (!isSkip) {
        counted[countedLength] = count;
        windowSum +=
          count - (countedLength >= windowDays ? (counted[countedLength - windowDays] ?? 0) : 0);
        countedLength += 1;
      }
    } else {
      // A skipped day's count is 0, so it adds nothing to a limit's calendar window.
      windowSum += count - (i >= windowDays ? (counts[i - windowDays] ?? 0) : 0);
    }
    let outcome: DayOutcome;
    if (isSkip) {
      outcome = 'skipped';
    } else if (rule.kind === 'build') {
      outcome = windowSum >= target ? 'met' : 'missed';
      strength = nextStrength(strength, Math.min(windowSum / target, 1), multiplier);
    } else if (recorded[i] === 0) {
      outcome = 'unrecorded';
    } else {
      const isOver = count > 0 && windowSum > target;
      outcome = isOver ? 'over' : 'met';
      strength = nextStrength(strength, isOver ? 0 : 1, multiplier);
    }
    strengths[i] = strength;
    outcomes.push(outcome);
  }
  return { first, strengths, outcomes };
}

/**
 * Scores from the end of `since.day` (or, without it, from the first record) up to `to`, one day
 * at a time, and hands `visit` the checkpoint of each day `wants` asks for. Written apart from
 * `scoreFromFirstRecord` on purpose: that one is the reference this one is tested against.
 * `records` are the days after `since.day` (earlier ones are ignored), in any order.
 */
function continueScores(
  rule: HabitRule,
  since: ScoreCheckpoint | null,
  records: readonly DayRecord[],
  to: string,
  wants?: (dayNumber: number) => boolean,
  visit?: (checkpoint: ScoreCheckpoint) => void,
): ScoredRun | null {
  const last = dayNumber(to);
  const after = since ? dayNumber(since.day) : -Infinity;
  const byDay = new Map<number, DayRecord>();
  for (const record of records) {
    const n = dayNumber(record.day);
    if (n > after && n <= last) byDay.set(n, record);
  }
  let firstDay = since?.firstDay ?? null;
  let first = since ? dayNumber(since.day) : Infinity;
  if (!since) {
    for (const n of byDay.keys()) first = Math.min(first, n);
    if (first === Infinity) return null;
    firstDay = dayOfNumber(first);
  }
  if (first > last || firstDay === null) return null;

  const multiplier = strengthMultiplier(rule);
  const windowDays = rule.period === 'week' ? 7 : 1;
  const target = rule.kind === 'build' ? Math.max(rule.targetCount, 1) : rule.targetCount;
  const window: number[] = since ? [...since.window] : [];
  let strength = since?.strength ?? 0;
  let countedDays = since?.countedDays ?? 0;
  const strengths = new Float64Array(last - first + 1);
  const outcomes: DayOutcome[] = [];
  let n = first;
  if (since) {
    strengths[0] = since.strength;
    outcomes.push(since.outcome);
    n += 1;
  }
  for (; n <= last; n += 1) {
    const record = byDay.get(n);
    const isSkip = record?.isSkip === true;
    const count = record && !isSkip ? (record.count ?? 0) : 0;
    if (record && !isSkip) countedDays += 1;
    // A build target's window skips the skipped days; a limit's window is the calendar.
    if (rule.kind === 'break' || !isSkip) {
      window.push(count);
      if (window.length > windowDays) window.shift();
    }
    const windowSum = window.reduce((sum, c) => sum + c, 0);
    let outcome: DayOutcome;
    if (isSkip) {
      outcome = 'skipped';
    } else if (rule.kind === 'build') {
      outcome = windowSum >= target ? 'met' : 'missed';
      strength = nextStrength(strength, Math.min(windowSum / target, 1), multiplier);
    } else if (!record) {
      outcome = 'unrecorded';
    } else {
      const isOver = count > 0 && windowSum > target;
      outcome = isOver ? 'over' : 'met';
      strength = nextStrength(strength, isOver ? 0 : 1, multiplier);
    }
    strengths[n - first] = strength;
    outcomes.push(outcome);
    if (visit && wants?.(n)) {
      visit({
        day: dayOfNumber(n),
        strength,
        outcome,
        window: window.slice(-(windowDays - 1) || window.length),
        firstDay,
        countedDays,
      });
    }
  }
  return { first, strengths, outcomes };
}

/** The scored run for `since` and the records after it, or from the first record without it. */
function runOf(
  rule: HabitRule,
  records: readonly DayRecord[],
  to: string,
  since: ScoreCheckpoint | undefined,
): ScoredRun | null {
  if (!since) return scoreFromFirstRecord(rule, records, to);
  if (since.day > to) {
    throw new Error(`A checkpoint from ${since.day} cannot score days up to ${to}.`);
  }
  return continueScores(rule, since, records, to);
}

/** Throws when a day before the checkpoint is asked for: the records before it are not there. */
function assertCovered(since: ScoreCheckpoint | undefined, day: string): void {
  if (since && day < since.day) {
    throw new Error(`A checkpoint from ${since.day} cannot score ${day}, a day before it.`);
  }
}

/**
 * The checkpoints of `days` (those from the first record or after `since`, up to `to`), scored
 * from `since` (or the first record): what the main process stores so that the next read starts
 * near the day it asks for. Asked by day number, not by a string per day, so that a habit whose
 * records lie centuries apart (dates from 1900 to 2999 are accepted) costs arithmetic only.
 */
export function scoreCheckpoints(
  rule: HabitRule,
  records: readonly DayRecord[],
  to: string,
  days: Iterable<string>,
  since?: ScoreCheckpoint,
): ScoreCheckpoint[] {
  const wanted = new Set<number>();
  for (const day of days) wanted.add(dayNumber(day));
  const checkpoints: ScoreCheckpoint[] = [];
  continueScores(
    rule,
    since ?? null,
    records,
    to,
    (n) => wanted.has(n),
    (checkpoint) => checkpoints.push(checkpoint),
  );
  return checkpoints;
}

/**
 * Each day from `from` to `to` (both included) with the score at its end and how it went, from
 * the check-ins in `records` (in any order; later days are ignored). Every day in the range counts
 * as over: for today, see `summarizeHabit`. With `since`, `records` are the days after it and
 * `from` may not be earlier than it.
 */
export function scoreHabitDays(
  rule: HabitRule,
  records: readonly DayRecord[],
  from: string,
  to: string,
  since?: ScoreCheckpoint,
): ScoredDay[] {
  assertCovered(since, from);
  const run = runOf(rule, records, to, since);
  const result: ScoredDay[] = [];
  for (let n = dayNumber(from), last = dayNumber(to); n <= last; n += 1) {
    const i = run ? n - run.first : -1;
    const outcome = run && i >= 0 ? run.outcomes[i] : undefined;
    result.push(
      outcome === undefined
        ? { day: dayOfNumber(n), strength: 0, outcome: 'unrecorded' }
        : { day: dayOfNumber(n), strength: run?.strengths[i] ?? 0, outcome },
    );
  }
  return result;
}

/**
 * Strength as of `today`, which is still going on: a build target not met yet today is not a
 * miss, so today can raise the score but not lower it. A break limit already gone over today does
 * count: that part of the day is done.
 */
export function summarizeHabit(
  rule: HabitRule,
  records: readonly DayRecord[],
  today: string,
  since?: ScoreCheckpoint,
): HabitSummaryNumbers {
  // The day before today is read too, so the checkpoint must end before today.
  if (since && since.day >= today) {
    throw new Error(`A checkpoint from ${since.day} cannot say how ${today} began.`);
  }
  const run = runOf(rule, records, today, since);
  const lastIndex = (run?.outcomes.length ?? 0) - 1;
  const lastOutcome = run?.outcomes[lastIndex];
  if (!run || lastOutcome === undefined) return { strength: 0 };
  const before = lastIndex > 0 ? (run.strengths[lastIndex - 1] ?? 0) : 0;
  const atEnd = run.strengths[lastIndex] ?? 0;
  const isTodayOpen = lastOutcome === 'missed' || lastOutcome === 'unrecorded';
  return { strength: isTodayOpen ? Math.max(before, atEnd) : atEnd };
}

/**
 * The score at the end of each of `days` (in any order), from one pass over the history: the same
 * numbers as `scoreHabitDays`, for charts that need a few days out of many years (the end of each
 * week or month) without an object per day. Days before the first record score 0.
 */
export function strengthOnDays(
  rule: HabitRule,
  records: readonly DayRecord[],
  days: readonly string[],
  since?: ScoreCheckpoint,
): number[] {
  if (days.length === 0) return [];
  const last = days.reduce((latest, day) => (day > latest ? day : latest));
  for (const day of days) assertCovered(since, day);
  const run = runOf(rule, records, last, since);
  return days.map((day) => {
    const i = run ? dayNumber(day) - run.first : -1;
    return run && i >= 0 ? (run.strengths[i] ?? 0) : 0;
  });
}
