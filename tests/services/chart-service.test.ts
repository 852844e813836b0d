import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChartService, type ChartService } from '../../src-main/services/chart-service';
import { createCommunicationService } from '../../src-main/services/communication-service';
import { createHabitService } from '../../src-main/services/habit-service';
import { createMoodService } from '../../src-main/services/mood-service';
import { createSettingsService } from '../../src-main/services/settings-service';
import { createStageService } from '../../src-main/services/stage-service';
import { addDays } from '../../src-main/shared/calendar';
import type { CommunicationEntryInput } from '../../src-main/shared/contract/communication';
import type { Stage } from '../../src-main/shared/domain/stages';
import { CHART_RANGES } from '../../src-main/shared/series/ranges';
import { createTestDatabase } from '../helpers/test-db';

let testDb: ReturnType<typeof createTestDatabase>;
let charts: ChartService;
/** Friday 27 November 2026, 21:00 in Paris. */
const NOW = new Date('2026-11-27T20:00:00.000Z');
const TODAY = '2026-11-27';
const at = (instant: string) => ({ now: () => new Date(instant) });

beforeEach(() => {
  testDb = createTestDatabase();
  charts = createChartService(testDb.db, { now: () => NOW });
});
afterEach(() => testDb.cleanup());

/** A mood entry at noon UTC (13:00 in Paris) on `day`. */
function mood(day: string, value: number, hurt: number | null = null, time = '12:00'): void {
  createMoodService(testDb.db, { now: () => NOW }).create({
    occurredAt: `${day}T${time}:00.000Z`,
    timeZone: 'Europe/Paris',
    mood: value,
    hurt,
  });
}

function moveTo(stage: Stage, instant: string, reason?: string): void {
  createStageService(testDb.db, at(instant)).move({
    stage,
    timeZone: 'Europe/Paris',
    ...(reason === undefined ? {} : { reason }),
  });
}

/** Loop's daily multiplier, m = 0.5 ^ (1/13). */
const M = 0.5 ** (1 / 13);

describe('with nothing recorded', () => {
  it.each(CHART_RANGES)('answers every chart with no points over the range (%s)', (range) => {
    const request = { range, today: TODAY };
    const from = {
      week: '2026-11-21',
      month: '2026-10-28',
      quarter: '2026-08-28',
      year: '2025-11-28',
      all: TODAY,
    }[range];
    const window = { range, from, to: TODAY, bucket: 'day' };
    expect(charts.mood(request)).toEqual({ ...window, points: [] });
    expect(charts.hurt(request)).toEqual({ ...window, points: [] });
    expect(charts.habits(request)).toEqual({ ...window, habits: [] });
    expect(charts.practice(request)).toEqual({ ...window, points: [] });
    expect(charts.contact(request)).toEqual({ ...window, points: [] });
    expect(charts.stages(request)).toEqual({ range, from, to: TODAY, spans: [], moves: [] });
  });
});

describe('the window', () => {
  it('starts all time on the earliest of the first record, the first move and the breakup day', () => {
    mood('2026-11-03', 5);
    expect(charts.mood({ range: 'all', today: TODAY }).from).toBe('2026-11-03');
    createSettingsService(testDb.db, { now: () => NOW }).update({ breakupDay: '2026-06-01' });
    expect(charts.hurt({ range: 'all', today: TODAY }).from).toBe('2026-06-01');
    moveTo('decide', '2026-05-01T10:00:00.000Z');
    expect(charts.practice({ range: 'all', today: TODAY }).from).toBe('2026-05-01');
    // What was recorded after the day asked about does not count.
    expect(charts.contact({ range: 'all', today: '2026-04-30' }).from).toBe('2026-04-30');
  });

  it('never starts before 1 January 1900, the first day Mending keeps', () => {
    expect(charts.mood({ range: 'year', today: '1900-03-01' }).from).toBe('1900-01-01');
    expect(charts.stages({ range: 'week', today: '1900-01-03' }).from).toBe('1900-01-01');
  });
});

describe('chart:mood', () => {
  it('gives one point for one entry, with no rolling average from a single day', () => {
    mood('2026-11-25', 7);
    expect(charts.mood({ range: 'month', today: TODAY }).points).toEqual([
      { day: '2026-11-25', mean: 7, low: 7, high: 7, entries: 1, days: 1, rolling: null },
    ]);
  });

  it('keeps a flat line flat when every value is the same', () => {
    for (let i = 0; i < 7; i += 1) {
      mood(addDays(TODAY, -i), 5, null, '08:00');
      mood(addDays(TODAY, -i), 5, null, '18:00');
    }
    const { points } = charts.mood({ range: 'week', today: TODAY });
    expect(points.map((p) => [p.mean, p.low, p.high, p.entries, p.days])).toEqual(
      Array.from({ length: 7 }, () => [5, 5, 5, 2, 1]),
    );
    // Four days with entries make a trend (TREND_MIN_POINTS); fewer do not.
    expect(points.map((p) => p.rolling)).toEqual([null, null, null, 5, 5, 5, 5]);
  });

  it('starts the rolling average with the six days before the window', () => {
    mood('2026-11-15', 2);
    mood('2026-11-16', 4);
    mood('2026-11-17', 6);
    mood('2026-11-21', 8); // the week's first day
    mood('2026-11-22', 10);
    mood('2026-11-24', 6);
    const { from, points } = charts.mood({ range: 'week', today: TODAY });
    expect(from).toBe('2026-11-21');
    expect(points.map((p) => [p.day, p.mean, p.rolling])).toEqual([
      ['2026-11-21', 8, (2 + 4 + 6 + 8) / 4], // 15 to 21 November
      ['2026-11-22', 10, (4 + 6 + 8 + 10) / 4], // 16 to 22 November
      ['2026-11-24', 6, null], // 18 to 24 November: three days only
    ]);
  });

  it('averages each day before the bucket and leaves months without entries out', () => {
    // Seven years and more: all time is counted by week.
    mood('2019-01-10', 3);
    mood('2026-11-02', 2, null, '08:00');
    mood('2026-11-02', 4, null, '18:00');
    mood('2026-11-03', 9);
    const series = charts.mood({ range: 'all', today: TODAY });
    expect([series.from, series.bucket]).toEqual(['2019-01-10', 'week']);
    expect(series.points).toEqual([
      { day: '2019-01-07', mean: 3, low: 3, high: 3, entries: 1, days: 1, rolling: null },
      // (2 + 4) / 2 = 3 on Monday and 9 on Tuesday: (3 + 9) / 2, not (2 + 4 + 9) / 3.
      { day: '2026-11-02', mean: 6, low: 2, high: 9, entries: 3, days: 2, rolling: null },
    ]);
  });

  it('puts an entry in the week of the day it was made in its own zone across a clock change', () => {
    mood('2019-01-10', 3); // so that all time is counted by week
    const newYork = createMoodService(testDb.db, { now: () => NOW });
    const entry = (occurredAt: string, value: number) =>
      newYork.create({ occurredAt, timeZone: 'America/New_York', mood: value });
    entry('2026-11-01T03:30:00.000Z', 4); // Saturday 31 October, 23:30 (EDT)
    entry('2026-11-01T05:30:00.000Z', 6); // Sunday 1 November, 01:30 (EDT, the first one)
    entry('2026-11-02T04:30:00.000Z', 8); // Sunday 1 November, 23:30 (EST): Monday in UTC
    entry('2026-11-02T05:30:00.000Z', 10); // Monday 2 November, 00:30 (EST)
    const weeks = charts.mood({ range: 'all', today: TODAY }).points.slice(1);
    expect(weeks).toEqual([
      { day: '2026-10-26', mean: (4 + 7) / 2, low: 4, high: 8, entries: 3, days: 2, rolling: null },
      { day: '2026-11-02', mean: 10, low: 10, high: 10, entries: 1, days: 1, rolling: null },
    ]);
    const days = charts.mood({ range: 'month', today: TODAY }).points;
    expect(days.map((p) => [p.day, p.mean])).toEqual([
      ['2026-10-31', 4],
      ['2026-11-01', 7],
      ['2026-11-02', 10],
    ]);
  });
});

describe('chart:hurt', () => {
  it('reads only entries that gave a hurt rating, each day once', () => {
    mood('2026-11-20', 5, 8, '08:00');
    mood('2026-11-20', 6, null, '10:00');
    mood('2026-11-20', 7, 4, '18:00');
    mood('2026-11-21', 7, null);
    mood('2026-11-22', 7, 0);
    expect(charts.hurt({ range: 'week', today: TODAY }).points).toEqual([
      { day: '2026-11-22', mean: 0, entries: 1 },
    ]);
    expect(charts.hurt({ range: 'month', today: TODAY }).points).toEqual([
      { day: '2026-11-20', mean: 6, entries: 2 },
      { day: '2026-11-22', mean: 0, entries: 1 },
    ]);
  });
});

describe('chart:habits', () => {
  function checkIn(habitId: number, day: string): void {
    createHabitService(testDb.db, { now: () => NOW }).setCheckin({ habitId, day, count: 1 });
  }

  it('draws an archived habit only over the days it was active', () => {
    mood('2026-11-01', 5); // an entry in Paris, the zone the habit's days are read in
    const habits = createHabitService(testDb.db, at('2026-11-10T09:00:00.000Z'));
    const walk = habits.create({ name: 'Walk', kind: 'build', targetCount: 1, period: 'day' });
    for (let i = 0; i < 5; i += 1) {
      checkIn(walk.id, addDays('2026-11-10', i));
    }
    createHabitService(testDb.db, at('2026-11-20T22:30:00.000Z')).archive(walk.id);
    const { habits: lines } = charts.habits({ range: 'month', today: TODAY });
    expect(lines).toHaveLength(1);
    const line = lines[0];
    // Archived at 23:30 in Paris on 20 November (22:30 UTC).
    expect(line).toMatchObject({ name: 'Walk', activeFrom: '2026-11-10', activeTo: '2026-11-20' });
    expect(line?.points.map((p) => p.day)).toEqual(
      Array.from({ length: 11 }, (_, i) => addDays('2026-11-10', i)),
    );
    expect(line?.points[0]?.strength).toBeCloseTo(1 - M, 12);
    expect(line?.points[4]?.strength).toBeCloseTo(1 - M ** 5, 12);
    // Six days without a check-in after the fifth: each keeps m of the day before.
    expect(line?.points[10]?.strength).toBeCloseTo((1 - M ** 5) * M ** 6, 12);
    // A week after it was archived, it is not on the chart at all.
    expect(charts.habits({ range: 'week', today: TODAY }).habits).toEqual([]);
  });

  it('starts a habit at a record back-filled before it was added, and keeps today open', () => {
    mood('2026-11-01', 5);
    const habits = createHabitService(testDb.db, at('2026-11-24T09:00:00.000Z'));
    const journal = habits.create({
      name: 'Journal',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
    for (let i = 1; i <= 5; i += 1) {
      checkIn(journal.id, addDays(TODAY, -i));
    }
    const [line] = charts.habits({ range: 'week', today: TODAY }).habits;
    expect(line).toMatchObject({ activeFrom: '2026-11-22', activeTo: null });
    expect(line?.points.map((p) => p.day)).toEqual([
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      TODAY,
    ]);
    // Nothing checked in yet today: as on the Habits screen, today keeps yesterday's strength.
    expect(line?.points[5]?.strength).toBeCloseTo(1 - M ** 5, 12);
    expect(line?.points[4]?.strength).toBeCloseTo(1 - M ** 5, 12);
  });

  it('reads the day a habit was added in the zone of the entry made nearest in time', () => {
    // 09:00 UTC on 10 November is 23:00 that day in Kiritimati and 22:00 on the 9th in Pago Pago.
    const addedAt = '2026-11-10T09:00:00.000Z';
    const entryIn = (timeZone: string, createdAt: string) =>
      createMoodService(testDb.db, at(createdAt)).create({
        occurredAt: createdAt,
        timeZone,
        mood: 5,
      });
    const addWalk = () =>
      createHabitService(testDb.db, at(addedAt)).create({
        name: 'Walk',
        kind: 'build',
        targetCount: 1,
        period: 'day',
      });
    const activeFrom = () =>
      charts.habits({ range: 'month', today: TODAY }).habits.map((h) => h.activeFrom);

    // No entry at all: the earliest day it was anywhere, so the habit stays in view.
    addWalk();
    expect(activeFrom()).toEqual(['2026-11-09']);
    entryIn('Pacific/Kiritimati', '2026-11-01T09:00:00.000Z');
    expect(activeFrom()).toEqual(['2026-11-10']);
    entryIn('Pacific/Pago_Pago', '2026-11-10T08:00:00.000Z'); // an hour before: the nearest
    expect(activeFrom()).toEqual(['2026-11-09']);
    entryIn('Pacific/Kiritimati', '2026-11-10T09:30:00.000Z'); // half an hour after: nearer
    expect(activeFrom()).toEqual(['2026-11-10']);
  });

  it('gives the strength at the end of each bucket, from the first record in the window', () => {
    mood('2019-01-10', 5); // all time is then counted by week
    const habits = createHabitService(testDb.db, at('2026-11-02T09:00:00.000Z'));
    const walk = habits.create({ name: 'Walk', kind: 'build', targetCount: 1, period: 'day' });
    // Monday 2 to Wednesday 4 November, then nothing.
    for (let i = 0; i < 3; i += 1) {
      checkIn(walk.id, addDays('2026-11-02', i));
    }
    const series = charts.habits({ range: 'all', today: TODAY });
    expect(series.bucket).toBe('week');
    const points = series.habits[0]?.points ?? [];
    expect(points.map((p) => p.day)).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
    // Sunday 8 November: three days done, four missed.
    expect(points[0]?.strength).toBeCloseTo((1 - M ** 3) * M ** 4, 12);
    expect(points[1]?.strength).toBeCloseTo((1 - M ** 3) * M ** 11, 12);
    // The last week ends today (Friday 27, still open): Thursday 26 November's strength.
    expect(points[3]?.strength).toBeCloseTo((1 - M ** 3) * M ** 22, 12);
  });
});

describe('chart:practice and chart:contact', () => {
  const base = {
    timeZone: 'Europe/Paris',
    isContactWithEx: false,
  } as const;
  function talk(day: string, entry: Partial<CommunicationEntryInput>): void {
    createCommunicationService(testDb.db, { now: () => NOW }).create({
      ...base,
      counterpart: 'friend',
      occurredAt: `${day}T12:00:00.000Z`,
      ...entry,
    });
  }

  beforeEach(() => {
    const ex = {
      counterpart: 'ex',
      isContactWithEx: true,
      contactContext: 'co_parenting',
    } as const;
    talk('2026-11-24', { ...ex, tone: 'tense' });
    talk('2026-11-25', { ...ex, tone: 'civil', skill: 'calm_logistics', outcome: 'resolved' });
    talk('2026-11-25', { ...ex });
    talk('2026-11-25', { counterpart: 'rehearsal_alone', skill: 'apology' });
    talk('2026-11-26', { skill: 'listening', outcome: 'partly' });
    talk('2026-10-01', { skill: 'listening', outcome: 'not' }); // before the week
  });

  const noSkills = {
    listening: 0,
    i_statements: 0,
    expressing_a_need: 0,
    apology: 0,
    conflict_resolution: 0,
    setting_a_boundary: 0,
    calm_logistics: 0,
    repair_after_conflict: 0,
    none: 0,
  };
  const noOutcomes = { resolved: 0, partly: 0, not: 0, none: 0 };
  const noTones = { friendly: 0, civil: 0, tense: 0, hostile: 0, none: 0 };

  it('counts every conversation by skill and by outcome, "none" where none was named', () => {
    expect(charts.practice({ range: 'week', today: TODAY }).points).toEqual([
      {
        day: '2026-11-24',
        total: 1,
        skills: { ...noSkills, none: 1 },
        outcomes: { ...noOutcomes, none: 1 },
      },
      {
        day: '2026-11-25',
        total: 3,
        skills: { ...noSkills, calm_logistics: 1, apology: 1, none: 1 },
        outcomes: { ...noOutcomes, resolved: 1, none: 2 },
      },
      {
        day: '2026-11-26',
        total: 1,
        skills: { ...noSkills, listening: 1 },
        outcomes: { ...noOutcomes, partly: 1 },
      },
    ]);
    const quarter = charts.practice({ range: 'quarter', today: TODAY });
    expect(quarter.points.map((p) => [p.day, p.total])).toEqual([
      ['2026-10-01', 1],
      ['2026-11-24', 1],
      ['2026-11-25', 3],
      ['2026-11-26', 1],
    ]);
  });

  it('counts contact with the ex only, by tone', () => {
    expect(charts.contact({ range: 'week', today: TODAY }).points).toEqual([
      { day: '2026-11-24', total: 1, tones: { ...noTones, tense: 1 } },
      { day: '2026-11-25', total: 2, tones: { ...noTones, civil: 1, none: 1 } },
    ]);
  });
});

describe('chart:stages', () => {
  function journeyWithBreakupDay(): void {
    createSettingsService(testDb.db, { now: () => NOW }).update({ breakupDay: '2026-09-01' });
    moveTo('decide', '2026-10-05T10:00:00.000Z', 'I feel steadier');
    moveTo('heal_and_grow', '2026-11-10T10:00:00.000Z', 'Moving on');
    moveTo('apologize', '2026-11-15T08:00:00.000Z', 'Changed my mind');
    // Later the same day: the day's stage is the last one chosen.
    moveTo('take_it_slow', '2026-11-15T18:00:00.000Z', 'We talked');
  }

  it('draws Heal Yourself from the breakup day, then one span per move with its reason', () => {
    journeyWithBreakupDay();
    const timeline = charts.stages({ range: 'quarter', today: TODAY });
    expect(timeline.from).toBe('2026-08-28');
    expect(timeline.spans).toEqual([
      {
        stage: 'heal_yourself',
        from: '2026-09-01',
        to: '2026-10-04',
        reason: null,
        isImplicit: true,
      },
      {
        stage: 'decide',
        from: '2026-10-05',
        to: '2026-11-09',
        reason: 'I feel steadier',
        isImplicit: false,
      },
      {
        stage: 'heal_and_grow',
        from: '2026-11-10',
        to: '2026-11-14',
        reason: 'Moving on',
        isImplicit: false,
      },
      {
        stage: 'take_it_slow',
        from: '2026-11-15',
        to: TODAY,
        reason: 'We talked',
        isImplicit: false,
      },
    ]);
    expect(timeline.moves.map((m) => [m.stage, m.day, m.reason])).toEqual([
      ['decide', '2026-10-05', 'I feel steadier'],
      ['heal_and_grow', '2026-11-10', 'Moving on'],
      ['apologize', '2026-11-15', 'Changed my mind'],
      ['take_it_slow', '2026-11-15', 'We talked'],
    ]);
  });

  it('cuts the spans to the window and lists only the moves inside it', () => {
    journeyWithBreakupDay();
    const week = charts.stages({ range: 'week', today: TODAY });
    expect(week.spans).toEqual([
      {
        stage: 'take_it_slow',
        from: '2026-11-21',
        to: TODAY,
        reason: 'We talked',
        isImplicit: false,
      },
    ]);
    expect(week.moves).toEqual([]);
    const all = charts.stages({ range: 'all', today: TODAY });
    expect(all.from).toBe('2026-09-01');
    expect(all.spans.map((s) => s.stage)).toEqual([
      'heal_yourself',
      'decide',
      'heal_and_grow',
      'take_it_slow',
    ]);
  });

  it('starts healing at the first record without a breakup day, and keeps a merged span whole', () => {
    mood('2026-11-03', 5);
    moveTo('decide', '2026-11-12T10:00:00.000Z', 'Ready to look');
    moveTo('heal_yourself', '2026-11-20T10:00:00.000Z', 'Not yet');
    moveTo('decide', '2026-11-20T19:00:00.000Z');
    const { spans } = charts.stages({ range: 'month', today: TODAY });
    // Back to healing and to Decide again on 20 November: Decide never stopped that day.
    expect(spans).toEqual([
      {
        stage: 'heal_yourself',
        from: '2026-11-03',
        to: '2026-11-11',
        reason: null,
        isImplicit: true,
      },
      {
        stage: 'decide',
        from: '2026-11-12',
        to: TODAY,
        reason: 'Ready to look',
        isImplicit: false,
      },
    ]);
  });

  it('keeps the order the moves were made in when a later one falls on an earlier day', () => {
    const move = (stage: Stage, instant: string, timeZone: string) =>
      createStageService(testDb.db, at(instant)).move({ stage, timeZone, reason: stage });
    // 11:30 UTC on 1 May is already 2 May in Kiritimati; half an hour later it is still 1 May
    // (01:00) in Pago Pago.
    move('decide', '2026-05-01T11:30:00.000Z', 'Pacific/Kiritimati');
    move('heal_and_grow', '2026-05-01T12:00:00.000Z', 'Pacific/Pago_Pago');
    const timeline = charts.stages({ range: 'all', today: TODAY });
    expect(timeline.from).toBe('2026-05-01');
    // The stage the person is in now (the last move made) is the one the timeline ends on.
    expect(createStageService(testDb.db).list().current.stage).toBe('heal_and_grow');
    expect(timeline.spans).toEqual([
      {
        stage: 'heal_and_grow',
        from: '2026-05-02',
        to: TODAY,
        reason: 'heal_and_grow',
        isImplicit: false,
      },
    ]);
    expect(timeline.moves.map((m) => [m.stage, m.day])).toEqual([
      ['decide', '2026-05-02'],
      ['heal_and_grow', '2026-05-01'],
    ]);
  });

  it('has no spans in a window before anything was recorded', () => {
    mood('2026-11-26', 5);
    expect(charts.stages({ range: 'week', today: '2026-11-20' }).spans).toEqual([]);
    expect(charts.stages({ range: 'week', today: TODAY }).spans).toEqual([
      { stage: 'heal_yourself', from: '2026-11-26', to: TODAY, reason: null, isImplicit: true },
    ]);
  });
});
