import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations } from '../../../src-main/db/migrations/index';

type Row = Record<string, string | number | null>;

const NOW = '2026-03-01T09:00:00.000Z';
const STAGES = ['heal_yourself', 'decide', 'apologize', 'take_it_slow', 'heal_and_grow'];

/** The columns other code is written against, in order. */
const COLUMNS: Record<string, string[]> = {
  mood_entries: [
    'id',
    'occurred_at',
    'time_zone',
    'local_day',
    'mood',
    'energy',
    'hurt',
    'note',
    'created_at',
    'updated_at',
  ],
  mood_entry_tags: ['entry_id', 'tag'],
  custom_emotion_tags: ['name', 'created_at'],
  habits: ['id', 'name', 'kind', 'target_count', 'period', 'created_at', 'archived_at'],
  habit_checkins: ['habit_id', 'day', 'count', 'is_skip', 'note', 'created_at', 'updated_at'],
  communication_entries: [
    'id',
    'occurred_at',
    'time_zone',
    'local_day',
    'skill',
    'counterpart',
    'is_contact_with_ex',
    'contact_context',
    'initiated_by',
    'tone',
    'self_rating',
    'outcome',
    'mood_before',
    'mood_after',
    'do_differently',
    'note',
    'created_at',
    'updated_at',
  ],
  trust_checkins: [
    'id',
    'occurred_at',
    'time_zone',
    'local_day',
    'trust',
    'tension',
    'note',
    'created_at',
  ],
  stage_changes: ['id', 'stage', 'changed_at', 'time_zone', 'reason', 'was_suggested'],
  reflections: ['id', 'kind', 'stage', 'local_day', 'answers', 'created_at', 'updated_at'],
  settings: ['key', 'value', 'updated_at'],
};

/** A row each table accepts; every case below changes one thing about it. */
const VALID: Record<string, Row> = {
  mood_entries: {
    occurred_at: NOW,
    time_zone: 'Europe/Paris',
    local_day: '2026-03-01',
    mood: 5,
    energy: null,
    hurt: null,
    note: null,
    created_at: NOW,
    updated_at: NOW,
  },
  mood_entry_tags: { entry_id: 1, tag: 'hopeful' },
  custom_emotion_tags: { name: 'wistful', created_at: NOW },
  habits: {
    name: 'Evening walk',
    kind: 'build',
    target_count: 1,
    period: 'day',
    created_at: NOW,
    archived_at: null,
  },
  habit_checkins: {
    habit_id: 1,
    day: '2026-03-02',
    count: 1,
    is_skip: 0,
    note: null,
    created_at: NOW,
    updated_at: NOW,
  },
  communication_entries: {
    occurred_at: NOW,
    time_zone: 'Europe/Paris',
    local_day: '2026-03-01',
    skill: 'calm_logistics',
    counterpart: 'co_parent',
    is_contact_with_ex: 1,
    contact_context: 'co_parenting',
    initiated_by: 'them',
    tone: 'civil',
    self_rating: 4,
    outcome: 'resolved',
    mood_before: 4,
    mood_after: 6,
    do_differently: 'Pause before answering.',
    note: null,
    created_at: NOW,
    updated_at: NOW,
  },
  trust_checkins: {
    occurred_at: NOW,
    time_zone: 'Europe/Paris',
    local_day: '2026-03-01',
    trust: 5,
    tension: 5,
    note: null,
    created_at: NOW,
  },
  stage_changes: {
    stage: 'heal_yourself',
    changed_at: NOW,
    time_zone: 'Europe/Paris',
    reason: 'Starting out',
    was_suggested: 0,
  },
  reflections: {
    kind: 'right_reasons',
    stage: 'heal_yourself',
    local_day: '2026-03-01',
    answers: '{"q1":"yes"}',
    created_at: NOW,
    updated_at: NOW,
  },
  settings: { key: 'theme', value: '"dark"', updated_at: NOW },
};

function validRow(table: string): Row {
  const row = VALID[table];
  if (!row) throw new Error(`No valid row for ${table}`);
  return row;
}

const databases: Database.Database[] = [];

afterEach(() => {
  for (const db of databases.splice(0)) db.close();
});

/** An empty database with only this migration applied, plus a mood entry and a habit (id 1). */
function migratedDb(): Database.Database {
  const db = new Database(':memory:');
  databases.push(db);
  db.pragma('foreign_keys = ON');
  runMigrations(
    db,
    MIGRATIONS.filter((m) => m.version <= 1),
  );
  insert(db, 'mood_entries', validRow('mood_entries'));
  insert(db, 'habits', validRow('habits'));
  return db;
}

function insert(db: Database.Database, table: string, row: Row): void {
  const columns = Object.keys(row);
  db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
}

function constraintFailure(action: () => void): string {
  try {
    action();
  } catch (error) {
    if (error instanceof Database.SqliteError) return error.code;
    throw error;
  }
  return 'accepted';
}

const each = (table: string, column: string, values: readonly string[]) =>
  values.map((value): [string, Row] => [table, { [column]: value }]);

const ACCEPTED: Array<[string, Row]> = [
  ['mood_entries', { mood: 1 }],
  ['mood_entries', { mood: 10 }],
  ['mood_entries', { energy: 1, hurt: 0 }],
  ['mood_entries', { energy: 10, hurt: 10, note: 'Long day.' }],
  ['mood_entry_tags', { tag: 'my own word' }],
  ['custom_emotion_tags', {}],
  ['habits', { kind: 'break', target_count: 0, period: 'week' }],
  ['habits', { archived_at: NOW }],
  ['habit_checkins', { count: 0 }],
  ['habit_checkins', { count: null, is_skip: 1, note: 'Ill today' }],
  ...each('communication_entries', 'skill', [
    'listening',
    'i_statements',
    'expressing_a_need',
    'apology',
    'conflict_resolution',
    'setting_a_boundary',
    'calm_logistics',
    'repair_after_conflict',
  ]),
  ...each('communication_entries', 'counterpart', [
    'ex',
    'co_parent',
    'housemate',
    'coworker_or_classmate',
    'friend',
    'family',
    'rehearsal_alone',
  ]),
  ...each('communication_entries', 'contact_context', [
    'co_parenting',
    'shared_home',
    'work_or_school',
    'other',
  ]),
  ...each('communication_entries', 'initiated_by', ['me', 'them', 'mutual']),
  ...each('communication_entries', 'tone', ['friendly', 'civil', 'tense', 'hostile']),
  ...each('communication_entries', 'outcome', ['resolved', 'partly', 'not']),
  [
    'communication_entries',
    {
      is_contact_with_ex: 0,
      contact_context: null,
      initiated_by: null,
      tone: null,
      self_rating: null,
      outcome: null,
      mood_before: null,
      mood_after: null,
      do_differently: null,
    },
  ],
  ['communication_entries', { self_rating: 1, mood_before: 1, mood_after: 10 }],
  ['communication_entries', { self_rating: 5, mood_before: 10, mood_after: 1 }],
  ['trust_checkins', { trust: 0, tension: 10 }],
  ['trust_checkins', { trust: 10, tension: 0 }],
  ...each('stage_changes', 'stage', STAGES),
  ['stage_changes', { was_suggested: 1, reason: null }],
  ...each('reflections', 'stage', STAGES),
  ['reflections', { stage: null, answers: '[]' }],
  ['settings', { value: 'true' }],
  ['settings', { value: '{"contexts":["co_parenting"]}' }],
];

const REJECTED: Array<[string, Row, string]> = [
  ['mood_entries', { mood: 0 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['mood_entries', { mood: 11 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['mood_entries', { mood: null }, 'SQLITE_CONSTRAINT_NOTNULL'],
  ['mood_entries', { mood: 'high' }, 'SQLITE_CONSTRAINT_DATATYPE'],
  ['mood_entries', { mood: 5.5 }, 'SQLITE_CONSTRAINT_DATATYPE'],
  ['mood_entries', { energy: 0 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['mood_entries', { energy: 11 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['mood_entries', { hurt: -1 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['mood_entries', { hurt: 11 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['mood_entries', { local_day: null }, 'SQLITE_CONSTRAINT_NOTNULL'],
  ['mood_entries', { time_zone: null }, 'SQLITE_CONSTRAINT_NOTNULL'],
  ['mood_entry_tags', { entry_id: 999 }, 'SQLITE_CONSTRAINT_FOREIGNKEY'],
  ['mood_entry_tags', { tag: null }, 'SQLITE_CONSTRAINT_NOTNULL'],
  ['habits', { kind: 'maybe' }, 'SQLITE_CONSTRAINT_CHECK'],
  ['habits', { target_count: -1 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['habits', { period: 'month' }, 'SQLITE_CONSTRAINT_CHECK'],
  ['habits', { name: null }, 'SQLITE_CONSTRAINT_NOTNULL'],
  ['habit_checkins', { count: -1 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['habit_checkins', { is_skip: 2 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['habit_checkins', { is_skip: 1, count: 1 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['habit_checkins', { is_skip: 0, count: null }, 'SQLITE_CONSTRAINT_CHECK'],
  ['habit_checkins', { habit_id: 999 }, 'SQLITE_CONSTRAINT_FOREIGNKEY'],
  ['communication_entries', { skill: 'winning' }, 'SQLITE_CONSTRAINT_CHECK'],
  ['communication_entries', { counterpart: 'stranger' }, 'SQLITE_CONSTRAINT_CHECK'],
  ['communication_entries', { is_contact_with_ex: 2 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['communication_entries', { is_contact_with_ex: null }, 'SQLITE_CONSTRAINT_NOTNULL'],
  ['communication_entries', { contact_context: 'gym' }, 'SQLITE_CONSTRAINT_CHECK'],
  ['communication_entries', { initiated_by: 'nobody' }, 'SQLITE_CONSTRAINT_CHECK'],
  ['communication_entries', { tone: 'rude' }, 'SQLITE_CONSTRAINT_CHECK'],
  ['communication_entries', { self_rating: 0 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['communication_entries', { self_rating: 6 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['communication_entries', { outcome: 'maybe' }, 'SQLITE_CONSTRAINT_CHECK'],
  ['communication_entries', { mood_before: 0 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['communication_entries', { mood_after: 11 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['trust_checkins', { trust: -1 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['trust_checkins', { trust: 11 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['trust_checkins', { tension: 11 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['trust_checkins', { tension: null }, 'SQLITE_CONSTRAINT_NOTNULL'],
  ['stage_changes', { stage: 'no_contact' }, 'SQLITE_CONSTRAINT_CHECK'],
  ['stage_changes', { was_suggested: 2 }, 'SQLITE_CONSTRAINT_CHECK'],
  ['reflections', { stage: 'no_contact' }, 'SQLITE_CONSTRAINT_CHECK'],
  ['reflections', { answers: 'yes, mostly' }, 'SQLITE_CONSTRAINT_CHECK'],
  ['reflections', { answers: null }, 'SQLITE_CONSTRAINT_NOTNULL'],
  ['settings', { value: '{"unfinished": ' }, 'SQLITE_CONSTRAINT_CHECK'],
  ['settings', { value: null }, 'SQLITE_CONSTRAINT_NOTNULL'],
];

describe('migration 001: initial schema', () => {
  it('applies to an empty database and records schema version 1', () => {
    const db = migratedDb();

    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('creates exactly the expected tables, all STRICT, with the expected columns', () => {
    const db = migratedDb();
    const tables = db
      .prepare(
        "SELECT name, strict, wr FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all();

    expect(tables).toEqual(
      Object.keys(COLUMNS)
        .sort()
        .map((name) => ({
          name,
          strict: 1,
          wr: name === 'mood_entry_tags' || name === 'habit_checkins' ? 1 : 0,
        })),
    );
    for (const [table, columns] of Object.entries(COLUMNS)) {
      const actual = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table);
      expect(actual, table).toEqual(columns);
    }
  });

  it('indexes mood and communication entries by day for the charts', () => {
    const db = migratedDb();
    const indexColumns = (index: string) =>
      db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(index);

    expect(indexColumns('mood_entries_by_day')).toEqual(['local_day', 'occurred_at']);
    expect(indexColumns('communication_entries_by_day')).toEqual(['local_day', 'occurred_at']);
  });

  it.each(ACCEPTED)('%s accepts %j', (table, change) => {
    const db = migratedDb();

    expect(constraintFailure(() => insert(db, table, { ...validRow(table), ...change }))).toBe(
      'accepted',
    );
  });

  it.each(REJECTED)('%s rejects %j', (table, change, expectedCode) => {
    const db = migratedDb();
    const before = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

    expect(constraintFailure(() => insert(db, table, { ...validRow(table), ...change }))).toBe(
      expectedCode,
    );
    expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(before);
  });

  it('keeps one check-in per habit per day and one of each tag per entry', () => {
    const db = migratedDb();
    insert(db, 'habit_checkins', validRow('habit_checkins'));
    insert(db, 'mood_entry_tags', validRow('mood_entry_tags'));

    expect(constraintFailure(() => insert(db, 'habit_checkins', validRow('habit_checkins')))).toBe(
      'SQLITE_CONSTRAINT_PRIMARYKEY',
    );
    expect(
      constraintFailure(() => insert(db, 'mood_entry_tags', validRow('mood_entry_tags'))),
    ).toBe('SQLITE_CONSTRAINT_PRIMARYKEY');
  });

  it("removes an entry's tags with the entry, and leaves other entries' tags alone", () => {
    const db = migratedDb();
    insert(db, 'mood_entries', validRow('mood_entries'));
    for (const [entryId, tag] of [
      [1, 'sad'],
      [1, 'tired'],
      [2, 'calm'],
    ] as const) {
      insert(db, 'mood_entry_tags', { entry_id: entryId, tag });
    }

    db.prepare('DELETE FROM mood_entries WHERE id = 1').run();

    expect(db.prepare('SELECT entry_id, tag FROM mood_entry_tags').all()).toEqual([
      { entry_id: 2, tag: 'calm' },
    ]);
  });

  it("removes a habit's check-ins with the habit, and leaves other habits' alone", () => {
    const db = migratedDb();
    insert(db, 'habits', { ...validRow('habits'), name: 'No late-night scrolling', kind: 'break' });
    for (const [habitId, day] of [
      [1, '2026-03-02'],
      [1, '2026-03-03'],
      [2, '2026-03-02'],
    ] as const) {
      insert(db, 'habit_checkins', { ...validRow('habit_checkins'), habit_id: habitId, day });
    }

    db.prepare('DELETE FROM habits WHERE id = 1').run();

    expect(db.prepare('SELECT habit_id, day FROM habit_checkins').all()).toEqual([
      { habit_id: 2, day: '2026-03-02' },
    ]);
  });
});
