import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createHabitService } from '../../src-main/services/habit-service';
import {
  CHECKIN_COUNT_MAX,
  CHECKIN_NOTE_MAX,
  HABIT_KINDS,
  HABIT_NAME_MAX,
  HABIT_PERIODS,
  HABIT_TARGET_MAX,
} from '../../src-main/shared/domain/habits';
import {
  expectChannelIsTotal,
  hostileValue,
  humanText,
  mutated,
  type Dispatch,
} from '../helpers/channel-properties';

const NOW = new Date('2026-11-27T12:00:00.000Z');

/** Real calendar days from 1990 to a little past the pinned clock (some not begun yet). */
const day = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2026-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const habitName = humanText(HABIT_NAME_MAX);
const validHabit = fc.record({
  name: habitName,
  kind: fc.constantFrom(...HABIT_KINDS),
  targetCount: fc.integer({ min: 0, max: HABIT_TARGET_MAX }),
  period: fc.constantFrom(...HABIT_PERIODS),
});
const validUpdate = fc.record({
  id: fc.constantFrom(1, 2),
  name: habitName,
  targetCount: fc.integer({ min: 0, max: HABIT_TARGET_MAX }),
  period: fc.constantFrom(...HABIT_PERIODS),
});
const validCheckin = fc.oneof(
  fc.record({
    habitId: fc.constantFrom(1, 2),
    day,
    count: fc.integer({ min: 0, max: CHECKIN_COUNT_MAX }),
    isSkip: fc.constant(false),
    note: fc.option(humanText(200)),
  }),
  fc.record({
    habitId: fc.constantFrom(1, 2),
    day,
    count: fc.constant(null),
    isSkip: fc.constant(true),
    note: fc.option(humanText(200)),
  }),
);
const storedCheckin = fc.record({
  habitId: fc.constant(1),
  day: fc.constant('2026-11-20'),
  count: fc.option(fc.integer({ min: 0, max: CHECKIN_COUNT_MAX })),
  isSkip: fc.boolean(),
  note: fc.option(humanText(100).filter((s) => s.trim() !== '')),
  createdAt: fc.constant('2026-11-20T08:00:00.000Z'),
  updatedAt: fc.constant('2026-11-21T09:30:00.000Z'),
});
const validRestore = fc.record({
  habitId: fc.constant(1),
  day: fc.constant('2026-11-20'),
  previous: fc.option(storedCheckin),
});
const validRange = fc.record({ habitId: fc.constantFrom(1, 2), from: day, to: day });

async function seed(dispatch: Dispatch): Promise<void> {
  await dispatch('habit:create', {
    name: 'Walk outside',
    kind: 'build',
    targetCount: 1,
    period: 'day',
  });
  await dispatch('habit:create', {
    name: 'Check their social media',
    kind: 'break',
    targetCount: 0,
    period: 'day',
  });
  await dispatch('checkin:set', { habitId: 1, day: '2026-11-20', count: 1, isSkip: false });
}

describe('habit channels under arbitrary input', () => {
  it.each([
    ['habit:create', fc.oneof(hostileValue, mutated(validHabit), validHabit)],
    ['habit:update', fc.oneof(hostileValue, mutated(validUpdate), validUpdate)],
    [
      'habit:archive',
      fc.oneof(hostileValue, fc.record({ id: fc.oneof(fc.integer(), hostileValue) })),
    ],
    [
      'habit:restore',
      fc.oneof(hostileValue, fc.record({ id: fc.oneof(fc.integer(), hostileValue) })),
    ],
    [
      'habit:list',
      fc.oneof(
        hostileValue,
        mutated(fc.record({ day, includeArchived: fc.boolean() })),
        fc.record({ day, includeArchived: fc.boolean() }),
      ),
    ],
    ['checkin:set', fc.oneof(hostileValue, mutated(validCheckin), validCheckin)],
    [
      'checkin:clear',
      fc.oneof(
        hostileValue,
        mutated(fc.record({ habitId: fc.constantFrom(1, 2, 3), day })),
        fc.record({ habitId: fc.constantFrom(1, 2, 3), day }),
      ),
    ],
    ['checkin:restore', fc.oneof(hostileValue, mutated(validRestore), validRestore)],
    ['habit:history', fc.oneof(hostileValue, mutated(validRange), validRange)],
  ] as const)(
    '%s answers every input with a typed result and writes nothing when refusing',
    async (channel, inputs) => {
      await expectChannelIsTotal(channel, inputs, { seed, numRuns: 100 });
    },
  );
});

describe('habits and check-ins read back as saved', () => {
  it('refuses a note one character over the cap, naming the field', async () => {
    await expectChannelIsTotal(
      'checkin:set',
      fc.constant({
        habitId: 1,
        day: '2026-11-27',
        count: 1,
        note: 'x'.repeat(CHECKIN_NOTE_MAX + 1),
      }),
      { seed, numRuns: 1 },
    );
    const db = openDatabase(':memory:');
    try {
      const habits = createHabitService(db, { now: () => NOW });
      habits.create({ name: 'Walk outside', kind: 'build', targetCount: 1, period: 'day' });
      expect(() =>
        habits.setCheckin({
          habitId: 1,
          day: '2026-11-27',
          count: 1,
          note: '🌧️'.repeat(CHECKIN_NOTE_MAX + 1),
        }),
      ).toThrow('keep it to 500 characters');
    } finally {
      db.close();
    }
  });

  it('keeps any valid habit name, trimmed, emoji and right-to-left scripts included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          validHabit.filter((h) => h.name.trim() !== ''),
          validHabit.map((h) => ({ ...h, name: '👨‍👩‍👧‍👦'.repeat(HABIT_NAME_MAX) })),
        ),
        (input) => {
          const db = openDatabase(':memory:');
          try {
            const habits = createHabitService(db, { now: () => NOW });
            const target =
              input.kind === 'build' ? Math.max(1, input.targetCount) : input.targetCount;
            const saved = habits.create({ ...input, targetCount: target });
            expect(saved).toMatchObject({
              name: input.name.trim(),
              kind: input.kind,
              targetCount: target,
            });
            expect(habits.list('2026-11-27')).toEqual([
              {
                ...saved,
                strength: 0,
                keptLately: {
                  unit: saved.period,
                  kept: 0,
                  counted: 0,
                  skipped: 0,
                  unrecorded: 0,
                  isSinceStart: false,
                  hasStarted: false,
                },
                thisPeriod: { period: saved.period, count: 0, target: target },
                today: null,
              },
            ]);
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps any valid check-in and its note, a note at the cap included', () => {
    const db = openDatabase(':memory:');
    try {
      const habits = createHabitService(db, { now: () => NOW });
      habits.create({ name: 'Walk outside', kind: 'build', targetCount: 1, period: 'day' });
      habits.create({
        name: 'Check their social media',
        kind: 'break',
        targetCount: 0,
        period: 'day',
      });
      fc.assert(
        fc.property(
          fc.oneof(
            validCheckin.map((c) => ({ ...c, day: c.day > '2026-11-27' ? '2026-11-27' : c.day })),
            validCheckin.map((c) => ({
              ...c,
              day: '2026-11-27',
              note: '🌧️'.repeat(CHECKIN_NOTE_MAX),
            })),
          ),
          (input) => {
            const { checkin } = habits.setCheckin(input);
            const note = input.note === null || input.note.trim() === '' ? null : input.note;
            expect(checkin).toMatchObject({ count: input.count, isSkip: input.isSkip, note });
            const summary = habits.list(input.day).find((h) => h.id === input.habitId);
            expect(summary?.today).toEqual(checkin);
            const { days } = habits.history({
              habitId: input.habitId,
              from: input.day,
              to: input.day,
            });
            expect(days[0]).toMatchObject({
              day: input.day,
              count: input.count,
              isSkip: input.isSkip,
              note,
            });
          },
        ),
        { numRuns: 150 },
      );
    } finally {
      db.close();
    }
  });

  it('puts back any earlier state of a day exactly', () => {
    const db = openDatabase(':memory:');
    try {
      const habits = createHabitService(db, { now: () => NOW });
      habits.create({ name: 'Walk outside', kind: 'build', targetCount: 1, period: 'day' });
      fc.assert(
        fc.property(
          storedCheckin.filter((c) => c.isSkip === (c.count === null)),
          fc.integer({ min: 0, max: CHECKIN_COUNT_MAX }),
          (previous, laterCount) => {
            habits.setCheckin({ habitId: 1, day: previous.day, count: laterCount });
            const restored = habits.restoreCheckin({ habitId: 1, day: previous.day, previous });
            expect(restored.checkin).toEqual(previous);
            expect(habits.list(previous.day)[0]?.today).toEqual(previous);
          },
        ),
        { numRuns: 100 },
      );
    } finally {
      db.close();
    }
  });
});
