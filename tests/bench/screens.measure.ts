import type Database from 'better-sqlite3';
import { afterAll, test } from 'vitest';
import { addDays } from '../../src-main/shared/calendar';
import type { Channel } from '../../src-main/shared/ipc-channels';
import { DECIDE_WORKSHEET_KIND } from '../../src-main/shared/journey/decide-words';
import { HONEST_REFLECTION_KIND } from '../../src-main/shared/journey/honest-reflection';
import { recordFigure, type Check } from './figures';
import { BENCH_TODAY } from './histories';
import { measureRead, openHistories } from './through-router';

/*
 * Every read a screen makes when it opens (src-renderer/features/*), through the router with the
 * input the screen sends on BENCH_TODAY, over a month, a year and ten years of history, side by
 * side with one hand-written SQL query over the ten-year history that gives the same numbers.
 * Targets: 10 y / 1 m at most 1.2 and router / SQL at most 1.5.
 *
 * Reads whose window is longer than the month-long history (the Communication screen's 90 days,
 * Take it Slow's 12 months) hold fewer records over that history than over the others, so they
 * are judged by 10 y / 1 y instead, both windows full. Reads that score habits (habit:list, habit:history, the
 * journey overview, apology drafts) have no single SQL query: strength is Loop's decaying score,
 * computed in code from stored checkpoints, so they are judged by 10 y / 1 m alone.
 */
const histories = openHistories();
afterAll(() => histories.forEach((history) => history.cleanup()));

const TODAY = BENCH_TODAY;
const MOOD_DAYS = { from: addDays(TODAY, -29), to: TODAY };
const CALENDAR_MONTH = { from: `${TODAY.slice(0, 8)}01`, to: `${TODAY.slice(0, 8)}30` };
const CONVERSATION_DAYS = { from: addDays(TODAY, -89), to: TODAY };
const SLOW_MONTHS = { from: `${addDays(`${TODAY.slice(0, 8)}01`, -334).slice(0, 8)}01`, to: TODAY };
const EARLIEST = '1900-01-01';

const MOOD_ENTRY_SQL = `
  SELECT e.id, e.occurred_at, e.time_zone, e.local_day, e.mood, e.energy, e.hurt, e.note,
         e.created_at, e.updated_at,
         (SELECT json_group_array(tag) FROM (
            SELECT tag FROM mood_entry_tags WHERE entry_id = e.id ORDER BY tag)) AS tags
    FROM mood_entries e WHERE e.local_day BETWEEN ? AND ?
   ORDER BY e.occurred_at DESC, e.id DESC`;
const CONVERSATION_SQL = `SELECT * FROM communication_entries WHERE local_day BETWEEN ? AND ?
   ORDER BY occurred_at DESC, id DESC LIMIT ?`;
const TRUST_SQL = `SELECT * FROM trust_checkins WHERE local_day BETWEEN ? AND ?
   ORDER BY occurred_at DESC, id DESC LIMIT ?`;

interface ScreenRead {
  readonly id: string;
  /** The screen and what it reads, as the table shows it. */
  readonly what: string;
  readonly channel: Channel;
  readonly input: unknown;
  /** The hand-written query (prepared once) and its call; null when no query gives the numbers. */
  readonly sql: ((db: Database.Database) => () => unknown) | null;
  /** The window holds more days than the month-long history: judge 10 y / 1 y too. */
  readonly isPastTheMonth?: boolean;
}

function query(sql: string, ...params: unknown[]): (db: Database.Database) => () => unknown {
  return (db) => {
    const statement = db.prepare(sql);
    return () => statement.all(...params);
  };
}

const READS: readonly ScreenRead[] = [
  {
    id: 'today/habits',
    what: 'Today: habit:list',
    channel: 'habit:list',
    input: { day: TODAY, includeArchived: false },
    sql: null,
  },
  {
    id: 'today/moods',
    what: 'Today: mood:list (today)',
    channel: 'mood:list',
    input: { from: TODAY, to: TODAY },
    sql: query(MOOD_ENTRY_SQL, TODAY, TODAY),
  },
  {
    id: 'mood/list',
    what: 'Mood: mood:list (30 days)',
    channel: 'mood:list',
    input: MOOD_DAYS,
    sql: query(MOOD_ENTRY_SQL, MOOD_DAYS.from, MOOD_DAYS.to),
  },
  {
    id: 'mood/daily',
    what: 'Mood: mood:daily (30 days)',
    channel: 'mood:daily',
    input: MOOD_DAYS,
    sql: query(
      `SELECT local_day AS day, AVG(mood) AS average, COUNT(*) AS count FROM mood_entries
        WHERE local_day BETWEEN ? AND ? GROUP BY local_day ORDER BY local_day`,
      MOOD_DAYS.from,
      MOOD_DAYS.to,
    ),
  },
  {
    id: 'mood/grid',
    what: 'Mood: mood:grid (30 days)',
    channel: 'mood:grid',
    input: MOOD_DAYS,
    sql: query(
      `SELECT mood, energy, COUNT(*) AS count FROM mood_entries
        WHERE local_day BETWEEN ? AND ? GROUP BY mood, energy ORDER BY mood, energy`,
      MOOD_DAYS.from,
      MOOD_DAYS.to,
    ),
  },
  {
    id: 'mood/calendar',
    what: 'Mood calendar: mood:daily (this month)',
    channel: 'mood:daily',
    input: CALENDAR_MONTH,
    sql: query(
      `SELECT local_day AS day, AVG(mood) AS average, COUNT(*) AS count FROM mood_entries
        WHERE local_day BETWEEN ? AND ? GROUP BY local_day ORDER BY local_day`,
      CALENDAR_MONTH.from,
      CALENDAR_MONTH.to,
    ),
  },
  {
    id: 'mood/tags',
    what: 'Mood, Today, Settings: tag:list',
    channel: 'tag:list',
    input: {},
    sql: query('SELECT name, created_at FROM custom_emotion_tags ORDER BY name'),
  },
  {
    id: 'communication/list',
    what: 'Communication: communication:list (90 days)',
    channel: 'communication:list',
    input: CONVERSATION_DAYS,
    sql: query(CONVERSATION_SQL, CONVERSATION_DAYS.from, CONVERSATION_DAYS.to, -1),
    isPastTheMonth: true,
  },
  {
    id: 'communication/earlier',
    what: 'Communication: anything earlier (limit 1)',
    channel: 'communication:list',
    input: { from: EARLIEST, to: addDays(CONVERSATION_DAYS.from, -1), limit: 1 },
    sql: query(CONVERSATION_SQL, EARLIEST, addDays(CONVERSATION_DAYS.from, -1), 1),
  },
  {
    id: 'settings/get',
    what: 'Communication, Journey, Settings: settings:get',
    channel: 'settings:get',
    input: {},
    sql: query('SELECT key, value FROM settings'),
  },
  {
    id: 'habits/list',
    what: 'Habits, Insights: habit:list (with archived)',
    channel: 'habit:list',
    input: { day: TODAY, includeArchived: true },
    sql: null,
  },
  {
    id: 'journey/stages',
    what: 'Journey: stage:list',
    channel: 'stage:list',
    input: {},
    sql: query('SELECT * FROM stage_changes ORDER BY changed_at, id'),
  },
  {
    id: 'journey/overview',
    what: 'Journey, where you are now: journey:overview',
    channel: 'journey:overview',
    input: { day: TODAY },
    sql: null,
  },
  {
    id: 'journey/honest',
    what: 'Journey, honest reflection: honest:list',
    channel: 'honest:list',
    input: {},
    sql: query(
      'SELECT * FROM reflections WHERE kind = ? ORDER BY local_day DESC, created_at DESC, id DESC',
      HONEST_REFLECTION_KIND,
    ),
  },
  {
    id: 'decide/worksheets',
    what: 'Decide: worksheet:list',
    channel: 'worksheet:list',
    input: {},
    sql: query(
      'SELECT * FROM reflections WHERE kind = ? ORDER BY local_day DESC, created_at DESC, id DESC',
      DECIDE_WORKSHEET_KIND,
    ),
  },
  {
    id: 'apology/list',
    what: 'Apology: apology:list',
    channel: 'apology:list',
    input: { day: TODAY },
    sql: null,
  },
  {
    id: 'slow/list',
    what: 'Take it slow: trust:list (12 months)',
    channel: 'trust:list',
    input: SLOW_MONTHS,
    sql: query(TRUST_SQL, SLOW_MONTHS.from, SLOW_MONTHS.to, -1),
    isPastTheMonth: true,
  },
  {
    id: 'slow/summary',
    what: 'Take it slow, Heal & grow: trust:summary (12 months)',
    channel: 'trust:summary',
    input: SLOW_MONTHS,
    sql: query(
      `SELECT 'day' AS what, local_day, AVG(trust), AVG(tension), COUNT(*), NULL, NULL
         FROM trust_checkins WHERE local_day BETWEEN @from AND @to GROUP BY local_day
       UNION ALL
       SELECT 'conflict', local_day, NULL, NULL, NULL, outcome, tone FROM communication_entries
        WHERE local_day BETWEEN @from AND @to
          AND skill IN ('conflict_resolution', 'repair_after_conflict')`,
      SLOW_MONTHS,
    ),
    isPastTheMonth: true,
  },
  {
    id: 'slow/earlier',
    what: 'Take it slow: anything earlier (limit 1)',
    channel: 'trust:list',
    input: { from: EARLIEST, to: addDays(SLOW_MONTHS.from, -1), limit: 1 },
    sql: query(TRUST_SQL, EARLIEST, addDays(SLOW_MONTHS.from, -1), 1),
  },
  {
    id: 'settings/info',
    what: 'Settings: app:info',
    channel: 'app:info',
    input: {},
    sql: null,
  },
];

for (const read of READS) {
  test(read.what, async () => {
    const ms = await measureRead(histories, read.channel, read.input, read.sql);
    // A window longer than the month-long history is judged where both windows are full.
    const checks: Check[] = read.isPastTheMonth
      ? [{ label: '10 y / 1 y', value: ms.tenYears / ms.year, atMost: 1.2 }]
      : [{ label: '10 y / 1 m', value: ms.tenYears / ms.month, atMost: 1.2 }];
    if (ms.sql !== null) {
      checks.push({ label: 'router / SQL', value: ms.tenYears / ms.sql, atMost: 1.5 });
    }
    const notes = [
      read.isPastTheMonth
        ? `10 y / 1 m ${(ms.tenYears / ms.month).toFixed(2)}, not a target: its window is longer than the month-long history, so 10 y / 1 y compares full windows`
        : '',
      ms.sql !== null
        ? `SQL over 10 y: ${ms.sql.toFixed(3)} ms`
        : read.channel === 'app:info'
          ? 'reads no history'
          : 'no SQL baseline: habit strength is Loop’s decaying score, computed in code from stored checkpoints',
    ].filter((note) => note !== '');
    recordFigure({
      id: `router/screen/${read.id}`,
      section: 'Screens through the router',
      what: read.what,
      unit: 'ms',
      byHistory: { month: ms.month, year: ms.year, tenYears: ms.tenYears },
      checks,
      note: notes.join('; '),
    });
  });
}
