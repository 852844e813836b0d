import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekdayIndex } from '../../src-main/shared/calendar';
import { strengthPercent } from '../../src-main/shared/domain/habits';
import { keptLately, periodProgress } from '../../src-main/shared/habit-kept';
import {
  summarizeHabit,
  type DayRecord,
  type HabitRule,
} from '../../src-main/shared/habit-strength';

const walk: HabitRule = { kind: 'build', targetCount: 1, period: 'day' };
const socialMedia: HabitRule = { kind: 'break', targetCount: 0, period: 'day' };
const twiceAWeek: HabitRule = { kind: 'build', targetCount: 2, period: 'week' };
const drinksAWeek: HabitRule = { kind: 'break', targetCount: 2, period: 'week' };

const START = '2026-01-01';

/** `count` on each of `days` consecutive days from `from`. */
function run(from: string, days: number, count: number | null, isSkip = false): DayRecord[] {
  return Array.from({ length: days }, (_, i) => ({ day: addDays(from, i), count, isSkip }));
}
const on = (day: string, count: number): DayRecord => ({ day, count, isSkip: false });
const skip = (day: string): DayRecord => ({ day, count: null, isSkip: true });

describe('days kept in the last four weeks (a daily goal)', () => {
  it('counts a break habit’s kept days, and its strength rises with them (the given case)', () => {
    // "Check their social media", not at all, kept for 10 days up to and including today.
    const today = addDays(START, 9);
    const records = run(START, 10, 0);
    expect(keptLately(socialMedia, records, today)).toEqual({
      unit: 'day',
      kept: 10,
      counted: 10,
      skipped: 0,
      unrecorded: 0,
      isSinceStart: true,
      hasStarted: true,
    });
    // s10 = 1 - 2^(-10/13) = 0.413270: a day of not looking is a day kept, never 0%.
    expect(strengthPercent(summarizeHabit(socialMedia, records, today).strength)).toBe(41);
  });

  it('counts the last 28 days once the habit is older than that', () => {
    // 60 days: every day done except days 40-48 (nine misses inside the last 28 days).
    const today = addDays(START, 59);
    const records = run(START, 60, 1).map((r, i) => (i >= 40 && i <= 48 ? { ...r, count: 0 } : r));
    expect(keptLately(walk, records, today)).toMatchObject({
      kept: 19,
      counted: 28,
      isSinceStart: false,
    });
  });

  it('does not hold today against anyone before today is over', () => {
    const today = addDays(START, 9);
    // Nine days done, nothing yet today: today is still going on and is not counted.
    expect(keptLately(walk, run(START, 9, 1), today)).toMatchObject({ kept: 9, counted: 9 });
    // Once done, today counts.
    expect(keptLately(walk, run(START, 10, 1), today)).toMatchObject({ kept: 10, counted: 10 });
    // An older habit with today open still counts 28 days: the 28 before today.
    const older = addDays(START, 40);
    expect(keptLately(walk, run(START, 40, 1), older)).toMatchObject({ kept: 28, counted: 28 });
  });

  it('counts a young habit over its own days, not four weeks', () => {
    // Begun six days ago with one day missed: "5 of 6 days since you started".
    const today = addDays(START, 5);
    const records = [
      ...run(START, 3, 1),
      on(addDays(START, 3), 0),
      ...run(addDays(START, 4), 2, 1),
    ];
    expect(keptLately(walk, records, today)).toMatchObject({
      kept: 5,
      counted: 6,
      isSinceStart: true,
    });
  });

  it('leaves skipped days out of the count and counts them apart', () => {
    const today = addDays(START, 9);
    const records = [...run(START, 8, 1), skip(addDays(START, 3)), skip(today)];
    // Days 0-7 recorded, day 3 skipped instead (the later record wins), day 8 empty, today skipped.
    expect(keptLately(walk, records, today)).toMatchObject({
      kept: 7,
      counted: 8,
      skipped: 2,
    });
  });

  it('leaves a break habit’s unrecorded days out: they are not known to be slips', () => {
    const today = addDays(START, 9);
    const records = [...run(START, 4, 0), on(addDays(START, 6), 3), on(today, 0)];
    expect(keptLately(socialMedia, records, today)).toEqual({
      unit: 'day',
      kept: 5,
      counted: 6,
      skipped: 0,
      unrecorded: 4,
      isSinceStart: true,
      hasStarted: true,
    });
  });

  it('counts a limit gone over today at once, and a limit with room as kept', () => {
    const today = addDays(START, 2);
    expect(keptLately(socialMedia, [...run(START, 2, 0), on(today, 1)], today)).toMatchObject({
      kept: 2,
      counted: 3,
    });
    const coffee: HabitRule = { kind: 'break', targetCount: 2, period: 'day' };
    // Nothing yet today: today is still open, so it is neither counted nor "unrecorded".
    expect(keptLately(coffee, [on(START, 2), on(addDays(START, 1), 3)], today)).toMatchObject({
      kept: 1,
      counted: 2,
      unrecorded: 0,
    });
  });

  it('says nothing has started when nothing is recorded on or before today', () => {
    const today = addDays(START, 9);
    expect(keptLately(walk, [], today)).toMatchObject({ hasStarted: false, counted: 0 });
    expect(keptLately(walk, run(addDays(today, 1), 3, 1), today)).toMatchObject({
      hasStarted: false,
    });
  });
});

describe('weeks met (a weekly goal)', () => {
  // Wednesday 4 February 2026; this week began Monday 2 February, and the four full weeks before
  // it began 5, 12, 19 and 26 January.
  const today = '2026-02-04';
  const weeks = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26'];

  it('uses Monday-to-Sunday weeks', () => {
    expect(weeks.map(weekdayIndex)).toEqual([0, 0, 0, 0]);
    expect(weekdayIndex(today)).toBe(2);
  });

  it('counts the four full weeks before this one, each met or not', () => {
    const records = [
      on(weeks[0] ?? '', 1),
      on(addDays(weeks[0] ?? '', 3), 1),
      on(addDays(weeks[1] ?? '', 6), 2),
      on(weeks[2] ?? '', 1),
      on(addDays(weeks[3] ?? '', 1), 1),
      on(addDays(weeks[3] ?? '', 2), 1),
      // This week is still going on: not counted, whatever it holds.
      on(today, 0),
    ];
    expect(keptLately(twiceAWeek, records, today)).toEqual({
      unit: 'week',
      kept: 3,
      counted: 4,
      skipped: 0,
      unrecorded: 0,
      isSinceStart: false,
      hasStarted: true,
    });
  });

  it('leaves out a week that fell short with a skipped day in it; a met week counts', () => {
    const records = [
      ...run(weeks[0] ?? '', 2, 1),
      on(weeks[1] ?? '', 1),
      skip(addDays(weeks[1] ?? '', 1)),
      skip(weeks[2] ?? ''),
      ...run(addDays(weeks[2] ?? '', 1), 2, 1),
      on(weeks[3] ?? '', 1),
    ];
    expect(keptLately(twiceAWeek, records, today)).toMatchObject({
      kept: 2,
      counted: 3,
      skipped: 1,
    });
  });

  it('counts a young habit over its own weeks; a first part-week only once met', () => {
    // Begun on Friday of the third week, done once then: that part-week is left out.
    const fridayStart = addDays(weeks[2] ?? '', 4);
    const records = [on(fridayStart, 1), ...run(weeks[3] ?? '', 2, 1)];
    expect(keptLately(twiceAWeek, records, today)).toMatchObject({
      kept: 1,
      counted: 1,
      isSinceStart: true,
    });
    // Done twice in that part-week, it counts as met.
    const metFirst = [on(fridayStart, 2), ...run(weeks[3] ?? '', 2, 1)];
    expect(keptLately(twiceAWeek, metFirst, today)).toMatchObject({ kept: 2, counted: 2 });
  });

  it('judges a weekly limit by the week’s total, leaving unrecorded weeks out', () => {
    const records = [
      on(weeks[0] ?? '', 2),
      on(weeks[1] ?? '', 2),
      on(addDays(weeks[1] ?? '', 3), 1),
      on(addDays(weeks[3] ?? '', 5), 0),
    ];
    expect(keptLately(drinksAWeek, records, today)).toMatchObject({
      kept: 2,
      counted: 3,
      unrecorded: 1,
    });
  });
});

describe('progress in this day or week', () => {
  it('adds up this calendar week, so twice in a week meets a twice-a-week goal', () => {
    // Monday 2 and Wednesday 4 February 2026; last Sunday does not count towards this week.
    const records = [on('2026-02-01', 1), on('2026-02-02', 1), on('2026-02-04', 1)];
    expect(periodProgress(twiceAWeek, records, '2026-02-04')).toEqual({
      period: 'week',
      count: 2,
      target: 2,
    });
  });

  it('counts only today for a daily goal, and nothing for a skipped day', () => {
    const threeADay: HabitRule = { kind: 'build', targetCount: 3, period: 'day' };
    expect(periodProgress(threeADay, [on(START, 2), on(addDays(START, 1), 1)], START)).toEqual({
      period: 'day',
      count: 2,
      target: 3,
    });
    expect(periodProgress(threeADay, [skip(START)], START).count).toBe(0);
  });
});

describe('what a skip does to the count, for every shape of habit', () => {
  const rules = fc.constantFrom<HabitRule>(
    walk,
    { kind: 'build', targetCount: 3, period: 'day' },
    twiceAWeek,
    socialMedia,
    { kind: 'break', targetCount: 2, period: 'day' },
    drinksAWeek,
    { kind: 'break', targetCount: 0, period: 'week' },
  );
  const DAYS = 45;
  const today = addDays(START, DAYS - 1);
  // Each day: nothing recorded, a count, or a skip.
  const histories = fc.array(fc.oneof(fc.constant(null), fc.constant('skip'), fc.nat({ max: 4 })), {
    minLength: DAYS,
    maxLength: DAYS,
  });
  const recordsOf = (history: readonly (number | 'skip' | null)[]): DayRecord[] =>
    history.flatMap((entry, i): DayRecord[] =>
      entry === null
        ? []
        : [
            {
              day: addDays(START, i),
              count: entry === 'skip' ? null : entry,
              isSkip: entry === 'skip',
            },
          ],
    );
  const notKept = (k: { kept: number; counted: number }) => k.counted - k.kept;

  it('never adds a day or week that was not kept, wherever the skip falls', () => {
    fc.assert(
      fc.property(rules, histories, fc.nat({ max: DAYS - 1 }), (rule, history, at) => {
        const before = keptLately(rule, recordsOf(history), today);
        const after = keptLately(
          rule,
          recordsOf(history.map((e, i) => (i === at ? 'skip' : e))),
          today,
        );
        // A skip may turn a day kept into one left out (the person chose that), never a day
        // kept or left out into one that counts against them.
        expect(notKept(after)).toBeLessThanOrEqual(notKept(before));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every count inside its window', () => {
    fc.assert(
      fc.property(rules, histories, (rule, history) => {
        const k = keptLately(rule, recordsOf(history), today);
        const window = rule.period === 'day' ? 28 : 4;
        expect(k.kept).toBeLessThanOrEqual(k.counted);
        expect(k.counted + k.skipped + k.unrecorded).toBeLessThanOrEqual(window);
        if (rule.kind === 'build') expect(k.unrecorded).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
