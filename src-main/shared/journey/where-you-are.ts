/**
 * "Where you are now": what a person's own records show about their healing, item by item, with
 * the numbers each rests on and a short series for a small chart (domain.md, "The journey";
 * issue 9). The Journey screen (through `journey:overview`) and the progress report both read it
 * from here, so they show the same facts from the same records.
 *
 * Facts, never a verdict: no item is a box to tick, there is no score and no finish line, and
 * nothing here leads back to the ex. Time spent healing is time spent, with no minimum: any fixed
 * number of days would bring back the "30 days" countdown the article rejects. A trend is said
 * only from `TREND_MIN_POINTS` days, and as the movement the least-squares line made. The words
 * for each item are in `where-you-are-words.ts`. Pure: no zod, no node, no DOM.
 */
import { addDays, dayNumber } from '../calendar';
import type { Stage } from '../domain/stages';
import {
  scoreHabitDays,
  summarizeHabit,
  type DayRecord,
  type HabitRule,
  type ScoreCheckpoint,
} from '../habit-strength';
import { PERCENT_MIN_ITEMS } from '../share-words';
import { leastSquaresMovement, movementDirection, type DayValue, type Movement } from '../trend';
import type { HonestReflectionAnswers } from './honest-reflection';

/** Mood is read over the last two weeks (domain.md: "mood trend flat or rising over 14 days"). */
export const MOOD_WINDOW_DAYS = 14;
/** How much it hurts moves more slowly than mood: read over the last four weeks. */
export const HURT_WINDOW_DAYS = 28;
/** The habit strength chart's span: four weeks, as the Habits screen's "days kept lately". */
export const HABIT_WINDOW_DAYS = 28;
/** Mood and hurt are rated from 0 or 1 to 10; the fitted line is kept inside that. */
export const TEN_POINT_SCALE = { min: 0, max: 10 } as const;

/** One day's mood as the records hold it: the day's average, and its hurt rating if any. */
export interface MoodDayInput {
  readonly day: string;
  readonly average: number;
  /** The day's average "how much does it hurt right now" (0-10); null when none was rated. */
  readonly hurt: number | null;
}

/** A habit in use (not archived), with every record it has. */
export interface HabitInput extends HabitRule {
  /** The habit's records: all of them, or with `since` the days after it. */
  readonly records: readonly DayRecord[];
  /**
   * Where the score stood before the last `HABIT_WINDOW_DAYS` days (before `habitWindowStart`),
   * so that ten years of check-ins need not be read to say where the habit is now.
   */
  readonly since?: ScoreCheckpoint | undefined;
}

/** The earliest day the habits item reads: a checkpoint given as `since` must end before it. */
export function habitWindowStart(asOf: string): string {
  return addDays(asOf, -(HABIT_WINDOW_DAYS - 1));
}

/** The latest honest reflection, if any. */
export interface ReflectionInput {
  readonly day: string;
  /** Null when the answers are not to be shown (a summary report) or cannot be read. */
  readonly answers: HonestReflectionAnswers | null;
  /** How many times it has been answered, this one included. */
  readonly times: number;
}

export interface WhereYouAreInput {
  /** The day the facts are read as of: today on the Journey screen, the period's end in a report. */
  readonly asOf: string;
  readonly stage: Stage;
  /**
   * The day healing began: the breakup day when the person set it, else the first day anything
   * was recorded; null when neither is known.
   */
  readonly healingSince: string | null;
  /** Days with a mood entry, any order; days outside the windows are ignored. */
  readonly moodDays: readonly MoodDayInput[];
  /** The habits in use as of `asOf`. */
  readonly habits: readonly HabitInput[];
  readonly honestReflection: ReflectionInput | null;
  /** Apology rehearsals logged (communication practice with the skill "apology"). */
  readonly apologyRehearsals: number;
}

/** A point of a small chart: null where the day has nothing to draw. */
export interface SeriesPoint {
  readonly day: string;
  readonly value: number | null;
}

export type Direction = 'up' | 'down' | 'flat';

/** A daily series read over a window ending on `asOf`. */
export interface TrendFacts {
  readonly windowDays: number;
  /** Days in the window with a value. */
  readonly days: number;
  /** The least-squares line; null with fewer than `TREND_MIN_POINTS` days. */
  readonly movement: Movement | null;
  readonly direction: Direction | null;
  /** The days with a value in the window, oldest first. */
  readonly series: readonly DayValue[];
}

export interface HabitsItem {
  readonly kind: 'habits';
  /** Habits in use that have at least one record. */
  readonly habits: number;
  /** Their average strength (0..1) as of `asOf`; null with no such habit. */
  readonly strength: number | null;
  /** True when some habit has fewer than `PERCENT_MIN_ITEMS` recorded days: a low score explained. */
  readonly hasFewRecordedDays: boolean;
  /** The average strength (0..1) each day of the last `HABIT_WINDOW_DAYS` days. */
  readonly series: readonly SeriesPoint[];
}

export interface MoodItem extends TrendFacts {
  readonly kind: 'mood';
}

export interface HurtItem extends TrendFacts {
  readonly kind: 'hurt';
}

export interface TimeItem {
  readonly kind: 'time';
  readonly since: string | null;
  /** Days spent healing, the first day counted as one; null when `since` is unknown. */
  readonly days: number | null;
}

export interface ReflectionItem {
  readonly kind: 'reflection';
  readonly latest: ReflectionInput | null;
}

export interface RehearsalsItem {
  readonly kind: 'rehearsals';
  readonly rehearsals: number;
}

export type WhereItem =
  HabitsItem | MoodItem | HurtItem | TimeItem | ReflectionItem | RehearsalsItem;
export type WhereItemKind = WhereItem['kind'];

function inWindow(day: string, asOf: string, windowDays: number): boolean {
  const n = dayNumber(day);
  const end = dayNumber(asOf);
  return n <= end && n > end - windowDays;
}

function trendOver(values: readonly DayValue[], asOf: string, windowDays: number): TrendFacts {
  const series = values
    .filter((v) => inWindow(v.day, asOf, windowDays))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const movement = leastSquaresMovement(series, TEN_POINT_SCALE);
  return {
    windowDays,
    days: series.length,
    movement,
    direction: movement === null ? null : movementDirection(movement),
    series,
  };
}

function recordedDays(habit: HabitInput, asOf: string): number {
  const after = habit.records.filter((r) => r.day <= asOf && !r.isSkip).length;
  return (habit.since?.countedDays ?? 0) + after;
}

function habitsItem(habits: readonly HabitInput[], asOf: string): HabitsItem {
  const recorded = habits.filter(
    (h) => h.since !== undefined || h.records.some((r) => r.day <= asOf),
  );
  const from = habitWindowStart(asOf);
  if (recorded.length === 0) {
    return { kind: 'habits', habits: 0, strength: null, hasFewRecordedDays: false, series: [] };
  }
  // Today is still going on: its point is the strength the Habits screen shows for today.
  const today = recorded.map((h) => summarizeHabit(h, h.records, asOf, h.since).strength);
  const scored = recorded.map((h) => {
    const first =
      h.since?.firstDay ?? h.records.reduce((min, r) => (r.day < min ? r.day : min), asOf);
    return { first, days: scoreHabitDays(h, h.records, from, asOf, h.since) };
  });
  const series: SeriesPoint[] = [];
  for (let i = 0; i < HABIT_WINDOW_DAYS; i += 1) {
    const day = addDays(from, i);
    const isLast = i === HABIT_WINDOW_DAYS - 1;
    // A habit weighs in from its first record on: before that it had no strength to average.
    const values = scored.flatMap((s, h) =>
      s.first > day ? [] : [isLast ? (today[h] ?? 0) : (s.days[i]?.strength ?? 0)],
    );
    series.push({
      day,
      value: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length,
    });
  }
  return {
    kind: 'habits',
    habits: recorded.length,
    strength: today.reduce((a, b) => a + b, 0) / today.length,
    hasFewRecordedDays: recorded.some((h) => recordedDays(h, asOf) < PERCENT_MIN_ITEMS),
    series,
  };
}

function timeItem(since: string | null, asOf: string): TimeItem {
  if (since === null || since > asOf) return { kind: 'time', since: null, days: null };
  return { kind: 'time', since, days: dayNumber(asOf) - dayNumber(since) + 1 };
}

/**
 * Where the person is now, item by item: habit strength, mood over the last 14 days, how much it
 * hurts over the last 4 weeks, time spent healing, the honest reflection, and, while preparing an
 * apology, the rehearsals logged. The same items in every stage but Apologize (healing goes on
 * whichever way a person goes), and always in this order.
 */
export function whereYouAre(input: WhereYouAreInput): WhereItem[] {
  const { asOf } = input;
  const items: WhereItem[] = [
    habitsItem(input.habits, asOf),
    {
      kind: 'mood',
      ...trendOver(
        input.moodDays.map((d) => ({ day: d.day, value: d.average })),
        asOf,
        MOOD_WINDOW_DAYS,
      ),
    },
    {
      kind: 'hurt',
      ...trendOver(
        input.moodDays.flatMap((d) => (d.hurt === null ? [] : [{ day: d.day, value: d.hurt }])),
        asOf,
        HURT_WINDOW_DAYS,
      ),
    },
    timeItem(input.healingSince, asOf),
    {
      kind: 'reflection',
      latest:
        input.honestReflection !== null && input.honestReflection.day <= asOf
          ? input.honestReflection
          : null,
    },
  ];
  if (input.stage === 'apologize') {
    items.push({ kind: 'rehearsals', rehearsals: input.apologyRehearsals });
  }
  return items;
}
