import type Database from 'better-sqlite3';
import type { Migration } from './index';

/*
 * Contact with the ex used to be asked as "Where could it not be avoided?", with only excuses to
 * choose from. It is now "What brought it about?", and "I reached out" and "They reached out" are
 * honest answers too. The stored values live in a CHECK constraint, which SQLite cannot change in
 * place, so the table is rebuilt the way https://www.sqlite.org/lang_altertable.html ("Making
 * Other Kinds Of Table Schema Changes") describes: create the new table, copy every row with its
 * id, drop the old one, rename the new one, recreate its indexes (and triggers, if any), then
 * check foreign keys. runMigrations runs this in one transaction with the version bump, after a
 * backup of the file; no other table points at this one, so foreign keys may stay on throughout.
 *
 * The same rebuild lets the skill be empty for contact with the ex (and only for it): logging last
 * night's text to an ex is not practice of a skill.
 *
 * The table is written out here in full, not built from the domain's lists: a released migration
 * never changes, whatever the lists become later.
 */
const CREATE_NEW_TABLE = `
  CREATE TABLE communication_entries_new (
    id INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    local_day TEXT NOT NULL,
    skill TEXT CHECK (skill IN ('listening', 'i_statements', 'expressing_a_need', 'apology',
      'conflict_resolution', 'setting_a_boundary', 'calm_logistics', 'repair_after_conflict')),
    counterpart TEXT NOT NULL CHECK (counterpart IN ('ex', 'co_parent', 'housemate',
      'coworker_or_classmate', 'friend', 'family', 'rehearsal_alone')),
    is_contact_with_ex INTEGER NOT NULL CHECK (is_contact_with_ex IN (0, 1)),
    contact_context TEXT CHECK (contact_context IN ('i_reached_out', 'they_reached_out',
      'co_parenting', 'shared_home', 'work_or_school', 'other')),
    initiated_by TEXT CHECK (initiated_by IN ('me', 'them', 'mutual')),
    tone TEXT CHECK (tone IN ('friendly', 'civil', 'tense', 'hostile')),
    self_rating INTEGER CHECK (self_rating BETWEEN 1 AND 5),
    outcome TEXT CHECK (outcome IN ('resolved', 'partly', 'not')),
    mood_before INTEGER CHECK (mood_before BETWEEN 1 AND 10),
    mood_after INTEGER CHECK (mood_after BETWEEN 1 AND 10),
    do_differently TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- Contact with the ex need not have practised a skill (a text sent at night was not practice);
    -- every other conversation names the skill it practised.
    CHECK (skill IS NOT NULL OR is_contact_with_ex = 1)
  ) STRICT`;

/** Every column, in the order both tables declare them: the copy names them, never `*`. */
const COLUMNS = `id, occurred_at, time_zone, local_day, skill, counterpart, is_contact_with_ex,
  contact_context, initiated_by, tone, self_rating, outcome, mood_before, mood_after,
  do_differently, note, created_at, updated_at`;

function rebuildCommunicationEntries(db: Database.Database): void {
  // The indexes and triggers as they are now (SQLite drops them with the table), so each one comes
  // back exactly, whatever earlier versions added. Automatic indexes have no SQL and need none.
  const attached = db
    .prepare<[], { sql: string }>(
      `SELECT sql FROM sqlite_schema
       WHERE tbl_name = 'communication_entries' AND type IN ('index', 'trigger') AND sql IS NOT NULL
       ORDER BY type, name`,
    )
    .all();
  const before = db.prepare('SELECT COUNT(*) FROM communication_entries').pluck().get();

  db.exec(CREATE_NEW_TABLE);
  db.exec(
    `INSERT INTO communication_entries_new (${COLUMNS})
     SELECT ${COLUMNS} FROM communication_entries ORDER BY id`,
  );
  db.exec('DROP TABLE communication_entries');
  db.exec('ALTER TABLE communication_entries_new RENAME TO communication_entries');
  for (const { sql } of attached) db.exec(sql);

  const after = db.prepare('SELECT COUNT(*) FROM communication_entries').pluck().get();
  if (after !== before) {
    throw new Error(`the rebuilt table holds ${String(after)} entries, not ${String(before)}.`);
  }
  const broken = db.prepare('PRAGMA foreign_key_check').all();
  if (broken.length > 0) {
    throw new Error(`the rebuild left ${broken.length} rows pointing at nothing.`);
  }
}

export const contactReachedOut: Migration = {
  version: 3,
  name: 'contact-reached-out',
  up: rebuildCommunicationEntries,
};
