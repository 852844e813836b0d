import type Database from 'better-sqlite3';
import { createHabitRepo } from '../db/repositories/habit-repo';
import type { HabitKind, HabitPeriod } from '../shared/domain/habits';
import type { DayState } from './mood-curve';
import { clamp, type Random } from './random';
import { CHECKIN_NOTES, SKIP_NOTES } from './sample-words';
import { clockTime, type Timeline } from './timeline';

/**
 * A habit the person keeps: what it asks, when it was begun (as a share of the history, capped in
 * days, see `Timeline.scaled`), how many days after its first record it was added to the app (a
 * back-filled start), when it was archived (if ever), and how it tends to go: `usual` is the share
 * of days kept once it has settled, `count` the times done on a day it was done.
 */
interface HabitPlan {
  readonly name: string;
  readonly kind: HabitKind;
  readonly targetCount: number;
  readonly period: HabitPeriod;
  readonly start: readonly [share: number, capDays: number];
  readonly addedAfterDays: number;
  readonly archive: readonly [share: number, capDays: number] | null;
  readonly usual: number;
  readonly count: readonly [min: number, max: number];
}

/**
 * Twelve habits, both kinds, daily and weekly targets, several of them numbers above one; two are
 * archived along the way (the old messages were deleted, the evening class ended), and four were
 * back-filled from before the day they were added.
 */
const HABITS: readonly HabitPlan[] = [
  h('Walk outside', 'build', 1, 'day', [0, 0], 3, null, 0.8, [1, 1]),
  h('Journal', 'build', 1, 'day', [0.02, 4], 0, null, 0.7, [1, 1]),
  h('Check their profile', 'break', 0, 'day', [0, 0], 2, null, 0.85, [1, 4]),
  h('Reread old messages', 'break', 0, 'week', [0.03, 6], 0, [0.5, 220], 0.8, [1, 2]),
  h('Glasses of water', 'build', 6, 'day', [0.05, 10], 0, null, 0.65, [4, 8]),
  h('Exercise', 'build', 3, 'week', [0.08, 20], 5, null, 0.7, [1, 1]),
  h('Call a friend', 'build', 2, 'week', [0.1, 25], 0, null, 0.75, [1, 1]),
  h('Scroll in bed', 'break', 1, 'day', [0.15, 35], 0, null, 0.7, [1, 3]),
  h('Cook a real meal', 'build', 4, 'week', [0.2, 50], 4, null, 0.7, [1, 1]),
  h('Takeaway dinners', 'break', 2, 'week', [0.25, 70], 0, null, 0.75, [1, 1]),
  h('Evening class', 'build', 1, 'week', [0.3, 400], 0, [0.7, 900], 0.85, [1, 1]),
  h('Meditate', 'build', 1, 'day', [0.12, 30], 0, null, 0.6, [1, 1]),
];

function h(
  name: string,
  kind: HabitKind,
  targetCount: number,
  period: HabitPeriod,
  start: readonly [number, number],
  addedAfterDays: number,
  archive: readonly [number, number] | null,
  usual: number,
  count: readonly [number, number],
): HabitPlan {
  return { name, kind, targetCount, period, start, addedAfterDays, archive, usual, count };
}

/** A habit as written, for the parts of the history that refer to habits (the Decide worksheet). */
export interface WrittenHabit {
  readonly id: number;
  readonly kind: HabitKind;
  /** The day index it was added to the app on. */
  readonly addedOn: number;
  readonly archivedOn: number | null;
}

/**
 * How likely the person is to keep a habit on a day: it settles in over the first weeks after it
 * is begun, and slips in a bad week. Slips of a habit to break grow rarer as healing comes (the
 * pull to check their profile fades), though they never quite stop.
 */
function keepChance(plan: HabitPlan, age: number, state: DayState): number {
  const settling = 0.5 + 0.5 * (1 - Math.exp(-age / 30));
  const usual =
    plan.kind === 'break' ? 1 - (1 - plan.usual) * (1 - 0.6 * state.healed) : plan.usual;
  return clamp(usual * settling - 0.25 * (state.badDepth > 0 ? 1 : 0), 0.05, 0.97);
}

export function writeHabits(
  db: Database.Database,
  timeline: Timeline,
  states: readonly DayState[],
  random: Random,
): { habits: WrittenHabit[]; checkins: number } {
  const repo = createHabitRepo(db);
  const last = timeline.days - 1;
  const habits: WrittenHabit[] = [];
  let checkins = 0;
  for (const plan of HABITS) {
    const begun = timeline.scaled(...plan.start);
    const addedOn = Math.min(begun + plan.addedAfterDays, last);
    const archiveDay = plan.archive === null ? null : begun + timeline.scaled(...plan.archive);
    const archivedOn = archiveDay !== null && archiveDay < last ? archiveDay : null;
    const id = repo.insertHabit(
      plan,
      timeline.at(addedOn, clockTime(random.int(7 * 60, 7 * 60 + 59))),
    );
    if (archivedOn !== null) repo.setArchivedAt(id, timeline.at(archivedOn, '21:00'));
    habits.push({ id, kind: plan.kind, addedOn, archivedOn });

    const lastDay = archivedOn ?? last;
    for (let n = begun; n <= lastDay; n += 1) {
      const state = states[n];
      if (state === undefined) break;
      const record = dayRecord(plan, n - begun, state, random);
      if (record === null) continue;
      // Days before the habit was added are written on the day it was; a few others the next day.
      const writtenOn = n < addedOn ? addedOn : n < last - 1 && random.chance(0.08) ? n + 1 : n;
      // The last day is written in its morning, so nothing is dated later than it could be.
      const minutes =
        writtenOn === last ? random.int(8 * 60, 9 * 60 + 59) : random.int(19 * 60, 22 * 60 + 59);
      const createdAt = timeline.at(writtenOn, clockTime(minutes));
      repo.insertCheckinExact({
        habitId: id,
        day: timeline.dayAt(n),
        ...record,
        createdAt,
        updatedAt: createdAt,
      });
      checkins += 1;
    }
  }
  return { habits, checkins };
}

interface DayEntry {
  readonly count: number | null;
  readonly isSkip: boolean;
  readonly note: string | null;
}

/** What the person recorded for a habit on one day, or null when they recorded nothing. */
function dayRecord(plan: HabitPlan, age: number, state: DayState, random: Random): DayEntry | null {
  if (random.chance(0.025)) {
    return { count: null, isSkip: true, note: random.chance(0.5) ? random.pick(SKIP_NOTES) : null };
  }
  const note = random.chance(0.03) ? random.pick(CHECKIN_NOTES) : null;
  const kept = random.chance(keepChance(plan, age, state));
  if (plan.kind === 'build') {
    if (plan.period === 'week') {
      // Done on about as many days as the target asks, more often in a good week.
      const share = (plan.targetCount / 7) * (kept ? 1.15 : 0.6);
      if (random.chance(share)) return { count: random.int(...plan.count), isSkip: false, note };
      return random.chance(0.05) ? { count: 0, isSkip: false, note: null } : null;
    }
    if (kept) {
      const count = plan.targetCount === 1 ? 1 : random.int(plan.targetCount, plan.count[1]);
      return { count, isSkip: false, note };
    }
    if (random.chance(0.45)) {
      const count =
        plan.targetCount === 1 ? 0 : random.int(plan.count[0] - 1, plan.targetCount - 1);
      return { count: Math.max(0, count), isSkip: false, note };
    }
    return null;
  }
  // A habit to break: a kept day is recorded as 0 (most days), a slip as the times it happened.
  if (plan.period === 'week') {
    // Within the limit on most days; a week goes over when slips and allowed days add up.
    const isUsed = kept ? random.chance((0.8 * plan.targetCount) / 7) : random.chance(0.5);
    if (isUsed) return { count: random.int(...plan.count), isSkip: false, note };
    return random.chance(0.6) ? { count: 0, isSkip: false, note: null } : null;
  }
  if (kept) {
    // A kept day is within the limit: none at all, or (for a limit above 0) up to it.
    const count = random.chance(0.7) ? 0 : random.int(0, plan.targetCount);
    return random.chance(0.85) ? { count, isSkip: false, note: null } : null;
  }
  const over = plan.targetCount + random.int(...plan.count);
  return { count: over, isSkip: false, note };
}
