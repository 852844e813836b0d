import { dayNumber } from '../../src-main/shared/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/shared/calendar';
import { strengthPercent } from '../../src-main/shared/domain/habits';
import {
  metTarget,
  scoreHabitDays,
  strengthMultiplier,
  strengthOnDays,
  summarizeHabit,
  type DayRecord,
  type HabitRule,
} from '../../src-main/shared/habit-strength';

/*
 * Every expected number below is worked out by hand from Loop's update
 *   s = s_prev * m + v * (1 - m),  m = 0.5 ^ (sqrt(f) / 13)
 * For a daily habit (f = 1): m = 2^(-1/13); ln m = -ln 2 / 13 = -0.693147 / 13 = -0.0533190,
 * so m = e^-0.0533190 ≈ 0.948078 and 1 - m ≈ 0.051922.
 * From s = 0, n perfect days give s_n = 1 - m^n = 1 - 2^(-n/13).
 */
const M = 0.948078;

const walk: HabitRule = { kind: 'build', targetCount: 1, period: 'day' };
const socialMedia: HabitRule = { kind: 'break', targetCount: 0, period: 'day' };
const START = '2026-01-01';

/** `count` on each of `days` consecutive days from `from`. */
function run(from: string, days: number, count: number | null, isSkip = false): DayRecord[] {
  return Array.from({ length: days }, (_, i) => ({ day: addDays(from, i), count, isSkip }));
}

function strengthAfter(rule: HabitRule, records: readonly DayRecord[], day: string): number {
  return scoreHabitDays(rule, records, day, day)[0]?.strength ?? Number.NaN;
}

describe('habit strength (Loop Habit Tracker’s score)', () => {
  it('uses m = 0.5^(1/13) for a daily habit', () => {
    expect(strengthMultiplier(walk)).toBeCloseTo(M, 6);
    // Break habits are judged daily whatever their period: f = 1.
    expect(strengthMultiplier({ ...socialMedia, period: 'week' })).toBeCloseTo(M, 6);
  });

  it('passes 80% on the 31st perfect day from zero, not before', () => {
    // 1 - m^n >= 0.8  <=>  m^n <= 0.2  <=>  n >= ln 0.2 / ln m = -1.609438 / -0.053319 ≈ 30.19,
    // so n = 31. Day 30: m^30 = 2^(-30/13) = 2^-2.307692 = 0.25 * 2^-0.307692
    // = 0.25 * 0.807933 = 0.201983, s30 = 0.798017 (shown as 79%).
    // Day 31: m^31 = 0.201983 * 0.948078 = 0.191496, s31 = 0.808504 (shown as 80%).
    const perfect = run(START, 31, 1);
    const s30 = strengthAfter(walk, perfect, addDays(START, 29));
    const s31 = strengthAfter(walk, perfect, addDays(START, 30));
    expect(s30).toBeCloseTo(0.798017, 6);
    expect(s31).toBeCloseTo(0.808504, 6);
    expect(strengthPercent(s30)).toBe(79);
    expect(strengthPercent(s31)).toBe(80);
  });

  it('lowers the score a little after one missed day, and never resets it', () => {
    // 30 perfect days, then a day with no check-in (v = 0): s = s30 * m = 0.798017 * 0.948078
    // = 0.756582. A check-in of 0 is the same miss.
    const records = run(START, 30, 1);
    const missedDay = addDays(START, 30);
    expect(strengthAfter(walk, records, missedDay)).toBeCloseTo(0.756582, 6);
    expect(
      strengthAfter(walk, [...records, { day: missedDay, count: 0, isSkip: false }], missedDay),
    ).toBeCloseTo(0.756582, 6);
  });

  it('leaves the score unchanged on a skipped day', () => {
    // 30 perfect days (0.798017), a skip (still 0.798017), then one more perfect day:
    // 0.798017 * m + (1 - m) = 1 - m^31 = 0.808504, exactly as if the skip were not there.
    const records = [
      ...run(START, 30, 1),
      { day: addDays(START, 30), count: null, isSkip: true },
      { day: addDays(START, 31), count: 1, isSkip: false },
    ];
    const [skipped, after] = scoreHabitDays(walk, records, addDays(START, 30), addDays(START, 31));
    expect(skipped?.strength).toBeCloseTo(0.798017, 6);
    expect(skipped?.outcome).toBe('skipped');
    expect(after?.strength).toBeCloseTo(0.808504, 6);
  });

  it('gives part of a day for part of a target', () => {
    // At least 2 a day, done once: v = 1/2, s = 0.5 * (1 - m) = 0.5 * 0.051922 = 0.025961.
    const twice: HabitRule = { kind: 'build', targetCount: 2, period: 'day' };
    const [day] = scoreHabitDays(twice, [{ day: START, count: 1, isSkip: false }], START, START);
    expect(day?.strength).toBeCloseTo(0.025961, 6);
    expect(day?.outcome).toBe('missed');
    // Doing more than the target counts as the target: v = min(3 / 2, 1) = 1, s = 1 - m.
    expect(strengthAfter(twice, [{ day: START, count: 3, isSkip: false }], START)).toBeCloseTo(
      0.051922,
      6,
    );
  });

  it('raises a break habit on kept days, holds it on unrecorded days, lowers it on slips', () => {
    // At most 0 a day. Kept: s1 = 1 - m = 0.051922. Kept: s2 = 1 - m^2 = 1 - 0.898851 = 0.101149.
    // Not recorded: unknown, s stays 0.101149. Over (1 time): s4 = 0.101149 * m = 0.095897.
    // Kept: s5 = 0.095897 * m + 0.051922 = 0.090917 + 0.051922 = 0.142840.
    const records: DayRecord[] = [
      { day: START, count: 0, isSkip: false },
      { day: addDays(START, 1), count: 0, isSkip: false },
      { day: addDays(START, 3), count: 1, isSkip: false },
      { day: addDays(START, 4), count: 0, isSkip: false },
    ];
    const days = scoreHabitDays(socialMedia, records, START, addDays(START, 4));
    expect(days.map((d) => d.outcome)).toEqual(['met', 'met', 'unrecorded', 'over', 'met']);
    expect(days.map((d) => Number(d.strength.toFixed(6)))).toEqual([
      0.051922, 0.101149, 0.101149, 0.095897, 0.14284,
    ]);
    expect(days.map((d) => metTarget(d.outcome))).toEqual([true, true, null, false, true]);
  });

  it('counts a break habit as kept at its limit and over it only above', () => {
    const atMostTwo: HabitRule = { kind: 'break', targetCount: 2, period: 'day' };
    const days = scoreHabitDays(
      atMostTwo,
      [
        { day: START, count: 2, isSkip: false },
        { day: addDays(START, 1), count: 3, isSkip: false },
      ],
      START,
      addDays(START, 1),
    );
    expect(days.map((d) => d.outcome)).toEqual(['met', 'over']);
  });

  it('counts one slip against a weekly limit once, not on the quiet days after it', () => {
    // At most 1 a week: 2 on day 1 is over; day 2 with 0 is kept (nothing happened that day,
    // although the 7-day total is still 2); 1 on day 3 makes the total 3 > 1: over again.
    const weekly: HabitRule = { kind: 'break', targetCount: 1, period: 'week' };
    const days = scoreHabitDays(
      weekly,
      [
        { day: START, count: 2, isSkip: false },
        { day: addDays(START, 1), count: 0, isSkip: false },
        { day: addDays(START, 2), count: 1, isSkip: false },
      ],
      START,
      addDays(START, 2),
    );
    expect(days.map((d) => d.outcome)).toEqual(['over', 'met', 'over']);
  });

  it('scores a weekly build habit on its rolling 7-day total', () => {
    // At least 3 a week: f = 3/7, m_w = 0.5^(sqrt(3/7)/13); sqrt(0.428571) = 0.654654,
    // / 13 = 0.050358, * ln 2 = 0.034906, m_w = e^-0.034906 = 0.965697, 1 - m_w = 0.034303.
    // Once on each of days 1-3, so the 7-day totals are 1, 2, 3:
    // s1 = (1/3) * 0.034303 = 0.011434; s2 = 0.011434 * 0.965697 + (2/3) * 0.034303
    // = 0.011042 + 0.022869 = 0.033911; s3 = 0.033911 * 0.965697 + 0.034303 = 0.067051.
    // Days 4-7 have no check-in, but the week still holds 3: met, v = 1.
    // Day 8: day 1 leaves the window, the total is 2: v = 2/3, not met.
    const weekly: HabitRule = { kind: 'build', targetCount: 3, period: 'week' };
    expect(strengthMultiplier(weekly)).toBeCloseTo(0.965697, 6);
    const days = scoreHabitDays(weekly, run(START, 3, 1), START, addDays(START, 7));
    expect(days.slice(0, 3).map((d) => Number(d.strength.toFixed(6)))).toEqual([
      0.011434, 0.033911, 0.067051,
    ]);
    expect(days.map((d) => d.outcome)).toEqual([
      'missed',
      'missed',
      'met',
      'met',
      'met',
      'met',
      'met',
      'missed',
    ]);
  });

  it('caps a weekly target above 7 at the daily pace', () => {
    expect(strengthMultiplier({ kind: 'build', targetCount: 14, period: 'week' })).toBeCloseTo(
      M,
      6,
    );
  });

  it('says nothing about days before the first record', () => {
    const days = scoreHabitDays(
      walk,
      [{ day: START, count: 1, isSkip: false }],
      '2025-12-30',
      START,
    );
    expect(days.map((d) => [d.day, d.strength, d.outcome])).toEqual([
      ['2025-12-30', 0, 'unrecorded'],
      ['2025-12-31', 0, 'unrecorded'],
      [START, expect.closeTo(0.051922, 6), 'met'],
    ]);
    expect(scoreHabitDays(walk, [], START, addDays(START, 1)).map((d) => d.outcome)).toEqual([
      'unrecorded',
      'unrecorded',
    ]);
  });
});

describe('skipped days never count against later days', () => {
  it('keeps a weekly target met after four skipped days (issue 7, the given case)', () => {
    // At least 6 a week, once a day from 1 September to 20 October, 21-24 October skipped, then
    // once on 25-27 October. The window of 25 October reaches back past the skipped days:
    // 25, 20, 19, 18, 17, 16, 15 October hold 7 >= 6, so the day is met.
    const sixAWeek: HabitRule = { kind: 'build', targetCount: 6, period: 'week' };
    const records: DayRecord[] = [
      ...run('2026-09-01', 50, 1),
      ...run('2026-10-21', 4, null, true),
      ...run('2026-10-25', 3, 1),
    ];
    const days = scoreHabitDays(sixAWeek, records, '2026-10-20', '2026-10-27');
    const before = days[0]?.strength ?? Number.NaN;
    // f = 6/7, m = 0.5^(sqrt(6/7)/13) = 0.950613; 45 days met from 6 September (the first five
    // days' windows hold 1..5) on top of five partial days: 0.9038 on 20 October.
    expect(before).toBeCloseTo(0.9038, 4);
    expect(days.map((d) => d.outcome)).toEqual([
      'met',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
      'met',
      'met',
      'met',
    ]);
    for (const day of days) expect(day.strength).toBeGreaterThanOrEqual(before);
    expect(summarizeHabit(sixAWeek, records, '2026-10-27').strength).toBeGreaterThan(before);
  });

  it('keeps an at-most weekly limit’s window on the calendar, a skip adding nothing to it', () => {
    // At most 2 a week: 2 on day 1, day 2 skipped, 1 on day 8. Day 8's window (days 2-8) holds 1,
    // as it would with day 2 left empty; reaching back past the skip would bring day 1's 2 in.
    const atMostTwo: HabitRule = { kind: 'break', targetCount: 2, period: 'week' };
    const records: DayRecord[] = [
      { day: START, count: 2, isSkip: false },
      { day: addDays(START, 1), count: null, isSkip: true },
      { day: addDays(START, 7), count: 1, isSkip: false },
    ];
    const [last] = scoreHabitDays(atMostTwo, records, addDays(START, 7), addDays(START, 7));
    expect(last?.outcome).toBe('met');
  });

  /*
   * The property, for all four shapes of rule: take any history and a day in it, and compare the
   * history where that day is skipped with the same history where that day has nothing recorded.
   * No later day may do worse with the skip: a day met without it is met with it. For a daily
   * target and for limits the strength is never lower either. (A weekly build target's empty day
   * can still raise the strength, when the week holds enough, where a skip leaves it unchanged
   * as Loop does; for build targets the skip is instead exactly the day taken off the calendar,
   * checked below.)
   */
  const shapes = fc.oneof(
    fc.record({
      kind: fc.constant('build' as const),
      targetCount: fc.integer({ min: 1, max: 8 }),
      period: fc.constantFrom('day' as const, 'week' as const),
    }),
    fc.record({
      kind: fc.constant('break' as const),
      targetCount: fc.integer({ min: 0, max: 8 }),
      period: fc.constantFrom('day' as const, 'week' as const),
    }),
  ) satisfies fc.Arbitrary<HabitRule>;
  const DAYS = 40;
  const END = addDays(START, DAYS - 1);
  // Each day: nothing (null), a skip ('skip') or a count.
  const histories = fc.array(
    fc.oneof(fc.constant(null), fc.constant('skip' as const), fc.integer({ min: 0, max: 4 })),
    { minLength: DAYS, maxLength: DAYS },
  );
  function recordsOf(history: readonly (number | 'skip' | null)[], from = START): DayRecord[] {
    return history.flatMap((entry, i) =>
      entry === null
        ? []
        : [
            entry === 'skip'
              ? { day: addDays(from, i), count: null, isSkip: true }
              : { day: addDays(from, i), count: entry, isSkip: false },
          ],
    );
  }

  it('never makes a later day worse than leaving that day empty, for every rule', () => {
    fc.assert(
      fc.property(shapes, histories, fc.nat({ max: DAYS - 1 }), (rule, history, at) => {
        const withSkip = scoreHabitDays(
          rule,
          recordsOf(history.map((e, i) => (i === at ? 'skip' : e))),
          START,
          END,
        );
        const withEmpty = scoreHabitDays(
          rule,
          recordsOf(history.map((e, i) => (i === at ? null : e))),
          START,
          END,
        );
        const isStrengthKept = rule.kind === 'break' || rule.period === 'day';
        for (let i = at + 1; i < DAYS; i += 1) {
          const skipDay = withSkip[i];
          const emptyDay = withEmpty[i];
          if (metTarget(emptyDay?.outcome ?? 'unrecorded') === true) {
            expect(skipDay?.outcome).toBe('met');
          }
          if (isStrengthKept) {
            expect(skipDay?.strength ?? 0).toBeGreaterThanOrEqual(
              (emptyDay?.strength ?? 0) - 1e-12,
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('scores a build target’s later days as if the skipped day were not on the calendar', () => {
    const builds = shapes.filter((rule) => rule.kind === 'build');
    fc.assert(
      fc.property(builds, histories, fc.integer({ min: 1, max: DAYS - 2 }), (rule, history, at) => {
        // The habit has begun before the skip (a first record starts its days either way).
        fc.pre(history.slice(0, at).some((e) => typeof e === 'number'));
        const skipped = history.map((e, i) => (i === at ? 'skip' : e));
        const removed = history.filter((_, i) => i !== at);
        const withSkip = scoreHabitDays(rule, recordsOf(skipped), START, END);
        const withoutDay = scoreHabitDays(rule, recordsOf(removed), START, addDays(END, -1));
        expect(withSkip[at]?.outcome).toBe('skipped');
        expect(withSkip[at]?.strength).toBeCloseTo(at > 0 ? (withSkip[at - 1]?.strength ?? 0) : 0);
        for (let i = at + 1; i < DAYS; i += 1) {
          expect(withSkip[i]?.outcome).toBe(withoutDay[i - 1]?.outcome);
          expect(withSkip[i]?.strength).toBeCloseTo(withoutDay[i - 1]?.strength ?? 0, 12);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('summary as of today', () => {
  const today = addDays(START, 9);

  it('does not hold today against a habit before today is over', () => {
    // Days 1-9 done: m^9 = 2^(-9/13) = e^(-0.692308 * 0.693147) = e^-0.479871 = 0.618863,
    // s9 = 1 - 0.618863 = 0.381137.
    // Nothing yet on day 10 (today): the strength stays s9.
    const records = run(START, 9, 1);
    const summary = summarizeHabit(walk, records, today);
    expect(summary.strength).toBeCloseTo(0.381137, 6);
    // Once today is done: s10 = s9 * m + (1 - m) = 0.361347 + 0.051922 = 0.413270.
    const done = summarizeHabit(walk, [...records, { day: today, count: 1, isSkip: false }], today);
    expect(done.strength).toBeCloseTo(0.41327, 6);
    // Yesterday missed: the strength is s8 * m (a little lower, not zero).
    const yesterdayMissed = summarizeHabit(walk, run(START, 8, 1), today);
    // m^8 = 2^(-8/13) = e^(-0.615385 * 0.693147) = e^-0.426552 = 0.652756, s8 = 0.347244;
    // one miss: 0.347244 * 0.948078 = 0.329214.
    expect(yesterdayMissed.strength).toBeCloseTo(0.329214, 6);
  });

  it('counts a break limit gone over today at once', () => {
    const records = [...run(START, 9, 0), { day: today, count: 2, isSkip: false }];
    const summary = summarizeHabit(socialMedia, records, today);
    // s9 = 0.381137 (as above), then over: 0.381137 * 0.948078 = 0.361347.
    expect(summary.strength).toBeCloseTo(0.361347, 6);
  });

  it('leaves a break habit’s strength alone on a day nobody recorded', () => {
    // Kept days 1-3, nothing on day 4, kept days 5-9: strength as 8 kept days,
    // s8 = 1 - 2^(-8/13) = 0.347244 (as above).
    const records = [...run(START, 3, 0), ...run(addDays(START, 4), 5, 0)];
    const summary = summarizeHabit(socialMedia, records, today);
    expect(summary.strength).toBeCloseTo(0.347244, 6);
  });

  it('is zero for a habit with nothing recorded, and ignores days after today', () => {
    expect(summarizeHabit(walk, [], today)).toEqual({ strength: 0 });
    expect(summarizeHabit(walk, run(addDays(today, 1), 3, 1), today).strength).toBe(0);
  });
});

describe('day numbers', () => {
  it('count days since 1970-01-01 exactly as the calendar does, leap days included', () => {
    for (const day of [
      '1970-01-01',
      '1900-03-01',
      '2000-02-29',
      '2024-02-29',
      '2024-03-01',
      '2999-12-31',
    ]) {
      expect(dayNumber(day)).toBe(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
    }
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('2023-03-01') - dayNumber('2023-02-28')).toBe(1);
  });
});

describe('strengthOnDays', () => {
  it('gives the same score as scoreHabitDays on any days, before the first record included', () => {
    const rules = fc.record({
      kind: fc.constantFrom('build' as const, 'break' as const),
      targetCount: fc.integer({ min: 1, max: 5 }),
      period: fc.constantFrom('day' as const, 'week' as const),
    }) satisfies fc.Arbitrary<HabitRule>;
    const entries = fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 59 }),
        fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3 })),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(
        rules,
        entries,
        fc.array(fc.integer({ min: -5, max: 70 }), { maxLength: 8 }),
        (rule, recorded, asked) => {
          const records = recorded.map(([offset, count]) => ({
            day: addDays(START, offset),
            count,
            isSkip: count === null,
          }));
          const days = asked.map((offset) => addDays(START, offset));
          const expected = days.map((day) => strengthAfter(rule, records, day));
          expect(strengthOnDays(rule, records, days)).toEqual(expected);
        },
      ),
    );
  });

  it('scores the days of a long history from its first record', () => {
    const records = run(START, 13, 1);
    expect(strengthOnDays(walk, records, ['2025-12-31', '2026-01-13', '2026-01-14'])).toEqual([
      0,
      expect.closeTo(0.5, 6), // 13 perfect days: 1 - 2^(-13/13)
      expect.closeTo(0.5 * M, 6), // then a day missed
    ]);
    expect(strengthOnDays(walk, [], ['2026-01-13'])).toEqual([0]);
    expect(strengthOnDays(walk, records, [])).toEqual([]);
  });
});
