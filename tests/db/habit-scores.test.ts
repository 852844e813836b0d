import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup, restoreBackup } from '../../src-main/db/backup';
import { checkpointDays, createHabitScores } from '../../src-main/db/habit-scores';
import { createHabitRepo } from '../../src-main/db/repositories/habit-repo';
import { generateHistory } from '../../src-main/sample/generate-history';
import { createApologyService } from '../../src-main/services/apology-service';
import { createChartService } from '../../src-main/services/chart-service';
import { createExportService } from '../../src-main/services/export-service';
import { createHabitService, type HabitService } from '../../src-main/services/habit-service';
import { createImportService } from '../../src-main/services/import-service';
import { createJourneyService } from '../../src-main/services/journey-service';
import { addDays, daysBetween, monthRange, weekdayIndex } from '../../src-main/shared/calendar';
import type { Habit, HabitSummary } from '../../src-main/shared/contract/habits';
import { keptLately, periodProgress } from '../../src-main/shared/habit-kept';
import {
  metTarget,
  scoreCheckpoints,
  scoreHabitDays,
  summarizeHabit,
  type DayRecord,
} from '../../src-main/shared/habit-strength';
import { createTestDatabase } from '../helpers/test-db';

/*
 * The fast path (habit:list and habit:history reading a stored checkpoint and the weeks after it)
 * must answer exactly what scoring every check-in from the first gives: on every day of a
 * generated history, and again after each kind of write a person can make in the middle of it.
 * The reference below is the code habit:list and habit:history ran before checkpoints existed.
 */
const TODAY = '2026-11-27';
const NOW = new Date(`${TODAY}T12:00:00.000Z`);

let testDb: ReturnType<typeof createTestDatabase>;
let service: HabitService;
let from: string;
beforeEach(() => {
  testDb = createTestDatabase();
  from = generateHistory(testDb.db, { years: 1, today: TODAY, seed: 11 }).from;
  service = createHabitService(testDb.db, { now: () => NOW });
});
afterEach(() => testDb.cleanup());

function allRecords(db: Database.Database, day: string): Map<number, DayRecord[]> {
  return createHabitRepo(db).recordsUpTo(day);
}

/** habit:list as it was computed before checkpoints: from every record. */
function listFromScratch(db: Database.Database, day: string): HabitSummary[] {
  const repo = createHabitRepo(db);
  const records = allRecords(db, day);
  const onDay = repo.checkinsOn(day);
  return repo.listHabits(true).map((habit) => {
    const own = records.get(habit.id) ?? [];
    const asOf = habit.archivedAt === null ? day : (own.at(-1)?.day ?? day);
    return {
      ...habit,
      ...summarizeHabit(habit, own, asOf),
      keptLately: keptLately(habit, own, asOf),
      thisPeriod: periodProgress(habit, own, asOf),
      today: onDay.get(habit.id) ?? null,
    };
  });
}

function historyFromScratch(db: Database.Database, habit: Habit, start: string, end: string) {
  const repo = createHabitRepo(db);
  const scored = scoreHabitDays(habit, repo.habitRecordsUpTo(habit.id, end), start, end);
  const days = repo.history(habit.id, start, end).map((row, i) => ({
    ...row,
    strength: scored[i]?.strength,
    metTarget: metTarget(scored[i]?.outcome ?? 'unrecorded'),
  }));
  return { habit, days };
}

/** Every stored checkpoint is what scoring from the first record gives, and none is missing. */
function expectCheckpointsTrue(db: Database.Database): void {
  expect(createHabitScores(db).refreshAll()).toBe(0);
  const records = allRecords(db, '9999-12-31');
  for (const habit of createHabitRepo(db).listHabits(true)) {
    const stored = db
      .prepare<[number], { day: string; strength: number; state: string }>(
        'SELECT day, strength, state FROM habit_score_checkpoints WHERE habit_id = ? ORDER BY day',
      )
      .all(habit.id)
      .map((r) => ({ day: r.day, strength: r.strength, ...(JSON.parse(r.state) as object) }));
    const own = records.get(habit.id) ?? [];
    const last = own.at(-1)?.day;
    if (last === undefined) {
      expect(stored).toEqual([]);
      continue;
    }
    expect(stored.at(-1)?.day).toBe(last);
    expect(stored.slice(0, -1).every((c) => weekdayIndex(c.day) === 6)).toBe(true);
    expect(stored).toEqual(
      scoreCheckpoints(
        habit,
        own,
        last,
        stored.map((s) => s.day),
      ),
    );
    // One a week (on Sundays) and the last day: never one per check-in.
    expect(stored.length).toBeLessThanOrEqual(
      daysBetween(own[0]?.day ?? last, last).length / 7 + 2,
    );
  }
}

function expectListsAgree(db: Database.Database, days: readonly string[], habits = service): void {
  for (const day of days) expect(habits.list(day, true), day).toEqual(listFromScratch(db, day));
}

function activeHabits(): Habit[] {
  return createHabitRepo(testDb.db).listHabits(false);
}

function firstRecordDay(habitId: number): string {
  return allRecords(testDb.db, TODAY).get(habitId)?.[0]?.day ?? TODAY;
}

const around = (day: string) => [addDays(day, -1), day, addDays(day, 1), addDays(day, 30), TODAY];

describe('habit scores from checkpoints', () => {
  it('agree with scoring from the first check-in on every day of a generated year, for every habit', () => {
    expectCheckpointsTrue(testDb.db);
    expectListsAgree(testDb.db, daysBetween(addDays(from, -1), TODAY));
    for (const habit of createHabitRepo(testDb.db).listHabits(true)) {
      for (let month = from.slice(0, 7); month <= TODAY.slice(0, 7);) {
        const range = monthRange(month);
        expect(service.history({ habitId: habit.id, ...range })).toEqual(
          historyFromScratch(testDb.db, habit, range.from, range.to),
        );
        month = addDays(range.to, 1).slice(0, 7);
      }
      expect(service.history({ habitId: habit.id, from, to: TODAY })).toEqual(
        historyFromScratch(testDb.db, habit, from, TODAY),
      );
    }
  });

  it('still agree after back-filling, editing, clearing, undoing, skipping and a rule change in the middle of the history', () => {
    const [first, second, third] = activeHabits();
    if (!first || !second || !third) throw new Error('three active habits expected');
    const middle = addDays(TODAY, -180);

    // Back-filling a day before the habit's first record moves its start.
    const before = addDays(firstRecordDay(first.id), -12);
    service.setCheckin({ habitId: first.id, day: before, count: 3 });
    expectCheckpointsTrue(testDb.db);
    expectListsAgree(testDb.db, around(before));

    // An edit, then clearing the same day, then Undo putting it back.
    service.setCheckin({ habitId: second.id, day: middle, count: 4, note: 'a long walk' });
    expectCheckpointsTrue(testDb.db);
    expectListsAgree(testDb.db, around(middle));
    const { previous } = service.clearCheckin(second.id, middle);
    expectCheckpointsTrue(testDb.db);
    expectListsAgree(testDb.db, around(middle));
    service.restoreCheckin({ habitId: second.id, day: middle, previous });
    expectCheckpointsTrue(testDb.db);

    // A skip, and a day cleared that was the last recorded one.
    service.setCheckin({ habitId: third.id, day: addDays(middle, 9), isSkip: true });
    const last = allRecords(testDb.db, TODAY).get(third.id)?.at(-1)?.day ?? TODAY;
    service.clearCheckin(third.id, last);
    expectCheckpointsTrue(testDb.db);
    expectListsAgree(testDb.db, around(addDays(middle, 9)));

    // A new target scores the whole history again by the new rule.
    service.update({
      id: first.id,
      name: first.name,
      targetCount: first.targetCount + 1,
      period: first.period === 'day' ? 'week' : 'day',
    });
    expectCheckpointsTrue(testDb.db);

    expectListsAgree(testDb.db, daysBetween(addDays(from, -20), TODAY));
  });

  it('are worked out again for an imported file, and for a restored backup', async () => {
    const exported = createExportService(testDb.db, { appVersion: 'test', now: () => NOW }).build();
    const target = createTestDatabase();
    const backups = mkdtempSync(join(tmpdir(), 'mending-scores-backups-'));
    try {
      createImportService(target.db).replaceAll(exported);
      expectCheckpointsTrue(target.db);
      const imported = createHabitService(target.db, { now: () => NOW });
      expectListsAgree(target.db, daysBetween(addDays(TODAY, -70), TODAY), imported);

      const backup = await createBackup(testDb.db, backups, { kind: 'manual' }, { now: NOW });
      const [habit] = activeHabits();
      if (!habit) throw new Error('an active habit expected');
      service.setCheckin({ habitId: habit.id, day: addDays(TODAY, -200), isSkip: true });
      await restoreBackup(testDb.db, backups, backup.fileName, {
        now: new Date(NOW.getTime() + 60_000),
      });
      expectCheckpointsTrue(testDb.db);
      expectListsAgree(testDb.db, daysBetween(addDays(TODAY, -230), TODAY));
    } finally {
      target.cleanup();
      rmSync(backups, { recursive: true, force: true });
    }
  });

  it('read only the weeks after the newest checkpoint, not every check-in ever made', () => {
    const scores = createHabitScores(testDb.db);
    for (const habit of activeHabits()) {
      const { since, records } = scores.recordsSince(habit.id, addDays(TODAY, -34), TODAY);
      if (firstRecordDay(habit.id) >= addDays(TODAY, -66)) continue;
      expect(since?.day).toBeDefined();
      expect(records.every((r) => r.day > addDays(TODAY, -67))).toBe(true);
    }
  });
});

/**
 * What `read` answers with every checkpoint gone, so each habit is scored from its first
 * check-in: the reference. The checkpoints come back (a savepoint rolled back), unchanged.
 */
function fromScratch<T>(db: Database.Database, read: () => T): T {
  db.exec('SAVEPOINT from_scratch');
  try {
    db.exec('DELETE FROM habit_score_checkpoints');
    return read();
  } finally {
    db.exec('ROLLBACK TO from_scratch; RELEASE from_scratch');
  }
}

describe('the other screens that show habit scores', () => {
  it('say the same from checkpoints as from every check-in: where you are, apology evidence, habit charts', () => {
    const db = testDb.db;
    const options = { now: () => NOW };
    const journey = createJourneyService(db, options);
    const apology = createApologyService(db, options);
    const charts = createChartService(db, options);
    // Every third day of the year (each weekday and each place in a checkpoint's week comes up).
    const days = daysBetween(addDays(from, -1), TODAY).filter((_, i) => i % 3 === 0);
    for (const day of days) {
      expect(journey.overview(day), day).toEqual(fromScratch(db, () => journey.overview(day)));
      expect(apology.list(day).evidence, day).toEqual(
        fromScratch(db, () => apology.list(day).evidence),
      );
    }
    for (const today of days.filter((_, i) => i % 5 === 0)) {
      for (const range of ['week', 'month', 'quarter', 'year', 'all'] as const) {
        const request = { range, today };
        expect(charts.habits(request), `${range} to ${today}`).toEqual(
          fromScratch(db, () => charts.habits(request)),
        );
      }
    }
    expect(createHabitScores(db).refreshAll()).toBe(0);
  });
});

describe('checkpointDays', () => {
  /** The rule in words: each recorded week's Sunday before the last day, then the last day. */
  function byTheCalendar(records: readonly { day: string }[], last: string): string[] {
    const days = new Set<string>();
    for (const { day } of records) {
      const sunday = addDays(day, 6 - weekdayIndex(day));
      if (sunday < last) days.add(sunday);
    }
    days.add(last);
    return [...days];
  }

  it('keeps the Sunday of every recorded week before the last day, then the last day', () => {
    const records = [
      '1900-01-01',
      '1900-01-07',
      '1969-12-31',
      '1970-01-04',
      '2024-02-29',
      '2026-11-23',
      '2026-11-29',
      '2026-11-30',
    ].map((day) => ({ day, count: 1, isSkip: false }));
    expect(checkpointDays(records, '2026-11-30')).toEqual(byTheCalendar(records, '2026-11-30'));
    expect(checkpointDays(records, '2026-11-30')).toEqual([
      '1900-01-07',
      '1970-01-04',
      '2024-03-03',
      '2026-11-29',
      '2026-11-30',
    ]);
    // A last day that is itself a Sunday is kept once.
    expect(checkpointDays(records.slice(0, 7), '2026-11-29')).toEqual(
      byTheCalendar(records.slice(0, 7), '2026-11-29'),
    );
  });
});
