import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-main/shared/calendar';
import { SUGGESTED_MOVES } from '../../../src-main/shared/domain/stages';
import type { DayRecord } from '../../../src-main/shared/habit-strength';
import {
  APOLOGY_ANSWERS,
  dayInWords,
  evidenceSentences,
  insertSentence,
  missingParts,
  moveReason,
  nameInSentence,
  notReadyMessage,
  shareWords,
  suggestedStageAfter,
  type EvidenceHabit,
} from '../../../src-main/shared/journey/apology';

// A Monday, so the four full weeks before this one are easy to lay out by hand.
const TODAY = '2026-11-30';

const on = (day: string, count: number): DayRecord => ({ day, count, isSkip: false });

/** Each of the `days` days before `until` (not included), with the count `countOf(i)`. */
function daysBefore(until: string, days: number, countOf: (i: number) => number | null) {
  const records: DayRecord[] = [];
  for (let i = 0; i < days; i += 1) {
    const count = countOf(i);
    if (count !== null) records.push(on(addDays(until, -days + i), count));
  }
  return records;
}

function habit(fields: Partial<EvidenceHabit> & Pick<EvidenceHabit, 'name'>): EvidenceHabit {
  return {
    id: 1,
    kind: 'build',
    targetCount: 1,
    period: 'day',
    archivedAt: null,
    records: [],
    ...fields,
  };
}

const full = { owning: 'I was unkind.', changes: 'I walk now.', tryAgain: 'I would like to try.' };

describe('the three parts of an apology', () => {
  it('names the one empty part, by number and by what it holds (the given case)', () => {
    const parts = { ...full, changes: '' };
    expect(missingParts(parts)).toEqual(['changes']);
    expect(notReadyMessage(parts)).toBe(
      'Part 2, the changes you made, is empty: write it before marking the draft ready. Your words so far are still here.',
    );
  });

  it('counts a part of only spaces and new lines as empty, and names every empty part', () => {
    const parts = { owning: '  \n ', changes: 'x', tryAgain: '\t' };
    expect(missingParts(parts)).toEqual(['owning', 'tryAgain']);
    expect(notReadyMessage(parts)).toBe(
      'Part 1 (owning your part) and Part 3 (wanting to try again) are empty: write them before marking the draft ready. Your words so far are still here.',
    );
    expect(notReadyMessage({ owning: '', changes: '', tryAgain: '' })).toMatch(
      /^Part 1 \(owning your part\), Part 2 \(the changes you made\) and Part 3 \(wanting to try again\) are empty/,
    );
  });

  it('has nothing to say about a draft with all three parts', () => {
    expect(missingParts(full)).toEqual([]);
    expect(notReadyMessage(full)).toBeNull();
  });
});

describe('where each answer suggests going', () => {
  it('suggests Take it Slow after a yes, and Heal & Grow after a "not now" or a "no"', () => {
    expect(APOLOGY_ANSWERS.map(suggestedStageAfter)).toEqual([
      'take_it_slow',
      'heal_and_grow',
      'heal_and_grow',
    ]);
    // Only moves the journey already suggests from Apologize.
    for (const answer of APOLOGY_ANSWERS) {
      expect(SUGGESTED_MOVES.apologize).toContain(suggestedStageAfter(answer));
    }
  });

  it('a history whose apology gets a "no": the move is to Heal & Grow, with the answer dated', () => {
    // Healed for weeks, decided, apologised on 5 December; the answer was no.
    expect(suggestedStageAfter('no')).toBe('heal_and_grow');
    expect(moveReason('no', '2026-12-05')).toBe(
      `Your apology of ${dayInWords('2026-12-05')}: they said no.`,
    );
    expect(moveReason('not_now', '2026-12-05')).toBe(
      `Your apology of ${dayInWords('2026-12-05')}: they said not now.`,
    );
    expect(dayInWords('2026-12-05')).toMatch(/5/);
    expect(dayInWords('2026-12-05')).toMatch(/2026/);
  });

  it('names the same day in every zone', () => {
    // The day is formatted in UTC at noon, so no zone can move it to the 4th or the 6th.
    expect(dayInWords('2026-12-05')).not.toMatch(/\b(4|6)\b/);
  });
});

describe('sentences of evidence from the person’s own habits', () => {
  it('says a daily habit kept 24 of the last 28 days in the person’s voice, in words, with the counts apart (the given case)', () => {
    const walk = habit({
      name: 'Walk 20 minutes',
      // Started well before the window; four days missed in the last 28.
      records: daysBefore(TODAY, 60, (i) => ([35, 41, 48, 55].includes(i) ? 0 : 1)),
    });
    expect(evidenceSentences([walk], TODAY)).toEqual([
      expect.objectContaining({
        habitId: 1,
        habitName: 'Walk 20 minutes',
        sentence:
          'Most days this past month, I have kept up something I set out to do: walk 20 minutes.',
        detail: 'Kept on 24 of the last 28 days, at least 1 a day.',
        isArchived: false,
      }),
    ]);
  });

  it('says a habit to break as days kept away, counting only the days recorded', () => {
    const texting = habit({
      name: 'Texting my ex at night',
      kind: 'break',
      targetCount: 0,
      // 20 quiet days, 2 slips, 6 days with nothing recorded (left out, never held against).
      records: daysBefore(TODAY, 28, (i) =>
        i >= 3 && i < 9 ? null : i === 10 || i === 20 ? 1 : 0,
      ),
    });
    const [sentence] = evidenceSentences([texting], TODAY);
    expect(sentence?.sentence).toBe(
      'Most days I kept track of this past month, I have stayed away from something I chose to stop: texting my ex at night.',
    );
    expect(sentence?.detail).toBe(
      'Kept on 20 of the 22 days you recorded in the last four weeks, not at all.',
    );
  });

  it('says a limit kept to, with the limit', () => {
    const drinks = habit({
      name: 'Drinks',
      kind: 'break',
      targetCount: 2,
      records: daysBefore(TODAY, 40, (i) => (i === 30 ? 3 : 1)),
    });
    expect(evidenceSentences([drinks], TODAY)[0]).toMatchObject({
      sentence:
        'Most days this past month, I have kept within my own limit on something I wanted less of: drinks.',
      detail: 'Kept on 27 of the last 28 days, at most 2 a day.',
    });
  });

  it('says a weekly target in weeks met', () => {
    // At least 3 a week: met in the 1st, 2nd and 4th of the four full weeks before this one.
    const weekStarts = [-28, -21, -14, -7].map((n) => addDays(TODAY, n));
    const records = weekStarts.flatMap((start, w) =>
      (w === 2 ? [0] : [0, 2, 4]).map((d) => on(addDays(start, d), 1)),
    );
    const gym = habit({ name: 'Gym', period: 'week', targetCount: 3, records });
    expect(evidenceSentences([gym], TODAY)[0]).toMatchObject({
      sentence: 'Most weeks this past month, I have kept up something I set out to do: gym.',
      detail: 'Kept in 3 of the last 4 weeks, at least 3 a week.',
    });
  });

  it('tells an archived habit as it stood when it was put away, in the past tense', () => {
    const lastDay = '2026-10-10';
    const run = habit({
      name: 'Run',
      archivedAt: '2026-10-11T09:00:00.000Z',
      // The last day is kept; 20 of the 28 days up to it were.
      records: [...daysBefore(lastDay, 40, (i) => (i >= 12 && i < 20 ? 0 : 1)), on(lastDay, 1)],
    });
    expect(evidenceSentences([run], TODAY)).toEqual([
      expect.objectContaining({
        isArchived: true,
        sentence: `Most days in the month up to ${dayInWords(lastDay)}, I kept up something I set out to do: run.`,
        detail: 'Kept on 21 of those 28 days, at least 1 a day.',
      }),
    ]);
  });

  it('says a habit with only a few days as just begun, without claiming more', () => {
    const stretch = habit({
      name: 'Stretch',
      records: [on(addDays(TODAY, -3), 1), on(addDays(TODAY, -2), 1), on(addDays(TODAY, -1), 0)],
    });
    expect(evidenceSentences([stretch], TODAY)[0]).toMatchObject({
      sentence:
        'More days than not since I began a few days ago, I have kept up something I set out to do: stretch.',
      detail: 'Kept on 2 of the 3 days since you started, at least 1 a day.',
    });
  });

  it('offers nothing for a habit with too little to show: none recorded, none counted, fewer than two kept', () => {
    const none = habit({ name: 'Journal', records: [] });
    // Today only, not met yet: still going on, so nothing is counted.
    const openToday = habit({ name: 'Read', records: [on(TODAY, 0)] });
    const noneKept = habit({ name: 'Cook', records: daysBefore(TODAY, 10, () => 0) });
    // Recorded only after today (a clock that moved back): not counted.
    const later = habit({ name: 'Swim', records: [on(addDays(TODAY, 2), 1)] });
    // One day kept in four weeks: "some days" would claim more than one.
    const once = habit({
      name: 'Yoga',
      records: daysBefore(TODAY, 40, (i) => (i === 30 ? 1 : 0)),
    });
    expect(evidenceSentences([none, openToday, noneKept, later, once], TODAY)).toEqual([]);
  });

  it('a history with too little data offers no evidence at all rather than guessing', () => {
    expect(evidenceSentences([], TODAY)).toEqual([]);
  });

  it('offers habits in use first, the most kept first, then archived ones', () => {
    const strong = habit({ id: 2, name: 'Strong', records: daysBefore(TODAY, 60, () => 1) });
    const weaker = habit({
      id: 3,
      name: 'Weaker',
      records: daysBefore(TODAY, 60, (i) => i % 2),
    });
    const archived = habit({
      id: 4,
      name: 'Put away',
      archivedAt: '2026-11-01T00:00:00.000Z',
      records: daysBefore('2026-10-30', 60, () => 1),
    });
    const ids = evidenceSentences([archived, weaker, strong], TODAY).map((s) => s.habitId);
    expect(ids).toEqual([2, 3, 4]);
  });
});

describe('the share said in words, never as a count', () => {
  it('says "most" from three in four, "more than not" above a half, and "some" below', () => {
    expect(shareWords(21, 28, 'day')).toBe('most days');
    expect(shareWords(28, 28, 'day')).toBe('most days');
    expect(shareWords(20, 28, 'day')).toBe('more days than not');
    expect(shareWords(15, 28, 'day')).toBe('more days than not');
    expect(shareWords(14, 28, 'day')).toBe('some days');
    expect(shareWords(2, 28, 'day')).toBe('some days');
    expect(shareWords(3, 4, 'week')).toBe('most weeks');
    expect(shareWords(2, 4, 'week')).toBe('some weeks');
  });

  it('a history healing steadily and one stuck read differently, and neither carries a number', () => {
    const steady = habit({ id: 1, name: 'Walk', records: daysBefore(TODAY, 60, () => 1) });
    const stuck = habit({
      id: 2,
      name: 'Journal',
      records: daysBefore(TODAY, 60, (i) => (i % 4 === 0 ? 1 : 0)),
    });
    const [a, b] = evidenceSentences([steady, stuck], TODAY);
    expect(a?.sentence).toMatch(/^Most days this past month/);
    expect(b?.sentence).toMatch(/^Some days this past month/);
    for (const s of [a, b]) {
      expect(s?.sentence).not.toMatch(/\d|“|at least|at most/);
    }
  });
});

describe('a habit’s name inside a sentence', () => {
  it('keeps the name as written, lower-casing its first letter only when that is safe', () => {
    expect(nameInSentence('Walk 20 minutes')).toBe('walk 20 minutes');
    expect(nameInSentence('Call Mum on Sundays')).toBe('call Mum on Sundays');
    expect(nameInSentence('journal')).toBe('journal');
    expect(nameInSentence('AA meetings')).toBe('AA meetings');
    expect(nameInSentence('I-statements')).toBe('I-statements');
    expect(nameInSentence('I read before bed')).toBe('I read before bed');
    expect(nameInSentence('iPhone off at 10')).toBe('iPhone off at 10');
    expect(nameInSentence('10k steps')).toBe('10k steps');
    expect(nameInSentence('Élan vital')).toBe('élan vital');
    // The sentence ends with its own full stop.
    expect(nameInSentence(' Sleep by 11. ')).toBe('sleep by 11');
  });
});

describe('inserting a sentence into a part', () => {
  it('fills an empty part, and follows words already there with a space', () => {
    expect(insertSentence('', 'I walk.')).toBe('I walk.');
    expect(insertSentence('   ', 'I walk.')).toBe('I walk.');
    expect(insertSentence('I am sorry.  ', 'I walk.')).toBe('I am sorry. I walk.');
  });

  it('starts a new line when the words end with one', () => {
    expect(insertSentence('I am sorry.\n', 'I walk.')).toBe('I am sorry.\nI walk.');
    expect(insertSentence('I am sorry.\n\n  ', 'I walk.')).toBe('I am sorry.\nI walk.');
  });
});
