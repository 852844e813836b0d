/** Hand-made data for the report chart tests. */
import { addDays } from '../../../src-main/shared/calendar';
import type { CommunicationGroup, HabitData, MoodDay } from '../../../src-main/report/report-data';

/** `count` days from `from`, moods cycling 1..10. */
export function moodDays(from: string, count: number): MoodDay[] {
  return Array.from({ length: count }, (_, i) => ({
    day: addDays(from, i),
    average: 1 + (i % 10),
    entries: 1,
    hurt: null,
  }));
}

/** The given days, each with the same mood. */
export function sameMood(days: readonly string[], average = 5): MoodDay[] {
  return days.map((day) => ({ day, average, entries: 1, hurt: null }));
}

export function habit(records: HabitData['records'], rule: Partial<HabitData> = {}): HabitData {
  return {
    id: 1,
    name: 'Walk',
    kind: 'build',
    targetCount: 1,
    period: 'day',
    createdDay: '2026-11-30',
    archivedDay: null,
    records,
    notes: [],
    ...rule,
  };
}

/** A check-in of one on each day. */
export function doneOn(days: readonly string[]): HabitData['records'] {
  return days.map((day) => ({ day, count: 1, isSkip: false }));
}

export function group(
  day: string,
  entries: number,
  rest: Partial<CommunicationGroup> = {},
): CommunicationGroup {
  return {
    day,
    skill: 'listening',
    counterpart: 'ex',
    outcome: 'resolved',
    tone: 'civil',
    isContactWithEx: true,
    contactContext: null,
    initiatedBy: null,
    entries,
    ratingSum: 0,
    ratings: 0,
    ...rest,
  };
}
