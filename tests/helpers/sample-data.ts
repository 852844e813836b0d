import type Database from 'better-sqlite3';
import { dayOfInstant } from '../../src-main/shared/calendar';

/** Text that has broken exports before: emoji, right-to-left scripts, SQL, formulas, quotes. */
export const AWKWARD_TEXTS = [
  '👨‍👩‍👧‍👦 family day, "mostly" fine',
  'مرحبا بالعالم — שלום',
  "Robert'); DROP TABLE mood_entries;--",
  '=HYPERLINK("http://example.invalid","click")',
  '-3 is how low it got',
  '@SUM(A1:A9)',
  'line one\nline two\r\nline three',
  '+1 for trying',
  '\tstarts with a tab',
  '<img src=x onerror=alert(1)>',
  'a, b; c',
  'Plain words.',
  'Last one 🌱',
] as const;

const ZONES = ['Europe/Berlin', 'Pacific/Apia', 'America/New_York', 'Asia/Kathmandu'];

/**
 * Fills every table of the schema with rows written straight in SQL (not through the code under
 * test), including the awkward cases: nulls, skips, booleans, JSON, text keys stored out of
 * alphabetical order. Thirteen mood entries, so that "Mood entry 12" exists.
 */
export function seedEverything(db: Database.Database): void {
  const insertMood = db.prepare(
    `INSERT INTO mood_entries (id, occurred_at, time_zone, local_day, mood, energy, hurt, note,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTag = db.prepare('INSERT INTO mood_entry_tags (entry_id, tag) VALUES (?, ?)');
  db.transaction(() => {
    AWKWARD_TEXTS.forEach((note, i) => {
      const id = i * 3 + 2; // ids with gaps, as deletions leave them
      const at = new Date(Date.UTC(2024, 1, 20 + i, 22, 15 + i)).toISOString();
      const zone = ZONES[i % ZONES.length] ?? 'UTC';
      insertMood.run(
        id,
        at,
        zone,
        dayOfInstant(at, zone),
        (i % 10) + 1,
        i % 3 === 0 ? null : (i % 10) + 1,
        i % 4 === 0 ? null : i % 11,
        i === 11 ? null : note,
        at,
        new Date(Date.UTC(2024, 2, 1 + i)).toISOString(),
      );
      if (i % 2 === 0) insertTag.run(id, 'lonely');
      if (i % 3 === 0) insertTag.run(id, 'zesty 🍋');
    });

    // Text keys stored out of alphabetical order: an import must keep the stored order.
    const insertWord = db.prepare(
      'INSERT INTO custom_emotion_tags (name, created_at) VALUES (?, ?)',
    );
    insertWord.run('zesty 🍋', '2024-01-02T10:00:00.000Z');
    insertWord.run('achy', '2024-01-03T10:00:00.000Z');

    const insertHabit = db.prepare(
      `INSERT INTO habits (id, name, kind, target_count, period, created_at, archived_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    insertHabit.run(4, 'Walk =outside', 'build', 1, 'day', '2024-01-01T08:00:00.000Z', null);
    insertHabit.run(
      9,
      'Check their profile',
      'break',
      0,
      'week',
      '2024-01-05T08:00:00.000Z',
      '2024-03-01T08:00:00.000Z',
    );
    const insertCheckin = db.prepare(
      `INSERT INTO habit_checkins (habit_id, day, count, is_skip, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    insertCheckin.run(
      4,
      '2024-02-28',
      1,
      0,
      'Round the park',
      '2024-02-28T18:00:00.000Z',
      '2024-02-28T18:00:00.000Z',
    );
    insertCheckin.run(
      4,
      '2024-02-29',
      null,
      1,
      null,
      '2024-02-29T18:00:00.000Z',
      '2024-02-29T19:00:00.000Z',
    );
    insertCheckin.run(
      9,
      '2024-02-29',
      2,
      0,
      '-2 again',
      '2024-02-29T20:00:00.000Z',
      '2024-02-29T20:00:00.000Z',
    );

    const insertTalk = db.prepare(
      `INSERT INTO communication_entries (id, occurred_at, time_zone, local_day, skill, counterpart,
         is_contact_with_ex, contact_context, initiated_by, tone, self_rating, outcome, mood_before,
         mood_after, do_differently, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insertTalk.run(
      1,
      '2024-03-01T17:30:00.000Z',
      'Asia/Kathmandu',
      dayOfInstant('2024-03-01T17:30:00.000Z', 'Asia/Kathmandu'),
      'calm_logistics',
      'ex',
      1,
      'co_parenting',
      'them',
      'civil',
      4,
      'resolved',
      4,
      6,
      'Breathe first',
      'Pick-up moved to 5pm, "fine"',
      '2024-03-01T18:00:00.000Z',
      '2024-03-01T18:00:00.000Z',
    );
    insertTalk.run(
      3,
      '2024-03-02T09:00:00.000Z',
      'UTC',
      '2024-03-02',
      'apology',
      'rehearsal_alone',
      0,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      '2024-03-02T09:05:00.000Z',
      '2024-03-02T09:05:00.000Z',
    );

    db.prepare(
      `INSERT INTO trust_checkins (id, occurred_at, time_zone, local_day, trust, tension, note, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      7,
      '2024-03-03T20:00:00.000Z',
      'Europe/Berlin',
      '2024-03-03',
      3,
      8,
      'Uneasy 😬',
      '2024-03-03T20:01:00.000Z',
    );

    const insertStage = db.prepare(
      `INSERT INTO stage_changes (id, stage, changed_at, time_zone, reason, was_suggested)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    insertStage.run(1, 'heal_yourself', '2024-01-01T08:00:00.000Z', 'Europe/Berlin', null, 0);
    insertStage.run(
      2,
      'decide',
      '2024-03-04T08:00:00.000Z',
      'Europe/Berlin',
      'Ready to look honestly',
      1,
    );

    db.prepare(
      `INSERT INTO reflections (id, kind, stage, local_day, answers, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      5,
      'decide_worksheet',
      'decide',
      '2024-03-05',
      JSON.stringify({
        fault: 'both',
        dealBreakers: [],
        changes: ['I listen ✋', 'السلام'],
        score: 0.5,
      }),
      '2024-03-05T10:00:00.000Z',
      '2024-03-05T11:00:00.000Z',
    );

    db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run(
      'unavoidableSituations',
      JSON.stringify(['working_or_studying_together', 'children_together']),
      '2024-01-01T08:05:00.000Z',
    );
  })();
}
