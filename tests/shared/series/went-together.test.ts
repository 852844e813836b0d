import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-main/shared/calendar';
import {
  compareDays,
  difference,
  habitSideOf,
  INSIGHT_MIN_DAYS,
  isComparable,
  sideOf,
  sortByDifference,
  wentTogether,
  type HabitFacts,
  type InsightPair,
  type MoodDay,
} from '../../../src-main/shared/series/went-together';

/** `n` consecutive days from `first`, with the moods given in turn. */
function moodDays(first: string, moods: readonly number[]): MoodDay[] {
  return moods.map((mean, i) => ({ day: addDays(first, i), mean }));
}

/** The days from `from` to `to` on a side of the habit's comparison, in order. */
function habitDaySides(
  habit: HabitFacts,
  from: string,
  to: string,
  today: string,
): Map<string, boolean> {
  const sideOf = habitSideOf(habit, from, to, today);
  const sides = new Map<string, boolean>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const side = sideOf(day);
    if (side !== null) sides.set(day, side);
  }
  return sides;
}

const NONE = { moodDays: [], habits: [], emotionDays: [], contactDays: [] } as const;

function habit(overrides: Partial<HabitFacts>): HabitFacts {
  return {
    habitId: 1,
    name: 'Walk 20 minutes',
    kind: 'build',
    targetCount: 1,
    period: 'day',
    firstDay: '2026-03-01',
    lastDay: null,
    records: [],
    ...overrides,
  };
}

describe('the sides of a comparison', () => {
  it('is empty, with no mean, when there are no days', () => {
    expect(sideOf([])).toEqual({ days: 0, mean: null });
    expect(wentTogether(NONE, '2026-03-01', '2026-03-31', '2026-03-31')).toEqual({
      habits: [],
      emotions: [],
      contact: { with: { days: 0, mean: null }, without: { days: 0, mean: null } },
    });
  });

  it('counts one day once, and cannot compare it with nothing', () => {
    const result = wentTogether(
      { ...NONE, moodDays: [{ day: '2026-03-05', mean: 4.5 }], contactDays: ['2026-03-05'] },
      '2026-03-01',
      '2026-03-31',
      '2026-03-31',
    );
    expect(result.contact).toEqual({
      with: { days: 1, mean: 4.5 },
      without: { days: 0, mean: null },
    });
    expect(isComparable(result.contact)).toBe(false);
    expect(difference(result.contact)).toBeNull();
  });

  it('averages days, not entries: each day counts once as its own mean', () => {
    // Days with means 3, 5 and 8.5 (the last from entries 8 and 9): (3 + 5 + 8.5) / 3 = 5.5.
    expect(sideOf([3, 5, 8.5])).toEqual({ days: 3, mean: 5.5 });
  });

  it('finds no difference when every day has the same mood', () => {
    const days = moodDays(
      '2026-03-01',
      Array.from({ length: 14 }, () => 6),
    );
    const pair = compareDays(days, (day) => day < '2026-03-08');
    expect(pair).toEqual({ with: { days: 7, mean: 6 }, without: { days: 7, mean: 6 } });
    expect(difference(pair)).toBe(0);
  });

  it('shows a comparison at 7 days a side and not at 6', () => {
    expect(INSIGHT_MIN_DAYS).toBe(7);
    const days = moodDays('2026-03-01', [5, 5, 5, 5, 5, 5, 6, 7, 7, 7, 7, 7, 7, 8]);
    // The first 6 days against the other 8: 6 is too few.
    const sixAndEight = compareDays(days, (day) => day <= '2026-03-06');
    expect(sixAndEight.with).toEqual({ days: 6, mean: 5 });
    expect(isComparable(sixAndEight)).toBe(false);
    expect(difference(sixAndEight)).toBeNull();
    // The first 7 (mean 36 / 7) against the last 7 (mean 50 / 7): 14 / 7 = 2 lower.
    const sevenAndSeven = compareDays(days, (day) => day <= '2026-03-07');
    expect(sevenAndSeven.with).toEqual({ days: 7, mean: 36 / 7 });
    expect(sevenAndSeven.without).toEqual({ days: 7, mean: 50 / 7 });
    expect(isComparable(sevenAndSeven)).toBe(true);
    expect(difference(sevenAndSeven)).toBeCloseTo(-2, 12);
    // 7 with and 6 without is as short as 6 and 7.
    const sevenAndSix = compareDays(days.slice(0, 13), (day) => day <= '2026-03-07');
    expect(sevenAndSix.without.days).toBe(6);
    expect(isComparable(sevenAndSix)).toBe(false);
  });

  it('leaves out days the rule puts on neither side', () => {
    const days = moodDays('2026-03-01', [2, 4, 6]);
    expect(
      compareDays(days, (day) => (day === '2026-03-02' ? null : day === '2026-03-01')),
    ).toEqual({ with: { days: 1, mean: 2 }, without: { days: 1, mean: 6 } });
  });
});

describe('a habit to build', () => {
  it('is done on days with a count of 1 or more, and not done on days of 0 or nothing', () => {
    const walk = habit({
      firstDay: '2026-03-02',
      records: [
        { day: '2026-03-02', count: 1, isSkip: false },
        { day: '2026-03-03', count: 0, isSkip: false },
        { day: '2026-03-05', count: 3, isSkip: false },
      ],
    });
    // 1 March is before its first record: the habit was not in use yet.
    expect([...habitDaySides(walk, '2026-03-01', '2026-03-06', '2026-03-31')]).toEqual([
      ['2026-03-02', true],
      ['2026-03-03', false],
      ['2026-03-04', false],
      ['2026-03-05', true],
      ['2026-03-06', false],
    ]);
  });

  it('puts skipped days on neither side', () => {
    const walk = habit({
      records: [
        { day: '2026-03-01', count: 1, isSkip: false },
        { day: '2026-03-02', count: null, isSkip: true },
        { day: '2026-03-03', count: 0, isSkip: false },
      ],
    });
    expect([...habitDaySides(walk, '2026-03-01', '2026-03-03', '2026-03-31')]).toEqual([
      ['2026-03-01', true],
      ['2026-03-03', false],
    ]);
  });

  it('counts today once it is done, and never holds a day still going on against anyone', () => {
    const walk = habit({ records: [{ day: '2026-03-01', count: 1, isSkip: false }] });
    expect([...habitDaySides(walk, '2026-03-01', '2026-03-03', '2026-03-03')]).toEqual([
      ['2026-03-01', true],
      ['2026-03-02', false],
    ]);
    const doneToday = habit({
      records: [...walk.records, { day: '2026-03-03', count: 2, isSkip: false }],
    });
    expect(
      habitDaySides(doneToday, '2026-03-01', '2026-03-03', '2026-03-03').get('2026-03-03'),
    ).toBe(true);
  });

  it('ends an archived habit on its last record', () => {
    const walk = habit({
      lastDay: '2026-03-02',
      records: [
        { day: '2026-03-01', count: 0, isSkip: false },
        { day: '2026-03-02', count: 1, isSkip: false },
      ],
    });
    expect([...habitDaySides(walk, '2026-03-01', '2026-03-10', '2026-03-10').keys()]).toEqual([
      '2026-03-01',
      '2026-03-02',
    ]);
  });
});

describe('a habit to break', () => {
  it('compares days kept within a daily limit with days over it; nothing recorded and skips are neither', () => {
    const scrolling = habit({
      name: 'Late-night scrolling',
      kind: 'break',
      targetCount: 1,
      records: [
        { day: '2026-03-01', count: 0, isSkip: false },
        { day: '2026-03-02', count: 1, isSkip: false },
        { day: '2026-03-03', count: 2, isSkip: false },
        { day: '2026-03-05', count: null, isSkip: true },
        { day: '2026-03-06', count: 5, isSkip: false },
      ],
    });
    expect([...habitDaySides(scrolling, '2026-03-01', '2026-03-07', '2026-03-07')]).toEqual([
      ['2026-03-01', true],
      ['2026-03-02', true],
      ['2026-03-03', false],
      ['2026-03-06', false],
    ]);
  });

  it('judges a weekly limit by the 7 days ending each day, one slip counted once', () => {
    // At most 2 a week: the third time in 7 days goes over; the quiet day after it is kept.
    const checking = habit({
      name: 'Checking their profile',
      kind: 'break',
      targetCount: 2,
      period: 'week',
      firstDay: '2026-02-20',
      records: [
        // Before the range, within the 7 days that judge its first days.
        { day: '2026-02-27', count: 1, isSkip: false },
        { day: '2026-03-01', count: 1, isSkip: false },
        { day: '2026-03-02', count: 1, isSkip: false },
        { day: '2026-03-03', count: 0, isSkip: false },
      ],
    });
    expect([...habitDaySides(checking, '2026-03-01', '2026-03-03', '2026-03-10')]).toEqual([
      ['2026-03-01', true],
      ['2026-03-02', false],
      ['2026-03-03', true],
    ]);
  });

  it('gives the means of the kept and the over days, hand-computed', () => {
    // 14 days from 1 March, a count each day: 0 on the 7 even days, 2 on the 7 odd ones.
    const days = moodDays('2026-03-01', [5, 7, 5, 7, 5, 7, 4, 8, 4, 8, 4, 8, 4, 8]);
    const records = days.map((d, i) => ({ day: d.day, count: i % 2 === 0 ? 2 : 0, isSkip: false }));
    const result = wentTogether(
      {
        ...NONE,
        moodDays: days,
        habits: [habit({ kind: 'break', targetCount: 0, name: 'Texting first', records })],
      },
      '2026-03-01',
      '2026-03-14',
      '2026-03-14',
    );
    // Kept (count 0): 7, 7, 7, 8, 8, 8, 8 = 53 / 7; over: 5, 5, 5, 4, 4, 4, 4 = 31 / 7.
    expect(result.habits).toEqual([
      {
        habitId: 1,
        name: 'Texting first',
        kind: 'break',
        done: { days: 7, mean: 53 / 7 },
        notDone: { days: 7, mean: 31 / 7 },
      },
    ]);
  });
});

describe('emotion words and contact', () => {
  const days = moodDays('2026-03-01', [3, 4, 8, 6]);

  it('compares days that named a word, in any case, with the other mood days', () => {
    const result = wentTogether(
      {
        ...NONE,
        moodDays: days,
        emotionDays: [
          { day: '2026-03-01', word: 'Anxious' },
          { day: '2026-03-02', word: 'anxious' },
          { day: '2026-03-02', word: 'hopeful' },
          // A word on a day outside the range says nothing here.
          { day: '2026-02-01', word: 'calm' },
        ],
      },
      '2026-03-01',
      '2026-03-31',
      '2026-03-31',
    );
    expect(result.emotions).toEqual([
      { word: 'Anxious', with: { days: 2, mean: 3.5 }, without: { days: 2, mean: 7 } },
      { word: 'hopeful', with: { days: 1, mean: 4 }, without: { days: 3, mean: 17 / 3 } },
    ]);
  });

  it('compares days with contact with the ex with mood days without it', () => {
    const result = wentTogether(
      // Contact on a day with no mood entry is on neither side.
      { ...NONE, moodDays: days, contactDays: ['2026-03-03', '2026-03-10'] },
      '2026-03-01',
      '2026-03-31',
      '2026-03-31',
    );
    expect(result.contact).toEqual({
      with: { days: 1, mean: 8 },
      without: { days: 3, mean: 13 / 3 },
    });
  });

  it('counts only mood days inside the range', () => {
    const result = wentTogether(
      { ...NONE, moodDays: days, contactDays: ['2026-03-03'] },
      '2026-03-02',
      '2026-03-03',
      '2026-03-31',
    );
    expect(result.contact).toEqual({ with: { days: 1, mean: 8 }, without: { days: 1, mean: 4 } });
  });
});

describe('the order', () => {
  const pair = (withMean: number, withoutMean: number, days = 7): InsightPair => ({
    with: { days, mean: withMean },
    without: { days, mean: withoutMean },
  });

  it('puts the largest difference either way first, then what cannot be compared yet, most days first', () => {
    const items = [
      { name: 'b', pair: pair(6, 5) },
      { name: 'few', pair: pair(9, 1, 3) },
      { name: 'a', pair: pair(3, 5) },
      { name: 'fewer', pair: pair(9, 1, 2) },
      { name: 'c', pair: pair(5, 6) },
    ];
    expect(
      sortByDifference(
        items,
        (i) => i.pair,
        (i) => i.name,
      ).map((i) => i.name),
    ).toEqual(['a', 'b', 'c', 'few', 'fewer']);
  });
});

describe('any history', () => {
  const day = fc.integer({ min: 0, max: 40 }).map((n) => addDays('2026-03-01', n));
  const history = fc.record({
    moods: fc.dictionary(day, fc.integer({ min: 1, max: 10 })),
    contact: fc.array(day),
    words: fc.array(fc.record({ day, word: fc.constantFrom('calm', 'Calm', 'tired', 'hurt') })),
    records: fc.dictionary(
      day,
      fc.oneof(
        fc.integer({ min: 0, max: 4 }).map((count) => ({ count, isSkip: false })),
        fc.constant({ count: null, isSkip: true }),
      ),
    ),
    kind: fc.constantFrom('build' as const, 'break' as const),
    period: fc.constantFrom('day' as const, 'week' as const),
    target: fc.integer({ min: 0, max: 3 }),
  });

  it('puts each mood day on one side at most, contact and words splitting every mood day', () => {
    fc.assert(
      fc.property(history, (h) => {
        const moodDays = Object.entries(h.moods).map(([d, mean]) => ({ day: d, mean }));
        const records = Object.entries(h.records).map(([d, r]) => ({ day: d, ...r }));
        const firstDay = records.map((r) => r.day).sort()[0];
        const result = wentTogether(
          {
            moodDays,
            contactDays: h.contact,
            emotionDays: h.words,
            habits:
              firstDay === undefined
                ? []
                : [
                    habit({
                      kind: h.kind,
                      period: h.period,
                      targetCount: h.kind === 'build' ? Math.max(1, h.target) : h.target,
                      firstDay,
                      records,
                    }),
                  ],
          },
          '2026-03-01',
          '2026-04-10',
          '2026-04-10',
        );
        const all = moodDays.length;
        expect(result.contact.with.days + result.contact.without.days).toBe(all);
        for (const e of result.emotions) {
          expect(e.with.days + e.without.days).toBe(all);
          expect(e.with.days).toBeGreaterThan(0);
        }
        // "Calm" and "calm" are one word.
        expect(result.emotions.filter((e) => e.word.toLowerCase() === 'calm').length).toBeLessThan(
          2,
        );
        for (const hi of result.habits) {
          const skipped = records.filter((r) => r.isSkip && h.moods[r.day] !== undefined).length;
          expect(hi.done.days + hi.notDone.days).toBeLessThanOrEqual(all - skipped);
          for (const side of [hi.done, hi.notDone]) {
            if (side.mean !== null) {
              expect(side.mean).toBeGreaterThanOrEqual(1);
              expect(side.mean).toBeLessThanOrEqual(10);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
