import { formatCount } from '../../src-main/shared/locale-format';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createHabitService,
  latestDayOnEarth,
  type HabitService,
} from '../../src-main/services/habit-service';
import { ServiceError } from '../../src-main/services/service-error';
import { addDays } from '../../src-main/shared/calendar';
import { scoreHabitDays, summarizeHabit } from '../../src-main/shared/habit-strength';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

let testDb: ReturnType<typeof createTestDatabase>;
let habits: HabitService;
let clock = new Date('2026-11-27T12:00:00.000Z');

beforeEach(() => {
  testDb = createTestDatabase();
  clock = new Date('2026-11-27T12:00:00.000Z');
  habits = createHabitService(testDb.db, { now: () => clock });
});
afterEach(() => testDb.cleanup());

const TODAY = '2026-11-27';
const walk = { name: 'Walk outside', kind: 'build', targetCount: 1, period: 'day' } as const;
const socials = {
  name: 'Check their social media',
  kind: 'break',
  targetCount: 0,
  period: 'day',
} as const;

/** The error a call throws, so its code and field can be checked. */
function errorOf(call: () => unknown): ServiceError {
  try {
    call();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused.');
}

describe('habits', () => {
  it('creates a habit with a trimmed name and reads it back in the list', () => {
    const habit = habits.create({ ...walk, name: '  Walk outside 🌳  ' });
    expect(habit).toEqual({
      id: habit.id,
      name: 'Walk outside 🌳',
      kind: 'build',
      targetCount: 1,
      period: 'day',
      createdAt: '2026-11-27T12:00:00.000Z',
      archivedAt: null,
    });
    expect(habits.list(TODAY)).toEqual([
      {
        ...habit,
        strength: 0,
        keptLately: {
          unit: 'day',
          kept: 0,
          counted: 0,
          skipped: 0,
          unrecorded: 0,
          isSinceStart: false,
          hasStarted: false,
        },
        thisPeriod: { period: 'day', count: 0, target: 1 },
        today: null,
      },
    ]);
  });

  it('lists active habits first, each group by name, archived ones only when asked', () => {
    const yoga = habits.create({ ...walk, name: 'yoga' });
    const breathe = habits.create({ ...walk, name: 'Breathe' });
    const archived = habits.create({ ...walk, name: 'Alarm at 7' });
    habits.archive(archived.id);
    expect(habits.list(TODAY).map((h) => h.name)).toEqual(['Breathe', 'yoga']);
    expect(habits.list(TODAY, true).map((h) => h.id)).toEqual([breathe.id, yoga.id, archived.id]);
  });

  it('refuses a second habit with the same name, naming the field', () => {
    const first = habits.create(walk);
    const before = snapshotAllTables(testDb.db);
    const error = errorOf(() => habits.create({ ...walk, name: 'walk OUTSIDE' }));
    expect(error).toMatchObject({ code: 'conflict', field: 'name' });
    expect(error.message).toBe('You already have a habit called “Walk outside”.');
    habits.archive(first.id);
    expect(errorOf(() => habits.create(walk)).message).toContain('archived habits');
    expect(snapshotAllTables(testDb.db)['habits']).toHaveLength(1);
    expect(snapshotAllTables(testDb.db)['habit_checkins']).toEqual(before['habit_checkins']);
  });

  it('renames and retargets a habit but never changes its kind', () => {
    const habit = habits.create(walk);
    const changed = habits.update({ id: habit.id, name: 'Walk', targetCount: 3, period: 'week' });
    expect(changed).toEqual({ ...habit, name: 'Walk', targetCount: 3, period: 'week' });
    // Keeping its own name is not a clash with itself.
    expect(habits.update({ id: habit.id, name: 'Walk', targetCount: 2, period: 'week' })).toEqual({
      ...changed,
      targetCount: 2,
    });
  });

  it('refuses a build target of 0 on update, and an unknown habit, writing nothing', () => {
    const habit = habits.create(walk);
    const limit = habits.create(socials);
    const before = snapshotAllTables(testDb.db);
    expect(
      errorOf(() => habits.update({ id: habit.id, name: 'Walk', targetCount: 0, period: 'day' })),
    ).toMatchObject({ code: 'invalid_input', field: 'targetCount' });
    expect(
      errorOf(() => habits.update({ id: 999, name: 'Walk', targetCount: 1, period: 'day' })),
    ).toMatchObject({ code: 'not_found', field: 'id' });
    expect(errorOf(() => habits.archive(999))).toMatchObject({ code: 'not_found' });
    expect(snapshotAllTables(testDb.db)).toEqual(before);
    // A habit to break may have a limit of 0.
    expect(
      habits.update({ id: limit.id, name: socials.name, targetCount: 0, period: 'day' })
        .targetCount,
    ).toBe(0);
  });

  it('archives and restores a habit, and restoring leaves every table as it was', () => {
    const habit = habits.create(walk);
    habits.setCheckin({ habitId: habit.id, day: TODAY, count: 1 });
    const before = snapshotAllTables(testDb.db);
    clock = new Date('2026-11-28T09:00:00.000Z');
    const archived = habits.archive(habit.id);
    expect(archived.archivedAt).toBe('2026-11-28T09:00:00.000Z');
    // Archiving twice keeps the first time.
    clock = new Date('2026-11-29T09:00:00.000Z');
    expect(habits.archive(habit.id).archivedAt).toBe('2026-11-28T09:00:00.000Z');
    expect(habits.restore(habit.id)).toEqual(habit);
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('keeps an archived habit’s strength as it was on its last recorded day', () => {
    const habit = habits.create(walk);
    for (let i = 0; i < 5; i += 1) {
      habits.setCheckin({ habitId: habit.id, day: addDays(TODAY, -i), count: 1 });
    }
    habits.archive(habit.id);
    const later = addDays(TODAY, 40);
    const [summary] = habits.list(later, true);
    // Five perfect days: 1 - 2^(-5/13) = 1 - 0.766 = 0.234 (to 3 places), still shown later.
    expect(summary?.strength).toBeCloseTo(0.234, 3);
    expect(summary?.keptLately).toMatchObject({ kept: 5, counted: 5, isSinceStart: true });
    habits.restore(habit.id);
    // Back among active habits, the 40 days since count as not done: lower, never zero.
    const [active] = habits.list(later);
    expect(active?.strength).toBeGreaterThan(0);
    expect(active?.strength).toBeLessThan(0.234);
    expect(active?.keptLately).toMatchObject({ kept: 0, counted: 28, isSinceStart: false });
  });
});

describe('check-ins', () => {
  it('records a day and answers with what it replaced, keeping the creation time', () => {
    const habit = habits.create(walk);
    const first = habits.setCheckin({ habitId: habit.id, day: TODAY, count: 1, note: 'Park 🌳' });
    expect(first).toEqual({
      previous: null,
      checkin: {
        habitId: habit.id,
        day: TODAY,
        count: 1,
        isSkip: false,
        note: 'Park 🌳',
        createdAt: '2026-11-27T12:00:00.000Z',
        updatedAt: '2026-11-27T12:00:00.000Z',
      },
    });
    clock = new Date('2026-11-27T18:30:00.000Z');
    const second = habits.setCheckin({ habitId: habit.id, day: TODAY, count: null, isSkip: true });
    expect(second.previous).toEqual(first.checkin);
    expect(second.checkin).toEqual({
      ...first.checkin,
      count: null,
      isSkip: true,
      note: null,
      updatedAt: '2026-11-27T18:30:00.000Z',
    });
    expect(habits.list(TODAY)[0]?.today).toEqual(second.checkin);
  });

  it('puts back exactly what was there on Undo: an earlier check-in, or nothing', () => {
    const habit = habits.create(walk);
    const empty = snapshotAllTables(testDb.db);
    const { previous: none } = habits.setCheckin({ habitId: habit.id, day: TODAY, count: 0 });
    const asFirstSaved = snapshotAllTables(testDb.db);

    clock = new Date('2026-11-27T20:00:00.000Z');
    const { previous } = habits.setCheckin({
      habitId: habit.id,
      day: TODAY,
      count: 1,
      note: 'late walk',
    });
    clock = new Date('2026-11-28T08:00:00.000Z');
    expect(habits.restoreCheckin({ habitId: habit.id, day: TODAY, previous }).checkin).toEqual(
      previous,
    );
    expect(snapshotAllTables(testDb.db)).toEqual(asFirstSaved);

    expect(habits.restoreCheckin({ habitId: habit.id, day: TODAY, previous: none })).toEqual({
      checkin: null,
    });
    expect(snapshotAllTables(testDb.db)).toEqual(empty);
  });

  it('clears a day and restores it exactly', () => {
    const habit = habits.create(socials);
    habits.setCheckin({ habitId: habit.id, day: TODAY, count: 2, note: 'a bad night' });
    const before = snapshotAllTables(testDb.db);
    const { previous } = habits.clearCheckin(habit.id, TODAY);
    expect(previous).toMatchObject({ count: 2, note: 'a bad night' });
    expect(snapshotAllTables(testDb.db)['habit_checkins']).toEqual([]);
    // Clearing an empty day is harmless and says there was nothing.
    expect(habits.clearCheckin(habit.id, TODAY)).toEqual({ previous: null });
    clock = new Date('2026-11-30T08:00:00.000Z');
    habits.restoreCheckin({ habitId: habit.id, day: TODAY, previous });
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('files a check-in under the day it names, whatever zone the computer is in', () => {
    const habit = habits.create(walk);
    // Noon UTC on the 27th is already the 28th in Kiritimati (UTC+14): the 28th is allowed,
    // the 29th has not begun anywhere.
    expect(latestDayOnEarth(clock)).toBe('2026-11-28');
    expect(latestDayOnEarth(new Date('2026-11-27T09:59:59.000Z'))).toBe('2026-11-27');
    expect(latestDayOnEarth(new Date('2026-11-27T10:00:00.000Z'))).toBe('2026-11-28');
    habits.setCheckin({ habitId: habit.id, day: '2026-11-28', count: 1 });
    habits.setCheckin({ habitId: habit.id, day: '2024-02-29', count: 1 });
    expect(testDb.db.prepare('SELECT day FROM habit_checkins ORDER BY day').pluck().all()).toEqual([
      '2024-02-29',
      '2026-11-28',
    ]);
    const before = snapshotAllTables(testDb.db);
    expect(
      errorOf(() => habits.setCheckin({ habitId: habit.id, day: '2026-11-29', count: 1 })),
    ).toMatchObject({ code: 'invalid_input', field: 'day' });
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('refuses check-ins for an unknown or archived habit, writing nothing', () => {
    const habit = habits.create(walk);
    habits.archive(habit.id);
    const before = snapshotAllTables(testDb.db);
    expect(errorOf(() => habits.setCheckin({ habitId: 999, day: TODAY, count: 1 }))).toMatchObject({
      code: 'not_found',
      field: 'habitId',
    });
    expect(
      errorOf(() => habits.setCheckin({ habitId: habit.id, day: TODAY, count: 1 })),
    ).toMatchObject({ code: 'conflict', field: 'habitId' });
    expect(errorOf(() => habits.clearCheckin(999, TODAY))).toMatchObject({ code: 'not_found' });
    expect(
      errorOf(() => habits.restoreCheckin({ habitId: 999, day: TODAY, previous: null })),
    ).toMatchObject({ code: 'not_found' });
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });
});

describe('strength and history', () => {
  it('answers the list with the same numbers as the pure functions', () => {
    const walkHabit = habits.create(walk);
    const socialHabit = habits.create(socials);
    const records = [
      { day: addDays(TODAY, -6), count: 1, isSkip: false },
      { day: addDays(TODAY, -5), count: 1, isSkip: false },
      { day: addDays(TODAY, -3), count: null, isSkip: true },
      { day: addDays(TODAY, -2), count: 1, isSkip: false },
      { day: addDays(TODAY, -1), count: 1, isSkip: false },
    ];
    for (const r of records) habits.setCheckin({ habitId: walkHabit.id, ...r });
    habits.setCheckin({ habitId: socialHabit.id, day: addDays(TODAY, -1), count: 0 });

    const [social, walking] = habits.list(TODAY);
    expect(walking).toMatchObject({
      ...summarizeHabit(walk, records, TODAY),
      // Four days done, one missed, one skipped and left out; today is still going on.
      keptLately: { unit: 'day', kept: 4, counted: 5, skipped: 1, isSinceStart: true },
      thisPeriod: { period: 'day', count: 0, target: 1 },
      today: null,
    });
    expect(social).toMatchObject({
      strength: expect.closeTo(0.051922, 6),
      keptLately: { kept: 1, counted: 1 },
    });
  });

  it('answers a weekly habit back from four skipped days as met, on the list and in history', () => {
    // Issue 7: at least 6 a week, once a day 1 September to 20 October, 21-24 October skipped,
    // then once on 25-27 October: those three days meet the target. In calendar weeks, the week of
    // the skips fell short and is left out, never counted against the person.
    const { id } = habits.create({
      name: 'Stretch',
      kind: 'build',
      targetCount: 6,
      period: 'week',
    });
    for (let day = '2026-09-01'; day <= '2026-10-27'; day = addDays(day, 1)) {
      const isSkip = day >= '2026-10-21' && day <= '2026-10-24';
      habits.setCheckin({ habitId: id, day, count: isSkip ? null : 1, isSkip });
    }
    expect(habits.list('2026-10-27')[0]).toMatchObject({
      keptLately: { unit: 'week', kept: 3, counted: 3, skipped: 1, isSinceStart: false },
      thisPeriod: { period: 'week', count: 2, target: 6 },
    });
    const { days } = habits.history({ habitId: id, from: '2026-10-20', to: '2026-10-27' });
    expect(days.map((d) => d.metTarget)).toEqual([true, null, null, null, null, true, true, true]);
    const before = days[0]?.strength ?? Number.NaN;
    expect(before).toBeCloseTo(0.9038, 4);
    for (const day of days) expect(day.strength).toBeGreaterThanOrEqual(before);
  });

  it('gives one element per day with its check-in, strength and outcome', () => {
    const habit = habits.create(walk);
    const from = addDays(TODAY, -4);
    habits.setCheckin({ habitId: habit.id, day: addDays(TODAY, -10), count: 1 });
    habits.setCheckin({ habitId: habit.id, day: addDays(TODAY, -3), count: 1, note: 'rain' });
    habits.setCheckin({ habitId: habit.id, day: addDays(TODAY, -2), count: null, isSkip: true });
    habits.setCheckin({ habitId: habit.id, day: addDays(TODAY, -1), count: 0 });

    const { habit: read, days } = habits.history({ habitId: habit.id, from, to: TODAY });
    expect(read).toEqual(habit);
    const records = [-10, -3, -2, -1].map((offset) => ({
      day: addDays(TODAY, offset),
      count: offset === -2 ? null : offset === -1 ? 0 : 1,
      isSkip: offset === -2,
    }));
    const scored = scoreHabitDays(walk, records, from, TODAY);
    expect(days).toEqual(
      [
        { day: from, count: null, isSkip: false, note: null, metTarget: false },
        { day: addDays(TODAY, -3), count: 1, isSkip: false, note: 'rain', metTarget: true },
        { day: addDays(TODAY, -2), count: null, isSkip: true, note: null, metTarget: null },
        { day: addDays(TODAY, -1), count: 0, isSkip: false, note: null, metTarget: false },
        { day: TODAY, count: null, isSkip: false, note: null, metTarget: false },
      ].map((d, i) => ({ ...d, strength: scored[i]?.strength })),
    );
    // The strength carries over from before the range: it started 10 days ago.
    expect(days[0]?.strength).toBeGreaterThan(0);
    expect(days[2]?.strength).toBe(days[1]?.strength);
  });

  it('walks a long history across a leap day, one element per day', () => {
    const habit = habits.create(walk);
    const { days } = habits.history({ habitId: habit.id, from: '2024-02-27', to: '2024-03-02' });
    expect(days.map((d) => d.day)).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
      '2024-03-02',
    ]);
    // 2016-2025 hold 3,653 days (three leap years), so 2026-01-07 is day 3,660: the most allowed.
    const tenYears = habits.history({ habitId: habit.id, from: '2016-01-01', to: '2026-01-07' });
    expect(tenYears.days).toHaveLength(3660);
    expect(() =>
      habits.history({ habitId: habit.id, from: '2016-01-01', to: '2026-01-08' }),
    ).toThrow(`at most ${formatCount(3_660)} days`);
  });
});
