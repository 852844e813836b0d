import type Database from 'better-sqlite3';
import { createInsightRepo } from '../db/repositories/insight-repo';
import { createJourneyRepo } from '../db/repositories/journey-repo';
import { addDays } from '../shared/calendar';
import type { ChartRequest, Insights } from '../shared/contract/charts';
import type { DayRecord } from '../shared/habit-strength';
import { chartWindow } from '../shared/series/ranges';
import { wentTogether, type HabitFacts } from '../shared/series/went-together';

/**
 * "What went together" over a range ending on the person's today: for each habit, emotion word
 * and contact with the ex, the mean mood on the days it happened and on the days it did not, with
 * both counts. The days and facts are aggregated in SQL (insight-repo), the comparisons made by
 * the shared maths (went-together.ts), which says what counts on each side.
 */
export function createInsightService(db: Database.Database) {
  const repo = createInsightRepo(db);
  const journey = createJourneyRepo(db);

  // Every read comes from one snapshot, so a save between two of them cannot split a day.
  const list = db.transaction(({ range, today }: ChartRequest): Insights => {
    // Only "all time" starts on the first record, and finding it reads every table's oldest day.
    const firstDay = range === 'all' ? journey.firstRecordDay(today) : null;
    const { from, to } = chartWindow(range, today, firstDay);
    // A limit kept by the week is judged by the 7 days ending each day: read 6 days further back.
    const recordsOf = new Map<number, DayRecord[]>();
    for (const { habitId, ...record } of repo.checkins(addDays(from, -6), to)) {
      const records = recordsOf.get(habitId) ?? [];
      records.push(record);
      recordsOf.set(habitId, records);
    }
    const habits = repo.habits(from, to).map((habit): HabitFacts => ({
      habitId: habit.habitId,
      name: habit.name,
      kind: habit.kind,
      targetCount: habit.targetCount,
      period: habit.period,
      firstDay: habit.firstDay,
      lastDay: habit.isArchived ? habit.lastDay : null,
      records: recordsOf.get(habit.habitId) ?? [],
    }));
    const facts = {
      moodDays: repo.moodDays(from, to),
      habits,
      emotionDays: repo.emotionDays(from, to),
      contactDays: repo.contactDays(from, to),
    };
    return { range, from, to, ...wentTogether(facts, from, to, today) };
  });

  return {
    /** What went together with better or worse mood over `range`, ending on `today`. */
    list(request: ChartRequest): Insights {
      return list(request);
    },
  };
}

export type InsightService = ReturnType<typeof createInsightService>;
