/**
 * "What went together": the mean mood on days something happened beside the mean mood on days it
 * did not, for each habit, each emotion word and contact with the ex. It says which things came
 * on the same days as a better or a lower mood, and never that one led to the other: a good day
 * may make a walk easier as much as a walk may help a day. Pure: the days and facts come in
 * already aggregated (insight-repo), and "today" is passed in.
 *
 * What counts, and why:
 * - only days with at least one mood entry count, on either side: a day with no mood recorded
 *   says nothing about mood. Each day counts once, as the mean of its entries, so a day with five
 *   entries weighs no more than a day with one;
 * - a habit to build was "done" on a day whose recorded count is 1 or more, and "not done" on a
 *   day of its life with a count of 0 or nothing recorded: a person who did it can say so, which
 *   is how the strength score reads those days too (habit-strength.ts). Its life runs from its
 *   first record (check-in or skip) to today, or, once archived, to its last record (an archived
 *   habit cannot be checked in, so the days after are not known). Today is "done" once done and
 *   otherwise on neither side: today is still going on;
 * - a habit to break compares the days it was kept within its limit with the days it went over,
 *   judged as the strength score judges them (a weekly limit by the 7 days ending that day, one
 *   slip counted once). A day with nothing recorded is not known either way;
 * - skipped days are on neither side, for both kinds: a skip never counts for or against anything;
 * - an emotion word compares the days whose entries named it (in any case: "Calm" is "calm") with
 *   the days with mood entries that did not;
 * - contact compares the days with contact with the ex (a communication entry marked as such)
 *   with the days with a mood entry and no such contact.
 *
 * A comparison is shown only when each side has at least INSIGHT_MIN_DAYS days: a mean of two or
 * three days is a coincidence, not something that went together. That is a threshold on the data,
 * never a countdown.
 */
import type { HabitKind, HabitPeriod } from '../domain/habits';
import { emotionWordKey } from '../domain/tags';
import { scoreHabitDays, type DayRecord } from '../habit-strength';
import type { EmotionInsight, HabitInsight, InsightSide } from '../contract/charts';

/** Each side of a comparison needs at least this many days before it is shown. */
export const INSIGHT_MIN_DAYS = 7;

/** One day with mood entries: the mean of that day's moods. */
export interface MoodDay {
  readonly day: string;
  readonly mean: number;
}

/** Two sides of one comparison: the days something happened, and the days it did not. */
export interface InsightPair {
  readonly with: InsightSide;
  readonly without: InsightSide;
}

/** A habit as the insights need it: its rule, where its life begins and ends, its records. */
export interface HabitFacts {
  readonly habitId: number;
  readonly name: string;
  readonly kind: HabitKind;
  readonly targetCount: number;
  readonly period: HabitPeriod;
  /** The first day anything was recorded for it (check-in or skip), ever. */
  readonly firstDay: string;
  /** For an archived habit, its last recorded day; null while it is in use. */
  readonly lastDay: string | null;
  /**
   * Its records from 6 days before the range's first day to its last (a weekly limit looks back
   * over 7 days), one per day.
   */
  readonly records: readonly DayRecord[];
}

/** A day on which the emotion word `word` was named in a mood entry. */
export interface EmotionDay {
  readonly day: string;
  readonly word: string;
}

/** Everything the comparisons are made from, over the days `from` to `to`. */
export interface InsightFacts {
  readonly moodDays: readonly MoodDay[];
  readonly habits: readonly HabitFacts[];
  readonly emotionDays: readonly EmotionDay[];
  /** Days with contact with the ex. */
  readonly contactDays: readonly string[];
}

export interface WentTogether {
  readonly habits: HabitInsight[];
  readonly emotions: EmotionInsight[];
  readonly contact: InsightPair;
}

/** The number of days and the mean of their means; the mean is null with no days. */
export function sideOf(means: readonly number[]): InsightSide {
  if (means.length === 0) return { days: 0, mean: null };
  return { days: means.length, mean: means.reduce((sum, m) => sum + m, 0) / means.length };
}

/**
 * Splits the mood days by `sideFor`: true puts a day on the "with" side, false on the "without"
 * side, null on neither.
 */
export function compareDays(
  moodDays: readonly MoodDay[],
  sideFor: (day: string) => boolean | null,
): InsightPair {
  const withMeans: number[] = [];
  const withoutMeans: number[] = [];
  for (const { day, mean } of moodDays) {
    const side = sideFor(day);
    if (side === true) withMeans.push(mean);
    else if (side === false) withoutMeans.push(mean);
  }
  return { with: sideOf(withMeans), without: sideOf(withoutMeans) };
}

/** True when both sides have at least INSIGHT_MIN_DAYS days, so the comparison may be shown. */
export function isComparable(pair: InsightPair): boolean {
  return pair.with.days >= INSIGHT_MIN_DAYS && pair.without.days >= INSIGHT_MIN_DAYS;
}

/**
 * The "with" side's mean minus the "without" side's: above 0, a better mood went together with
 * the thing. Null when the comparison may not be shown yet.
 */
export function difference(pair: InsightPair): number | null {
  if (!isComparable(pair) || pair.with.mean === null || pair.without.mean === null) return null;
  return pair.with.mean - pair.without.mean;
}

/**
 * Which side of the habit's comparison a day from `from` to `to` is on: true done (or, for a
 * habit to break, kept within its limit), false not done (went over), null neither. See the
 * module comment for what counts. A function rather than a list of days: only days with mood
 * entries are ever asked about, so ten years of a habit cost nothing beyond its records.
 */
export function habitSideOf(
  habit: HabitFacts,
  from: string,
  to: string,
  today: string,
): (day: string) => boolean | null {
  const start = habit.firstDay > from ? habit.firstDay : from;
  const end = habit.lastDay !== null && habit.lastDay < to ? habit.lastDay : to;
  if (start > end) return () => null;
  if (habit.kind === 'break') {
    const sides = new Map<string, boolean>();
    for (const { day, outcome } of scoreHabitDays(habit, habit.records, start, end)) {
      if (outcome === 'met') sides.set(day, true);
      else if (outcome === 'over') sides.set(day, false);
    }
    return (day) => sides.get(day) ?? null;
  }
  const recorded = new Map(habit.records.map((r) => [r.day, r]));
  return (day) => {
    if (day < start || day > end) return null;
    const record = recorded.get(day);
    if (record?.isSkip === true) return null;
    const isDone = (record?.count ?? 0) >= 1;
    // Today is still going on: not done yet is not "not done".
    return isDone || day !== today ? isDone : null;
  };
}

/** Both sides for every habit, emotion word and contact, over the days `from` to `to`. */
export function wentTogether(
  facts: InsightFacts,
  from: string,
  to: string,
  today: string,
): WentTogether {
  const moodDays = facts.moodDays.filter((d) => d.day >= from && d.day <= to);

  const habits = facts.habits.flatMap((habit): HabitInsight[] => {
    const pair = compareDays(moodDays, habitSideOf(habit, from, to, today));
    // A habit with no mood day on either side has nothing to say over this range.
    if (pair.with.days === 0 && pair.without.days === 0) return [];
    return [
      {
        habitId: habit.habitId,
        name: habit.name,
        kind: habit.kind,
        done: pair.with,
        notDone: pair.without,
      },
    ];
  });

  // One word in any case is one emotion; it is shown as it was first spelled.
  const words = new Map<string, { word: string; days: Set<string> }>();
  for (const { day, word } of facts.emotionDays) {
    const key = emotionWordKey(word);
    const entry = words.get(key) ?? { word, days: new Set<string>() };
    entry.days.add(day);
    words.set(key, entry);
  }
  const emotions = [...words.values()].flatMap(({ word, days }): EmotionInsight[] => {
    const pair = compareDays(moodDays, (day) => days.has(day));
    return pair.with.days === 0 ? [] : [{ word, ...pair }];
  });

  const contactDays = new Set(facts.contactDays);
  const contact = compareDays(moodDays, (day) => contactDays.has(day));

  return {
    habits: sortByDifference(
      habits,
      (h) => ({ with: h.done, without: h.notDone }),
      (h) => h.name,
    ),
    emotions: sortByDifference(
      emotions,
      (e) => e,
      (e) => e.word,
    ),
    contact,
  };
}

/**
 * The comparisons that may be shown first, the largest difference (either way) first; then those
 * not comparable yet, the most days first; ties by name, so the order never depends on the data's.
 */
export function sortByDifference<T>(
  items: readonly T[],
  pairOf: (item: T) => InsightPair,
  nameOf: (item: T) => string,
): T[] {
  const size = (item: T) => {
    const d = difference(pairOf(item));
    return d === null ? -1 : Math.abs(d);
  };
  const days = (item: T) => pairOf(item).with.days + pairOf(item).without.days;
  return [...items].sort(
    (a, b) => size(b) - size(a) || days(b) - days(a) || nameOf(a).localeCompare(nameOf(b), 'en'),
  );
}
