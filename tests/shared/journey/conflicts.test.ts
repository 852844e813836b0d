import { describe, expect, it } from 'vitest';
import type { Counterpart, Outcome, Tone } from '../../../src-main/shared/domain/communication';
import {
  calmInWords,
  conflictHistory,
  NO_CHECKINS_YET,
  NO_CONFLICTS_YET,
  ENOUGH_MONTHS,
  resolvedInWords,
  TOO_LITTLE_TO_READ,
  TRUST_POINTS_MAX,
  trustInWords,
  trustMovements,
  trustSeries,
  type ConflictEntry,
  type TrustDayValues,
} from '../../../src-main/shared/journey/conflicts';

/** Plain words for the tests: months and days as they are stored, counts as digits. */
const MONTH_WORDS = { month: (m: string) => `<${m}>`, count: String };
const DAY_WORDS = { day: (d: string) => `<${d}>`, count: String };

/** `count` conflicts on `day`, each with the same counterpart, outcome and tone. */
function conflicts(
  count: number,
  day: string,
  outcome: Outcome | null,
  tone: Tone | null,
  counterpart: Counterpart = 'ex',
): ConflictEntry[] {
  return Array.from({ length: count }, () => ({ day, counterpart, outcome, tone }));
}

/** One check-in day every `step` days from `first`, trust and tension from the given lists. */
function checkinDays(first: string, step: number, trust: number[], tension: number[]) {
  return trust.map((value, i): TrustDayValues => {
    const day = new Date(Date.parse(`${first}T00:00:00Z`) + i * step * 86_400_000);
    return { day: day.toISOString().slice(0, 10), trust: value, tension: tension[i] ?? 0 };
  });
}

describe('conflicts per month', () => {
  it('counts how each month’s conflicts ended and how calm they were, oldest month first', () => {
    const history = conflictHistory([
      ...conflicts(2, '2026-11-03', 'resolved', 'civil'),
      ...conflicts(1, '2026-10-31', 'not', 'hostile'),
      ...conflicts(1, '2026-11-30', 'partly', 'tense'),
      ...conflicts(1, '2026-10-01', 'resolved', 'friendly'),
    ]);
    expect(history).toEqual({
      months: [
        {
          month: '2026-10',
          conflicts: 2,
          resolved: 1,
          partly: 0,
          notResolved: 1,
          calm: 1,
          tense: 1,
        },
        {
          month: '2026-11',
          conflicts: 3,
          resolved: 2,
          partly: 1,
          notResolved: 0,
          calm: 2,
          tense: 1,
        },
      ],
      rehearsals: 0,
    });
  });

  it('counts a rehearsal on one’s own apart: nobody was there to resolve anything with', () => {
    const history = conflictHistory([
      ...conflicts(3, '2026-11-10', null, null, 'rehearsal_alone'),
      ...conflicts(1, '2026-11-12', 'resolved', 'friendly', 'friend'),
    ]);
    expect(history.rehearsals).toBe(3);
    expect(history.months).toEqual([
      {
        month: '2026-11',
        conflicts: 1,
        resolved: 1,
        partly: 0,
        notResolved: 0,
        calm: 1,
        tense: 0,
      },
    ]);
  });

  it('orders months across a new year', () => {
    const { months } = conflictHistory([
      ...conflicts(1, '2027-01-02', 'resolved', null),
      ...conflicts(1, '2026-12-31', 'not', null),
    ]);
    expect(months.map((m) => m.month)).toEqual(['2026-12', '2027-01']);
  });
});

describe('the conflicts in words, from hand-made histories', () => {
  it('someone taking it slow: a few conflicts a month are counted, never turned into a share', () => {
    const history = conflictHistory([
      ...conflicts(2, '2026-09-04', 'not', 'tense'),
      ...conflicts(2, '2026-10-04', 'resolved', 'civil'),
      ...conflicts(3, '2026-10-18', 'not', 'tense'),
      ...conflicts(4, '2026-11-06', 'resolved', 'friendly'),
      ...conflicts(1, '2026-11-20', 'partly', 'civil'),
      ...conflicts(1, '2026-11-21', 'not', 'tense'),
    ]);
    expect(resolvedInWords(history, MONTH_WORDS)).toBe(
      'In <2026-11> you logged 6 conflicts: 4 ended resolved, 1 partly resolved, 1 not resolved. ' +
        'In <2026-10> you logged 5 conflicts: 2 ended resolved, 3 not resolved.',
    );
    expect(calmInWords(history, MONTH_WORDS)).toBe(
      'The tone in <2026-11>: 5 friendly or civil, 1 tense or hostile. ' +
        'The tone in <2026-10>: 2 friendly or civil, 3 tense or hostile.',
    );
  });

  it('two conflicts in one month: counts without a verdict, and too little to read into', () => {
    // The blind review's case: "0 of 2 conflicts were friendly or civil" read a verdict into two.
    const history = conflictHistory([
      ...conflicts(1, '2026-11-10', 'resolved', 'tense'),
      ...conflicts(1, '2026-11-12', 'not', 'hostile'),
    ]);
    const resolved = resolvedInWords(history, MONTH_WORDS);
    const calm = calmInWords(history, MONTH_WORDS);
    expect(resolved).toBe(
      `In <2026-11> you logged 2 conflicts: 1 ended resolved, 1 not resolved. ${TOO_LITTLE_TO_READ}`,
    );
    expect(calm).toBe('The tone in <2026-11>: 2 tense or hostile.');
    for (const words of [resolved, calm]) expect(words).not.toMatch(/\d+ of \d+/);
  });

  it('says a month or two is too little until there are three months, and not after', () => {
    const two = conflictHistory([
      ...conflicts(1, '2026-09-10', 'resolved', 'civil'),
      ...conflicts(1, '2026-11-10', 'resolved', 'civil'),
    ]);
    expect(resolvedInWords(two, MONTH_WORDS)).toMatch(new RegExp(`${TOO_LITTLE_TO_READ}$`));
    const three = conflictHistory([
      ...conflicts(1, '2026-08-10', 'resolved', 'civil'),
      ...two.months.map((m) => ({
        day: `${m.month}-10`,
        counterpart: 'ex' as const,
        outcome: 'resolved' as const,
        tone: 'civil' as const,
      })),
    ]);
    expect(three.months).toHaveLength(ENOUGH_MONTHS);
    expect(resolvedInWords(three, MONTH_WORDS)).not.toContain(TOO_LITTLE_TO_READ);
  });

  it('someone stuck: the same counts month after month are said as they are, without a verdict', () => {
    const history = conflictHistory([
      ...conflicts(1, '2026-08-10', 'resolved', 'tense'),
      ...conflicts(1, '2026-09-10', 'resolved', 'tense'),
      ...conflicts(2, '2026-09-12', 'not', 'hostile'),
      ...conflicts(1, '2026-10-10', 'resolved', 'tense'),
      ...conflicts(2, '2026-10-12', 'not', 'hostile'),
    ]);
    const words = resolvedInWords(history, MONTH_WORDS);
    expect(words).toBe(
      'In <2026-10> you logged 3 conflicts: 1 ended resolved, 2 not resolved. ' +
        'In <2026-09> you logged 3 conflicts: 1 ended resolved, 2 not resolved.',
    );
    expect(calmInWords(history, MONTH_WORDS)).toBe(
      'The tone in <2026-10>: 3 tense or hostile. The tone in <2026-09>: 3 tense or hostile.',
    );
    expect(words).not.toMatch(/fail|bad|poor|worse|score/i);
  });

  it('someone whose apology got a no, practising with others: every counterpart counts', () => {
    const history = conflictHistory([
      ...conflicts(1, '2026-08-03', 'not', 'hostile', 'ex'),
      ...conflicts(2, '2026-10-09', 'resolved', 'civil', 'coworker_or_classmate'),
      ...conflicts(1, '2026-10-15', 'resolved', 'friendly', 'family'),
      ...conflicts(2, '2026-10-20', null, null, 'rehearsal_alone'),
    ]);
    expect(history.rehearsals).toBe(2);
    expect(resolvedInWords(history, MONTH_WORDS)).toBe(
      'In <2026-10> you logged 3 conflicts: 3 ended resolved. ' +
        `In <2026-08> you logged 1 conflict: 1 not resolved. ${TOO_LITTLE_TO_READ}`,
    );
  });

  it('from ten conflicts with an outcome in a month on, the share with its percentage', () => {
    const history = conflictHistory([
      ...conflicts(9, '2026-11-02', 'resolved', 'civil'),
      ...conflicts(3, '2026-11-03', 'not', 'tense'),
    ]);
    expect(resolvedInWords(history, MONTH_WORDS)).toBe(
      `In <2026-11>, 9 of 12 (75%) conflicts ended resolved. ${TOO_LITTLE_TO_READ}`,
    );
    expect(calmInWords(history, MONTH_WORDS)).toBe(
      'In <2026-11>, 9 of 12 (75%) conflicts were friendly or civil.',
    );
    // Nine with an outcome stay counts, whatever else was logged.
    const nine = conflictHistory([
      ...conflicts(9, '2026-11-02', 'resolved', null),
      ...conflicts(3, '2026-11-03', null, null),
    ]);
    expect(resolvedInWords(nine, MONTH_WORDS)).toBe(
      `In <2026-11> you logged 12 conflicts: 9 ended resolved, 3 with no outcome noted. ${TOO_LITTLE_TO_READ}`,
    );
  });

  it('too little data: nothing logged, one conflict, nothing noted', () => {
    expect(resolvedInWords(conflictHistory([]), MONTH_WORDS)).toBe(NO_CONFLICTS_YET);
    expect(calmInWords(conflictHistory([]), MONTH_WORDS)).toBe(NO_CONFLICTS_YET);
    const rehearsalsOnly = conflictHistory(
      conflicts(2, '2026-11-02', null, null, 'rehearsal_alone'),
    );
    expect(resolvedInWords(rehearsalsOnly, MONTH_WORDS)).toBe(NO_CONFLICTS_YET);

    const one = conflictHistory(conflicts(1, '2026-11-02', 'partly', 'tense'));
    expect(resolvedInWords(one, MONTH_WORDS)).toBe(
      `In <2026-11> you logged 1 conflict: 1 partly resolved. ${TOO_LITTLE_TO_READ}`,
    );

    const unnoted = conflictHistory(conflicts(2, '2026-11-02', null, null));
    expect(resolvedInWords(unnoted, MONTH_WORDS)).toBe(
      `In <2026-11> you logged 2 conflicts: 2 with no outcome noted. ${TOO_LITTLE_TO_READ}`,
    );
    expect(calmInWords(unnoted, MONTH_WORDS)).toBe('The tone in <2026-11>: 2 with no tone noted.');
  });

  it('from ten on, says how many were left out for having nothing noted', () => {
    const history = conflictHistory([
      ...conflicts(10, '2026-11-02', 'resolved', 'civil'),
      ...conflicts(2, '2026-11-05', null, 'tense'),
    ]);
    expect(resolvedInWords(history, MONTH_WORDS)).toBe(
      `In <2026-11>, 10 of 10 (100%) conflicts ended resolved. The 2 with no outcome noted are not counted. ${TOO_LITTLE_TO_READ}`,
    );
  });
});

describe('trust and tension in words, from hand-made histories', () => {
  it('someone who reconciles: trust rises and tension eases over the weeks', () => {
    const days = checkinDays('2026-10-03', 7, [2, 3, 3, 4, 5, 6], [8, 7, 7, 6, 5, 4]);
    const { trust, tension } = trustMovements(days);
    expect(trust?.start).toBeLessThan(trust?.end ?? 0);
    expect(tension?.start).toBeGreaterThan(tension?.end ?? 0);
    expect(trustInWords(days, DAY_WORDS)).toBe(
      'From <2026-10-03> to <2026-11-07>, trust rose from about 2 to about 6 out of 10, and tension went down from about 8 to about 4.',
    );
  });

  it('someone stuck: both stay where they were', () => {
    const days = checkinDays('2026-10-01', 3, [4, 5, 4, 5, 4], [6, 6, 7, 6, 6]);
    expect(trustInWords(days, DAY_WORDS)).toBe(
      'From <2026-10-01> to <2026-10-13>, trust stayed around 4 out of 10, and tension stayed around 6.',
    );
  });

  it('reads the line, not the ends: a wobble is not a climb', () => {
    // From 2 to 8 end to end, but the line through all seven days is flat at 5.
    const days = checkinDays('2026-10-01', 1, [2, 8, 8, 5, 2, 2, 8], [5, 5, 5, 5, 5, 5, 5]);
    expect(trustInWords(days, DAY_WORDS)).toContain('trust stayed around 5 out of 10');
  });

  it('0 and 10 are answers: a line is kept on the scale', () => {
    const days = checkinDays('2026-10-01', 1, [0, 0, 5, 10, 10], [10, 10, 5, 0, 0]);
    const { trust, tension } = trustMovements(days);
    expect(trust?.start).toBeGreaterThanOrEqual(0);
    expect(trust?.end).toBeLessThanOrEqual(10);
    expect(tension?.end).toBeGreaterThanOrEqual(0);
  });

  it('too little data: says so plainly, with no number of days to reach', () => {
    expect(trustInWords([], DAY_WORDS)).toBe(NO_CHECKINS_YET);
    expect(trustInWords(checkinDays('2026-10-01', 1, [5], [5]), DAY_WORDS)).toBe(
      'You have checked in on one day so far: too few for a trend yet.',
    );
    const three = checkinDays('2026-10-01', 1, [5, 6, 7], [5, 4, 3]);
    expect(trustMovements(three)).toEqual({ trust: null, tension: null });
    expect(trustInWords(three, DAY_WORDS)).toBe(
      'You have checked in on 3 days so far: too few for a trend yet.',
    );
  });
});

describe('the trust series sent to the chart', () => {
  const day = (d: string, trust: number, tension: number, count = 1) => ({
    day: d,
    trust,
    tension,
    count,
  });

  it('is the days themselves while they fit', () => {
    const days = [day('2026-10-01', 2, 8), day('2026-10-05', 3, 7)];
    expect(trustSeries(days)).toBe(days);
    expect(trustSeries(days, 2)).toBe(days);
  });

  it('averages equal stretches, weighed by check-ins, once there are more days than points', () => {
    const days = [
      day('2026-10-01', 2, 8, 3),
      day('2026-10-02', 6, 4, 1),
      day('2026-10-03', 5, 5),
      day('2026-10-05', 9, 1),
      day('2026-10-06', 1, 9),
    ];
    // Six days into three points: two days each, from the first day.
    expect(trustSeries(days, 3)).toEqual([
      day('2026-10-01', 3, 7, 4),
      day('2026-10-03', 5, 5, 1),
      day('2026-10-05', 5, 5, 2),
    ]);
  });

  it('keeps ten years of daily check-ins to at most TRUST_POINTS_MAX points, dated in order', () => {
    const days = Array.from({ length: 3650 }, (_, i) =>
      day(new Date(Date.UTC(2016, 11, 1) + i * 86_400_000).toISOString().slice(0, 10), i % 11, 5),
    );
    const series = trustSeries(days);
    expect(series.length).toBeLessThanOrEqual(TRUST_POINTS_MAX);
    expect(series.length).toBeGreaterThan(TRUST_POINTS_MAX / 2);
    expect(series.reduce((n, d) => n + d.count, 0)).toBe(3650);
    expect(series.map((d) => d.day)).toEqual([...series.map((d) => d.day)].sort());
  });
});
