import type Database from 'better-sqlite3';
import { afterAll, test } from 'vitest';
import { bucketExpression } from '../../src-main/db/repositories/chart-repo';
import { CHART_CHANNELS, type ChartChannel } from '../../src-main/shared/ipc-channels';
import { CHART_RANGES, type ChartRange } from '../../src-main/shared/series/ranges';
import type { BucketUnit } from '../../src-main/shared/series/buckets';
import { recordFigure, type Check } from './figures';
import { BENCH_TODAY } from './histories';
import { measureRead, openHistories } from './through-router';

/*
 * Every chart series (chart:* and insight:list) at every range, through the router as the
 * Journey and Insights screens ask for it, over a month, a year and ten years of history, side by
 * side with one hand-written SQL query over the ten-year history that gives the same numbers.
 * Targets: 10 y / 1 m at most 1.2 (a window's cost must not grow with the history around it) and
 * router / SQL at most 1.5 (the router's validation and the service's shaping stay cheap).
 *
 * Two kinds of range are judged differently, and each figure says so:
 * - "all time" grows with the history by definition (up to 2,000 points), so its 10 y / 1 m is
 *   recorded but not a target; it is judged by router / SQL alone.
 * - a quarter or a year reaches past the month-long history's first day, so over that history
 *   the window holds a month of records, not a quarter's or a year's: such a window is judged by
 *   10 y / 1 y (both windows full), and its 10 y / 1 m is recorded in the note.
 */
const histories = openHistories();
afterAll(() => histories.forEach((history) => history.cleanup()));
const tenYears = histories.find((history) => history.span === 'tenYears');

/** The window and bucket the router chose for this range over ten years (the SQL uses the same). */
async function windowOf(
  channel: ChartChannel | 'insight:list',
  range: ChartRange,
): Promise<{ from: string; to: string; bucket: BucketUnit }> {
  if (!tenYears) throw new Error('no ten-year history');
  const series = await tenYears.dispatch(channel, { range, today: BENCH_TODAY });
  if (typeof series !== 'object' || series === null) throw new Error(`${channel}: no series`);
  const { from, to } = series as { from: string; to: string };
  const bucket = 'bucket' in series ? (series as { bucket: BucketUnit }).bucket : 'day';
  return { from, to, bucket };
}

/** The first day anything was recorded: what "all time" starts on. */
const FIRST_RECORD = `(SELECT MIN(day) FROM (
  SELECT MIN(local_day) AS day FROM mood_entries
  UNION ALL SELECT MIN(day) FROM habit_checkins
  UNION ALL SELECT MIN(local_day) FROM communication_entries
  UNION ALL SELECT MIN(local_day) FROM reflections
  UNION ALL SELECT MIN(local_day) FROM trust_checkins))`;

type Baseline = (
  db: Database.Database,
  window: { from: string; to: string; bucket: BucketUnit },
) => () => unknown;

/** One query per series, as a skilled person would write it against our schema. */
const BASELINES: Readonly<Record<ChartChannel | 'insight:list', Baseline | null>> = {
  // Daily means, then bucket means, low, high, counts, and on daily buckets the 7-day rolling
  // mean of the daily means (a window function over the day's number).
  'chart:mood': (db, { from, to, bucket }) => {
    const statement = db.prepare(
      `WITH daily AS (
         SELECT local_day, AVG(mood) AS mean, MIN(mood) AS low, MAX(mood) AS high,
                COUNT(*) AS entries
           FROM mood_entries
          WHERE local_day BETWEEN date(@from, '-6 days') AND @to
          GROUP BY local_day
       ), rolled AS (
         SELECT *, AVG(mean) OVER (ORDER BY julianday(local_day)
                                   RANGE BETWEEN 6 PRECEDING AND CURRENT ROW) AS rolling,
                COUNT(*) OVER (ORDER BY julianday(local_day)
                               RANGE BETWEEN 6 PRECEDING AND CURRENT ROW) AS near
           FROM daily
       )
       SELECT ${bucketExpression('local_day', bucket)} AS day, AVG(mean) AS mean, MIN(low) AS low,
              MAX(high) AS high, SUM(entries) AS entries, COUNT(*) AS days,
              CASE WHEN @isDaily AND MAX(near) >= 4 THEN MAX(rolling) END AS rolling
         FROM rolled WHERE local_day >= @from GROUP BY 1 ORDER BY 1`,
    );
    return () => statement.all({ from, to, isDaily: bucket === 'day' ? 1 : 0 });
  },
  'chart:hurt': (db, { from, to, bucket }) => {
    const statement = db.prepare(
      `WITH daily AS (
         SELECT local_day, AVG(hurt) AS mean, COUNT(*) AS entries FROM mood_entries
          WHERE local_day BETWEEN ? AND ? AND hurt IS NOT NULL GROUP BY local_day
       )
       SELECT ${bucketExpression('local_day', bucket)} AS day, AVG(mean) AS mean,
              SUM(entries) AS entries
         FROM daily GROUP BY 1 ORDER BY 1`,
    );
    return () => statement.all(from, to);
  },
  // Habit strength is Loop's decaying score: no single SQL query gives it (see habit:list).
  'chart:habits': null,
  'chart:practice': (db, { from, to, bucket }) => {
    const statement = db.prepare(
      `SELECT ${bucketExpression('local_day', bucket)} AS day, skill, outcome, COUNT(*) AS count
         FROM communication_entries WHERE local_day BETWEEN ? AND ?
        GROUP BY 1, 2, 3 ORDER BY 1`,
    );
    return () => statement.all(from, to);
  },
  'chart:contact': (db, { from, to, bucket }) => {
    const statement = db.prepare(
      `SELECT ${bucketExpression('local_day', bucket)} AS day, tone, COUNT(*) AS count
         FROM communication_entries
        WHERE local_day BETWEEN ? AND ? AND is_contact_with_ex = 1
        GROUP BY 1, 2 ORDER BY 1`,
    );
    return () => statement.all(from, to);
  },
  // The spans are drawn from every move, the breakup day and the first record.
  'chart:stages': (db) => {
    const statement = db.prepare(
      `SELECT s.id, s.stage, s.changed_at, s.time_zone, s.reason, s.was_suggested,
              (SELECT value FROM settings WHERE key = 'breakupDay') AS breakup_day,
              ${FIRST_RECORD} AS first_record
         FROM stage_changes s ORDER BY s.changed_at, s.id`,
    );
    return () => statement.all();
  },
  // Mood on days with and without each habit, word and contact: one query of daily facts (the
  // comparison's inputs), which the router's answer summarises.
  'insight:list': (db, { from, to }) => {
    const statement = db.prepare(
      `SELECT d.day, d.mean,
              (SELECT json_group_array(tag) FROM mood_entry_tags t
                 JOIN mood_entries e ON e.id = t.entry_id WHERE e.local_day = d.day) AS words,
              (SELECT json_group_array(json_array(habit_id, count, is_skip)) FROM habit_checkins c
                WHERE c.day = d.day) AS habits,
              EXISTS (SELECT 1 FROM communication_entries c
                       WHERE c.local_day = d.day AND c.is_contact_with_ex = 1) AS contact
         FROM (SELECT local_day AS day, AVG(mood) AS mean FROM mood_entries
                WHERE local_day BETWEEN ? AND ? GROUP BY local_day) d`,
    );
    return () => statement.all(from, to);
  },
};

for (const channel of [...CHART_CHANNELS, 'insight:list'] as const) {
  test(`${channel} at every range`, async () => {
    for (const range of CHART_RANGES) {
      const window = await windowOf(channel, range);
      const baseline = BASELINES[channel];
      const input = { range, today: BENCH_TODAY };
      const ms = await measureRead(
        histories,
        channel,
        input,
        baseline ? (db) => baseline(db, window) : null,
      );
      const isAllTime = range === 'all';
      const isPastTheMonth = range === 'quarter' || range === 'year';
      const checks: Check[] = [];
      if (!isAllTime && !isPastTheMonth) {
        checks.push({ label: '10 y / 1 m', value: ms.tenYears / ms.month, atMost: 1.2 });
      }
      if (isPastTheMonth) {
        checks.push({ label: '10 y / 1 y', value: ms.tenYears / ms.year, atMost: 1.2 });
      }
      if (ms.sql !== null) {
        checks.push({ label: 'router / SQL', value: ms.tenYears / ms.sql, atMost: 1.5 });
      }
      const notes = [
        isAllTime
          ? `10 y / 1 m ${(ms.tenYears / ms.month).toFixed(2)}, not a target: all time grows with the history (judged by router / SQL)`
          : '',
        isPastTheMonth
          ? `10 y / 1 m ${(ms.tenYears / ms.month).toFixed(2)}, not a target: over the month-long history this window holds a month of records, so 10 y / 1 y compares full windows`
          : '',
        ms.sql !== null
          ? `SQL over 10 y: ${ms.sql.toFixed(2)} ms`
          : 'no SQL baseline: strength is Loop’s decaying score, computed in code from stored checkpoints',
      ].filter((note) => note !== '');
      recordFigure({
        id: `router/${channel}/${range}`,
        section: 'Chart series through the router',
        what: `${channel}, ${range}`,
        unit: 'ms',
        byHistory: { month: ms.month, year: ms.year, tenYears: ms.tenYears },
        checks,
        note: notes.join('; '),
      });
    }
  });
}
