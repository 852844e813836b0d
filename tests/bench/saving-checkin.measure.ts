import type Database from 'better-sqlite3';
import { afterAll, test } from 'vitest';
import { addDays } from '../../src-main/shared/calendar';
import { recordFigure } from './figures';
import { BENCH_TODAY } from './histories';
import { measureCalls, openHistories } from './through-router';

/*
 * Saving a habit check-in (checkin:set) through the router: validated once, written with the
 * habit's score brought up to date in the same transaction, read back and checked against the
 * contract. Two figures, because the two saves do different work by design:
 *
 * - the usual save, today's check-in for a habit that has been kept for years: the score goes on
 *   from the last week-end checkpoint, a few days of arithmetic, so it is judged against a bare
 *   prepared upsert of the same row (same pragmas, same triggers) and must not grow with the
 *   history;
 * - a back-fill ten years back changes every score after it, so it re-scores the habit from that
 *   day on: recorded with its cost, no ratio target.
 *
 * Habit 1 ("Walk outside", daily) is active in every generated history. The count changes on
 * every call (1 to 5), so each save writes.
 */
const histories = openHistories();
afterAll(() => histories.forEach((history) => history.cleanup()));

const HABIT_ID = 1;
const at = (n: number) => new Date(Date.parse('2026-11-27T08:00:00.000Z') + n * 1000).toISOString();

function counter(): () => number {
  let n = 0;
  return () => {
    n += 1;
    return n;
  };
}

/** The bare side: one prepared upsert of the same row, nothing else. */
function bareUpsert(db: Database.Database, day: string): () => unknown {
  const upsert = db.prepare<[number, string, number, string, string]>(
    `INSERT INTO habit_checkins (habit_id, day, count, is_skip, created_at, updated_at)
     VALUES (?, ?, ?, 0, ?, ?)
     ON CONFLICT (habit_id, day) DO UPDATE
       SET count = excluded.count, is_skip = 0, updated_at = excluded.updated_at`,
  );
  const next = counter();
  return () => {
    const n = next();
    const when = at(n);
    return upsert.run(HABIT_ID, day, (n % 5) + 1, when, when);
  };
}

test("saving today's habit check-in (checkin:set)", async () => {
  const next = counter();
  const ms = await measureCalls(
    histories,
    'checkin:set',
    () => ({ habitId: HABIT_ID, day: BENCH_TODAY, count: (next() % 5) + 1 }),
    (db) => bareUpsert(db, BENCH_TODAY),
  );
  if (ms.sql === null) throw new Error('a bare upsert was measured');
  recordFigure({
    id: 'saving/checkin-today',
    section: 'Saving',
    what: "saving today's habit check-in (checkin:set)",
    unit: 'ms',
    byHistory: { month: ms.month, year: ms.year, tenYears: ms.tenYears },
    checks: [
      { label: 'router / bare upsert', value: ms.tenYears / ms.sql, atMost: 1.5 },
      { label: '10 y / 1 m', value: ms.tenYears / ms.month, atMost: 1.2 },
    ],
    note: `bare prepared upsert of the same row over 10 y: ${ms.sql.toFixed(3)} ms, same pragmas (WAL, synchronous=FULL) and triggers`,
  });
});

test('back-filling a habit check-in ten years back (checkin:set)', async () => {
  const day = addDays(BENCH_TODAY, -3650);
  const next = counter();
  const ms = await measureCalls(
    histories,
    'checkin:set',
    () => ({ habitId: HABIT_ID, day, count: (next() % 5) + 1 }),
    (db) => bareUpsert(db, day),
  );
  if (ms.sql === null) throw new Error('a bare upsert was measured');
  recordFigure({
    id: 'saving/checkin-backfill',
    section: 'Saving',
    what: 'back-filling a habit check-in ten years back (checkin:set)',
    unit: 'ms',
    byHistory: { month: ms.month, year: ms.year, tenYears: ms.tenYears },
    checks: [],
    note: `re-scores the habit from ${day} on, by design (every later score depends on it); over 10 y that is every day of its history. Bare upsert of the same row: ${ms.sql.toFixed(3)} ms`,
  });
});
