import type Database from 'better-sqlite3';
import { createHabitScores } from '../db/habit-scores';
import { createDataRepo } from '../db/repositories/data-repo';
import { isValidDay, isValidTimeZone } from '../shared/calendar';
import { isAcceptedDay } from '../shared/contract/common';
import { planJourney, planSituations } from './journey-plan';
import { moodCurve } from './mood-curve';
import { createRandom } from './random';
import { createTimeline } from './timeline';
import { writeConversations } from './write-conversations';
import { writeHabits } from './write-habits';
import { writeJourney, writeSettings, writeTrust } from './write-journey';
import { plannedTrips, writeMood } from './write-mood';

/**
 * A realistic, made-up history for a person who has used Mending for a while: for tests that need
 * a busy file, for `npm run bench`, and for `npm run seed`. Everything in it is invented.
 */
export interface GenerateOptions {
  /** How long the history is, in years: 1/12 is a month, 10 is ten years; at least one day. */
  readonly years: number;
  /** The last day of the history (`YYYY-MM-DD`), usually today. */
  readonly today: string;
  /** The same seed (with the same `today` and `years`) always writes the same rows. */
  readonly seed?: number;
  /** The zone the person lives in; entries carry it (and another on a trip now and then). */
  readonly timeZone?: string;
}

/** How many rows of each kind were written. */
export interface GeneratedCounts {
  readonly moodEntries: number;
  /** Emotions on mood entries (one row each in `mood_entry_tags`). */
  readonly moodTags: number;
  readonly customEmotionTags: number;
  readonly habits: number;
  readonly checkins: number;
  readonly conversations: number;
  readonly trustCheckins: number;
  readonly stageChanges: number;
  readonly reflections: number;
  readonly settings: number;
}

export interface GeneratedHistory {
  /** The first day (the breakup) and the last. */
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly counts: GeneratedCounts;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_TIME_ZONE = 'Europe/London';
/** The longest history the generator writes: far beyond the ten years the app is built for. */
export const MAX_YEARS = 30;
/** Days in a year, on average over the Gregorian calendar's 400-year cycle. */
const DAYS_PER_YEAR = 365.2425;

/** What is wrong with the options, in words that name the option, or null when they are fine. */
export function generateOptionsProblem(options: GenerateOptions): string | null {
  const { years, today, seed, timeZone } = options;
  if (typeof years !== 'number' || !Number.isFinite(years) || years <= 0) {
    return `years must be a positive number (such as 1, 0.5 or 10), not ${String(years)}.`;
  }
  if (years > MAX_YEARS) return `years must be at most ${MAX_YEARS}, not ${String(years)}.`;
  if (typeof today !== 'string' || !isValidDay(today)) {
    return `today must be a real date written YYYY-MM-DD, not ${JSON.stringify(today)}.`;
  }
  const days = historyDays(years);
  if (!isAcceptedDay(today) || !isAcceptedDay(createTimeline(today, days, 'UTC').from)) {
    return `today (${today}) and the ${days} days before it must fall between 1900-01-01 and 2999-12-31.`;
  }
  if (seed !== undefined && (!Number.isSafeInteger(seed) || seed < 0)) {
    return `seed must be a whole number from 0, not ${String(seed)}.`;
  }
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
    return `timeZone must be a time zone this computer knows (such as Europe/London), not ${JSON.stringify(timeZone)}.`;
  }
  return null;
}

/** The days a history of `years` covers, today included: at least one. */
export function historyDays(years: number): number {
  return Math.max(1, Math.round(years * DAYS_PER_YEAR));
}

/**
 * Writes a generated history into `db`, an opened, migrated and empty Mending database, in one
 * transaction: all of it or, if anything fails, none of it. Refuses a database that already holds
 * anything (a person's own data is never mixed with made-up data) and options it cannot use,
 * naming what to change; nothing is written then.
 *
 * What it holds, all of it following one mood curve so the parts agree (see `mood-curve.ts`):
 * one to three mood entries a day with emotions, energy and how much it still hurts; twelve
 * habits of both kinds with daily and weekly targets, check-ins, skips, slips, back-filled days
 * and two archived habits; several conversations a week, contact with the ex among them; the
 * journey from Heal Yourself through Decide to Apologize and on (honest reflections, a Decide
 * worksheet, apology drafts, the answer); trust check-ins while taking it slow; and the settings
 * a person who finished the welcome has.
 */
export function generateHistory(db: Database.Database, options: GenerateOptions): GeneratedHistory {
  const problem = generateOptionsProblem(options);
  if (problem !== null) throw new Error(`Nothing was written: ${problem}`);
  const data = createDataRepo(db);
  const held = Object.entries(data.counts()).filter(([, count]) => count > 0);
  if (held.length > 0) {
    const list = held.map(([kind, count]) => `${count} ${kind}`).join(', ');
    throw new Error(
      `This database already holds data (${list}). A sample history is written only into an empty one, so that it never mixes with anyone's own entries; nothing was written.`,
    );
  }

  const seed = options.seed ?? DEFAULT_SEED;
  const timeline = createTimeline(
    options.today,
    historyDays(options.years),
    options.timeZone ?? DEFAULT_TIME_ZONE,
  );
  // One random source per part, each from the seed: changing how one part is made leaves the
  // others' rows as they were.
  const part = (n: number) => createRandom(seed * 31 + n);

  const write = db.transaction((): { moodTags: number } => {
    const states = moodCurve(timeline, part(1));
    const trips = plannedTrips(timeline, part(2));
    const situations = planSituations(part(3));
    const journey = planJourney(timeline, part(4));
    writeSettings(db, timeline, situations);
    const mood = writeMood(db, timeline, states, trips, part(5));
    const { habits } = writeHabits(db, timeline, states, part(6));
    writeConversations(db, timeline, states, trips, situations, journey, part(7));
    if (journey !== null) {
      writeJourney(db, timeline, journey, habits, part(8));
      writeTrust(db, timeline, journey, states, part(9));
    }
    // The habit score checkpoints a file written by the app holds (migration 006), so a
    // generated file opens as fast as a person's own.
    createHabitScores(db).refreshAll();
    return { moodTags: mood.emotions };
  });
  const { moodTags } = write();

  const counts = data.counts();
  return {
    from: timeline.from,
    to: timeline.today,
    days: timeline.days,
    counts: {
      moodEntries: counts.moodEntries,
      moodTags,
      customEmotionTags: counts.customEmotionTags,
      habits: counts.habits,
      checkins: counts.habitCheckins,
      conversations: counts.communicationEntries,
      trustCheckins: counts.trustCheckins,
      stageChanges: counts.stageChanges,
      reflections: counts.reflections,
      settings: counts.settings,
    },
  };
}
