import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCommunicationService } from '../../src-main/services/communication-service';
import { createHabitService } from '../../src-main/services/habit-service';
import { createInsightService, type InsightService } from '../../src-main/services/insight-service';
import { createMoodService } from '../../src-main/services/mood-service';
import { addDays, instantOfWallTime } from '../../src-main/shared/calendar';
import { createTestDatabase } from '../helpers/test-db';

let testDb: ReturnType<typeof createTestDatabase>;
let insights: InsightService;
// Pinned late in the year, so every day below is in the past wherever the test runs.
const NOW = new Date('2026-12-20T12:00:00.000Z');
const TODAY = '2026-12-20';

beforeEach(() => {
  testDb = createTestDatabase();
  insights = createInsightService(testDb.db);
});
afterEach(() => testDb.cleanup());

function mood(day: string, value: number, tags: string[] = [], time = '10:00', zone = 'UTC') {
  createMoodService(testDb.db, { now: () => NOW }).create({
    occurredAt: instantOfWallTime(day, time, zone),
    timeZone: zone,
    mood: value,
    tags,
  });
}

function contact(day: string, time = '18:00', zone = 'UTC') {
  createCommunicationService(testDb.db, { now: () => NOW }).create({
    occurredAt: instantOfWallTime(day, time, zone),
    timeZone: zone,
    skill: 'calm_logistics',
    counterpart: 'co_parent',
    isContactWithEx: true,
    contactContext: 'co_parenting',
  });
}

const habits = () => createHabitService(testDb.db, { now: () => NOW });

/** `n` days ending on `last`, oldest first. */
function daysEnding(last: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => addDays(last, i - n + 1));
}

describe('insight:list', () => {
  it('answers an empty history with the range on today alone and nothing to compare', () => {
    expect(insights.list({ range: 'all', today: TODAY })).toEqual({
      range: 'all',
      from: TODAY,
      to: TODAY,
      habits: [],
      emotions: [],
      contact: { with: { days: 0, mean: null }, without: { days: 0, mean: null } },
    });
    expect(insights.list({ range: 'month', today: TODAY })).toMatchObject({
      from: '2026-11-21',
      to: TODAY,
    });
  });

  it('starts a range no earlier than the first day the app accepts', () => {
    expect(insights.list({ range: 'year', today: '1900-03-01' })).toMatchObject({
      from: '1900-01-01',
      to: '1900-03-01',
    });
  });

  it('compares a habit, an emotion word and contact over the range, each day as its mean', () => {
    // 15 days, today an even one: 8 even days and 7 odd.
    const days = daysEnding(TODAY, 15);
    const walk = habits().create({
      name: 'Walk 20 minutes',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
    days.forEach((day, i) => {
      const isEven = i % 2 === 0;
      // Even days: two entries, 6 and 8 (mean 7), a walk, "hopeful". Odd days: one entry of 4.
      if (isEven) {
        mood(day, 6, ['hopeful']);
        mood(day, 8, [], '20:00');
        habits().setCheckin({ habitId: walk.id, day, count: 1 });
      } else {
        mood(day, 4, ['Anxious']);
        contact(day);
      }
    });
    // The first day of the walk is before the range: it says nothing about mood here.
    habits().setCheckin({ habitId: walk.id, day: addDays(days[0] ?? TODAY, -40), count: 1 });

    const result = insights.list({ range: 'month', today: TODAY });
    expect(result.habits).toEqual([
      {
        habitId: walk.id,
        name: 'Walk 20 minutes',
        kind: 'build',
        done: { days: 8, mean: 7 },
        notDone: { days: 7, mean: 4 },
      },
    ]);
    // Largest difference first; the word is kept as written.
    expect(result.emotions).toEqual([
      { word: 'Anxious', with: { days: 7, mean: 4 }, without: { days: 8, mean: 7 } },
      { word: 'hopeful', with: { days: 8, mean: 7 }, without: { days: 7, mean: 4 } },
    ]);
    expect(result.contact).toEqual({
      with: { days: 7, mean: 4 },
      without: { days: 8, mean: 7 },
    });
    // A week holds 7 days: 4 even, 3 odd, so nothing is comparable over it.
    const week = insights.list({ range: 'week', today: TODAY });
    expect(week.contact).toEqual({ with: { days: 3, mean: 4 }, without: { days: 4, mean: 7 } });
  });

  it('keeps each entry on the day it was made across a daylight-saving change', () => {
    // New York's clocks go back at 02:00 on 1 November 2026: that day has 25 hours.
    const zone = 'America/New_York';
    mood('2026-10-31', 3, [], '23:30', zone); // 03:30 UTC on 1 November
    mood('2026-11-01', 9, [], '00:30', zone);
    mood('2026-11-01', 5, [], '01:30', zone); // the first of the two 01:30s
    mood('2026-11-01', 7, [], '23:30', zone); // 04:30 UTC on 2 November
    contact('2026-11-01', '01:45', zone);
    const result = insights.list({ range: 'quarter', today: TODAY });
    // 1 November: (9 + 5 + 7) / 3 = 7 with contact; 31 October: 3 without.
    expect(result.contact).toEqual({ with: { days: 1, mean: 7 }, without: { days: 1, mean: 3 } });
  });

  it('reads all time from the first record across a gap of months, and a month only its own days', () => {
    const walk = habits().create({ name: 'Stretch', kind: 'build', targetCount: 1, period: 'day' });
    // January: 7 days walked; then nothing until December, when 7 days were not.
    for (const day of daysEnding('2026-01-20', 7)) {
      mood(day, 8);
      habits().setCheckin({ habitId: walk.id, day, count: 1 });
    }
    for (const day of daysEnding(TODAY, 7)) mood(day, 5);
    const all = insights.list({ range: 'all', today: TODAY });
    expect(all.from).toBe('2026-01-14');
    expect(all.habits[0]).toMatchObject({
      done: { days: 7, mean: 8 },
      // The months between hold no mood entry, so they are on neither side, and today, not
      // done yet, is still going on.
      notDone: { days: 6, mean: 5 },
    });
    const month = insights.list({ range: 'month', today: TODAY });
    expect(month.habits[0]).toMatchObject({
      done: { days: 0, mean: null },
      notDone: { days: 6, mean: 5 },
    });
  });

  it('compares a habit to break by days kept and over, leaving out skips and unrecorded days', () => {
    const texting = habits().create({
      name: 'Texting first',
      kind: 'break',
      targetCount: 0,
      period: 'day',
    });
    const days = daysEnding(TODAY, 10);
    days.forEach((day, i) => mood(day, i + 1));
    // Day 1..3 kept (moods 1, 2, 3), day 4..5 over (4, 5), day 6 skipped, the rest unrecorded.
    days.slice(0, 3).forEach((day) => habits().setCheckin({ habitId: texting.id, day, count: 0 }));
    days.slice(3, 5).forEach((day) => habits().setCheckin({ habitId: texting.id, day, count: 2 }));
    habits().setCheckin({ habitId: texting.id, day: days[5] ?? TODAY, isSkip: true });
    expect(insights.list({ range: 'month', today: TODAY }).habits).toEqual([
      {
        habitId: texting.id,
        name: 'Texting first',
        kind: 'break',
        done: { days: 3, mean: 2 },
        notDone: { days: 2, mean: 4.5 },
      },
    ]);
  });

  it('ends an archived habit on its last record, and leaves out one put away before the range', () => {
    const days = daysEnding(TODAY, 20);
    days.forEach((day) => mood(day, 6));
    const journal = habits().create({
      name: 'Journal',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
    const old = habits().create({
      name: 'Old habit',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
    for (const day of days.slice(0, 5)) habits().setCheckin({ habitId: journal.id, day, count: 1 });
    habits().setCheckin({ habitId: journal.id, day: days[7] ?? TODAY, count: 0 });
    habits().setCheckin({ habitId: old.id, day: '2026-01-05', count: 1 });
    habits().archive(journal.id);
    habits().archive(old.id);
    const result = insights.list({ range: 'month', today: TODAY });
    // Days 1-5 done; days 6-8 not done (the 8th recorded as 0); nothing after its last record.
    expect(result.habits).toEqual([
      {
        habitId: journal.id,
        name: 'Journal',
        kind: 'build',
        done: { days: 5, mean: 6 },
        notDone: { days: 3, mean: 6 },
      },
    ]);
  });
});
