import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-main/shared/calendar';
import type { Stage } from '../../../src-main/shared/domain/stages';
import type { DayRecord } from '../../../src-main/shared/habit-strength';
import { TOO_FEW_FOR_TREND } from '../../../src-main/shared/share-words';
import {
  MOOD_WINDOW_DAYS,
  HABIT_WINDOW_DAYS,
  whereYouAre,
  type HabitInput,
  type MoodDayInput,
  type WhereItem,
  type WhereYouAreInput,
} from '../../../src-main/shared/journey/where-you-are';
import {
  WHERE_YOU_ARE_ASIDE,
  timeSpent,
  whereItemWords,
  type WordFormats,
} from '../../../src-main/shared/journey/where-you-are-words';

/** Plain digits and ISO days: the words are checked, not a locale. */
const FMT: WordFormats = { formatDay: (day) => `[${day}]`, formatNumber: String };

const AS_OF = '2026-11-30';

/** One value per day, the last on `asOf`. */
function moodDays(
  values: readonly number[],
  hurt: readonly (number | null)[] = [],
  asOf = AS_OF,
): MoodDayInput[] {
  return values.map((average, i) => ({
    day: addDays(asOf, i - values.length + 1),
    average,
    hurt: hurt[i] ?? null,
  }));
}

/** A daily "at least once a day" habit done on the days `isDone` says, over `days` days to asOf. */
function dailyHabit(days: number, isDone: (i: number) => boolean, asOf = AS_OF): HabitInput {
  const records: DayRecord[] = [];
  for (let i = 0; i < days; i += 1) {
    if (isDone(i)) records.push({ day: addDays(asOf, i - days + 1), count: 1, isSkip: false });
  }
  return { kind: 'build', targetCount: 1, period: 'day', records };
}

function base(overrides: Partial<WhereYouAreInput> = {}): WhereYouAreInput {
  return {
    asOf: AS_OF,
    stage: 'heal_yourself',
    healingSince: null,
    moodDays: [],
    habits: [],
    honestReflection: null,
    apologyRehearsals: 0,
    ...overrides,
  };
}

function itemOf<K extends WhereItem['kind']>(
  items: readonly WhereItem[],
  kind: K,
): Extract<WhereItem, { kind: K }> {
  const item = items.find((i): i is Extract<WhereItem, { kind: K }> => i.kind === kind);
  if (!item) throw new Error(`no ${kind} item`);
  return item;
}

function allWords(items: readonly WhereItem[]): string {
  return items
    .map((i) => {
      const w = whereItemWords(i, FMT);
      return `${w.label} | ${w.value} | ${w.sentence}`;
    })
    .join('\n');
}

/** Nothing here may read as a countdown, a box still to tick, a score or a race. */
function expectNoCountdownOrVerdict(words: string) {
  expect(words).not.toMatch(/not yet|to go|left|remaining|at least \d+ days|30 days|thirty/i);
  expect(words).not.toMatch(/\bscore\b|\bready\b|\bfail|\bbehind schedule|\bstreak/i);
  expect(words).not.toMatch(/\b(he|she|him|his|her)\b/i);
}

describe('whereYouAre, someone healing steadily', () => {
  // Eight weeks since the breakup; mood climbing over two weeks, hurt easing over four, a habit
  // kept every day for two months, and the honest reflection answered ten days ago.
  const input = base({
    healingSince: '2026-10-03',
    moodDays: moodDays(
      Array.from({ length: 28 }, (_, i) => 3 + (i * 4) / 27),
      Array.from({ length: 28 }, (_, i) => 8 - (i * 5) / 27),
    ),
    habits: [dailyHabit(60, () => true), dailyHabit(60, (i) => i % 7 !== 0)],
    honestReflection: {
      day: '2026-11-20',
      times: 2,
      answers: {
        overThem: 'some',
        habits: 'mostly',
        allRight: 'some_days',
        makesSense: 'no',
        note: null,
      },
    },
  });
  const items = whereYouAre(input);

  it('gives the items in order: habits, mood, hurt, time spent healing, the reflection', () => {
    expect(items.map((i) => i.kind)).toEqual(['habits', 'mood', 'hurt', 'time', 'reflection']);
  });

  it('averages habit strength over the habits in use, with a four-week series for the chart', () => {
    const habits = itemOf(items, 'habits');
    expect(habits.habits).toBe(2);
    expect(habits.strength).toBeGreaterThan(0.8);
    expect(habits.hasFewRecordedDays).toBe(false);
    expect(habits.series).toHaveLength(HABIT_WINDOW_DAYS);
    expect(habits.series.at(-1)?.day).toBe(AS_OF);
    expect(habits.series[0]?.day).toBe(addDays(AS_OF, -(HABIT_WINDOW_DAYS - 1)));
    expect(habits.series.at(-1)?.value).toBeCloseTo(habits.strength ?? -1, 9);
    // Said in words first, its number inside the sentence: never a grade standing alone.
    expect(whereItemWords(habits, FMT).sentence).toMatch(
      /^Your habits are getting steadier: strength \d+% on average across 2 habits\.$/,
    );
  });

  it('reads mood over the last 14 days only, as rising, with the days it rests on', () => {
    const mood = itemOf(items, 'mood');
    expect(mood.days).toBe(MOOD_WINDOW_DAYS);
    expect(mood.series[0]?.day).toBe(addDays(AS_OF, -13));
    expect(mood.direction).toBe('up');
    const words = whereItemWords(mood, FMT);
    expect(words.value).toBe('Rising');
    expect(words.sentence).toMatch(
      /^Your mood rose from about 5 to about 7 out of 10\. Based on 14 days with an entry in the last 14 days\.$/,
    );
  });

  it('reads how much it hurts over four weeks, as easing', () => {
    const hurt = itemOf(items, 'hurt');
    expect(hurt.days).toBe(28);
    expect(hurt.direction).toBe('down');
    const words = whereItemWords(hurt, FMT);
    expect(words.value).toBe('Easing');
    expect(words.sentence).toBe(
      'How much it hurts went down from about 8 to about 3 out of 10. Based on 28 days with a rating in the last 28 days.',
    );
  });

  it('says time spent healing as time spent since the day it began', () => {
    const time = itemOf(items, 'time');
    // 3 October to 30 November, both days counted: 58 days have passed, never rounded up.
    expect(time.days).toBe(59);
    expect(whereItemWords(time, FMT)).toEqual({
      label: 'Time spent healing',
      value: '8 weeks and 2 days',
      sentence:
        'You have been healing for 8 weeks and 2 days, since [2026-10-03]. Healing keeps its own pace.',
    });
  });

  it('says the latest reflection back, dated, and that any answer counts', () => {
    const words = whereItemWords(itemOf(items, 'reflection'), FMT);
    // Dated, never a bare "Answered" that reads as a box ticked.
    expect(words.value).toBe('Last answered [2026-11-20]');
    expect(words.sentence).toBe(
      'When you last answered, on [2026-11-20], you said some of the hurt feels behind you; your habits have mostly shifted the way you wanted; some days you feel you will be all right in the end, either way; and getting back together does not make sense to you. Any answer counts. You have answered it 2 times in all.',
    );
  });

  it('reads as facts, never a countdown or a verdict', () => {
    expectNoCountdownOrVerdict(allWords(items));
    expect(WHERE_YOU_ARE_ASIDE).toMatch(/not a score, a verdict or a deadline/);
  });
});

describe('whereYouAre, someone who feels stuck', () => {
  const input = base({
    healingSince: '2026-11-20',
    moodDays: moodDays(
      Array.from({ length: 28 }, (_, i) => (i % 2 === 0 ? 4 : 4.5)),
      Array.from({ length: 28 }, (_, i) => (i % 3 === 0 ? 8 : 7.5)),
    ),
    // Kept every other day for half a year: its strength has long settled where it is.
    habits: [dailyHabit(180, (i) => i % 2 === 0)],
  });
  const items = whereYouAre(input);

  it('says mood held steady and the hurt stayed about the same, without judging', () => {
    expect(whereItemWords(itemOf(items, 'mood'), FMT)).toMatchObject({
      value: 'Steady',
      sentence:
        'Your mood stayed around 4 out of 10. Based on 14 days with an entry in the last 14 days.',
    });
    expect(whereItemWords(itemOf(items, 'hurt'), FMT)).toMatchObject({
      value: 'About the same',
      sentence:
        'How much it hurts stayed around 8 out of 10. Based on 28 days with a rating in the last 28 days.',
    });
  });

  it('says one habit’s strength as its own', () => {
    const words = whereItemWords(itemOf(items, 'habits'), FMT);
    expect(words.sentence).toMatch(
      /^Your habits are holding about where they were: strength \d+% for your one habit\.$/,
    );
    expect(words.value).toMatch(/^\d+%$/);
  });

  it('counts the ten days from 20 to 30 November as ten, never rounding up, with no floor', () => {
    expect(whereItemWords(itemOf(items, 'time'), FMT).value).toBe('10 days');
  });

  it('leaves the reflection waiting without hurry', () => {
    expect(whereItemWords(itemOf(items, 'reflection'), FMT)).toEqual({
      label: 'Your honest reflection',
      value: 'Whenever you want',
      sentence:
        'A few honest questions, whenever you want them. There is no hurry, and any answer counts.',
    });
    expectNoCountdownOrVerdict(allWords(items));
  });

  it('says a lower stretch of mood kindly, with its numbers', () => {
    const lower = whereYouAre(base({ moodDays: moodDays([7, 6, 6, 5, 4, 4, 3]) }));
    expect(whereItemWords(itemOf(lower, 'mood'), FMT)).toEqual({
      label: 'Mood over the last 14 days',
      value: 'Lower lately',
      sentence:
        'Your mood went down from about 7 to about 3 out of 10. Based on 7 days with an entry in the last 14 days. Harder stretches are part of healing.',
    });
  });
});

describe('whereYouAre with too little data', () => {
  const items = whereYouAre(
    base({ moodDays: moodDays([5, 6], [7, null]), habits: [dailyHabit(3, () => true)] }),
  );

  it('says there are too few entries for a trend, and how many days there are', () => {
    const mood = itemOf(items, 'mood');
    expect(mood.movement).toBeNull();
    expect(mood.days).toBe(2);
    expect(whereItemWords(mood, FMT).sentence).toBe(
      `${TOO_FEW_FOR_TREND} 2 of the last 14 days have a mood entry.`,
    );
    expect(whereItemWords(itemOf(items, 'hurt'), FMT).sentence).toBe(
      `${TOO_FEW_FOR_TREND} 1 of the last 28 days has a rating of how much it hurts.`,
    );
  });

  it('says why a strength after three days is low', () => {
    const habits = itemOf(items, 'habits');
    expect(habits.hasFewRecordedDays).toBe(true);
    expect(whereItemWords(habits, FMT).sentence).toMatch(
      /^Your habits are getting steadier: strength \d+% for your one habit\. Strength starts at 0 and builds over weeks/,
    );
    // Before the habit's first record there is nothing to draw.
    expect(habits.series.slice(0, HABIT_WINDOW_DAYS - 3).every((p) => p.value === null)).toBe(true);
    expect(habits.series.slice(-3).every((p) => p.value !== null)).toBe(true);
  });

  it('says plainly what is not known when nothing is recorded', () => {
    const nothing = whereYouAre(base());
    expect(nothing.map((i) => whereItemWords(i, FMT).value)).toEqual([
      'No check-ins so far',
      'Too few entries to say',
      'Too few ratings to say',
      'Not known',
      'Whenever you want',
    ]);
    expect(whereItemWords(itemOf(nothing, 'mood'), FMT).sentence).toBe(
      `${TOO_FEW_FOR_TREND} None of the last 14 days has a mood entry.`,
    );
    expectNoCountdownOrVerdict(allWords(nothing));
  });

  it('leaves out days outside the window and days after it', () => {
    const days = [
      { day: addDays(AS_OF, -14), average: 1, hurt: null },
      { day: addDays(AS_OF, -13), average: 5, hurt: null },
      { day: addDays(AS_OF, 1), average: 9, hurt: null },
    ];
    const mood = itemOf(whereYouAre(base({ moodDays: days })), 'mood');
    expect(mood.series.map((p) => p.day)).toEqual([addDays(AS_OF, -13)]);
  });

  it('says the first day of healing as just begun, with no number of days rounded up', () => {
    expect(whereItemWords(itemOf(whereYouAre(base({ healingSince: AS_OF })), 'time'), FMT)).toEqual(
      {
        label: 'Time spent healing',
        value: 'Just begun',
        sentence: 'You began healing on [2026-11-30]. Healing keeps its own pace.',
      },
    );
    expect(
      whereItemWords(itemOf(whereYouAre(base({ healingSince: addDays(AS_OF, -1) })), 'time'), FMT)
        .value,
    ).toBe('1 day');
    // A breakup day set after the day read (a typo, or a report of an earlier period): not known.
    expect(itemOf(whereYouAre(base({ healingSince: addDays(AS_OF, 1) })), 'time').days).toBeNull();
  });
});

describe('whereYouAre on either path', () => {
  const healing = {
    healingSince: '2026-09-01',
    moodDays: moodDays([5, 6, 6, 7, 7]),
    habits: [dailyHabit(30, () => true)],
  };
  const kinds = (stage: Stage, rehearsals = 0) =>
    whereYouAre(base({ ...healing, stage, apologyRehearsals: rehearsals })).map((i) => i.kind);

  it('adds the apology rehearsals while preparing an apology, said as a fact', () => {
    const items = whereYouAre(base({ ...healing, stage: 'apologize', apologyRehearsals: 2 }));
    expect(items.map((i) => i.kind)).toEqual([
      'habits',
      'mood',
      'hurt',
      'time',
      'reflection',
      'rehearsals',
    ]);
    expect(whereItemWords(itemOf(items, 'rehearsals'), FMT).sentence).toBe(
      'You have rehearsed your apology 2 times (logged as communication practice).',
    );
    const none = whereYouAre(base({ ...healing, stage: 'apologize' }));
    expect(whereItemWords(itemOf(none, 'rehearsals'), FMT).sentence).toMatch(
      /There is no hurry\.$/,
    );
  });

  it('keeps the same healing facts in Take it Slow and in Heal & Grow, with no finish line', () => {
    const five = ['habits', 'mood', 'hurt', 'time', 'reflection'];
    for (const stage of ['heal_yourself', 'decide', 'take_it_slow', 'heal_and_grow'] as const) {
      expect(kinds(stage, 3)).toEqual(five);
    }
  });

  it('goes on counting time spent healing after an apology met with a no', () => {
    // Moving to Heal & Grow does not start the count again: healing began on 1 September, and
    // on 30 November three whole months have not quite passed.
    const after = whereYouAre(base({ ...healing, stage: 'heal_and_grow' }));
    expect(whereItemWords(itemOf(after, 'time'), FMT).value).toBe('More than 2 months');
  });
});

describe('timeSpent', () => {
  it('says the time that has passed, never rounded up: days, weeks and days, months, years', () => {
    expect(timeSpent('2026-01-01', '2026-01-01')).toBe('less than a day');
    expect(timeSpent('2026-01-01', '2026-01-02')).toBe('1 day');
    expect(timeSpent('2026-01-01', '2026-01-14')).toBe('13 days');
    expect(timeSpent('2026-01-01', '2026-01-15')).toBe('2 weeks');
    // The review's case: 10 to 30 November is 20 days, never "3 weeks".
    expect(timeSpent('2026-11-10', '2026-11-30')).toBe('2 weeks and 6 days');
    expect(timeSpent('2026-11-10', '2026-12-01')).toBe('3 weeks');
    expect(timeSpent('2026-11-10', '2026-11-18')).toBe('8 days');
    expect(timeSpent('2026-02-02', '2026-03-02')).toBe('4 weeks');
    expect(timeSpent('2026-01-01', '2026-03-01')).toBe('8 weeks and 3 days');
    // 1 December to 1 March is three months as a person counts them.
    expect(timeSpent('2025-12-01', '2026-03-01')).toBe('3 months');
    expect(timeSpent('2025-12-01', '2026-02-28')).toBe('more than 2 months');
    expect(timeSpent('2025-12-02', '2026-02-28')).toBe('more than 2 months');
    // Never "23 months", then "2 years" the day after; never "2 years" before they have passed.
    expect(timeSpent('2024-03-02', '2026-03-01')).toBe('more than 23 months');
    expect(timeSpent('2024-03-01', '2026-03-01')).toBe('2 years');
    expect(timeSpent('2024-03-01', '2026-03-02')).toBe('more than 2 years');
    expect(timeSpent('2024-02-29', '2027-02-28')).toBe('more than 2 years');
    expect(timeSpent('2024-02-29', '2027-03-01')).toBe('more than 3 years');
  });

  it('writes its numbers with the caller’s formatter', () => {
    expect(timeSpent('2020-01-01', '2026-11-30', (n) => `<${n}>`)).toBe('more than <6> years');
  });
});

describe('habit strength in words', () => {
  it('says habits that have slipped kindly, with the number inside the sentence', () => {
    // Kept every day for half a year, then not for the last ten days: strength has come down.
    const slipped = dailyHabit(180, (i) => i < 170);
    const words = whereItemWords(itemOf(whereYouAre(base({ habits: [slipped] })), 'habits'), FMT);
    expect(words.sentence).toMatch(
      /^Your habits have been harder to keep lately, which happens to everyone: strength \d+% for your one habit\.$/,
    );
  });
});
