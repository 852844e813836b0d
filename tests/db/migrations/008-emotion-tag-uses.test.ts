import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { emotionTagUses } from '../../../src-main/db/migrations/008-emotion-tag-uses';
import { MIGRATIONS, runMigrations } from '../../../src-main/db/migrations/index';
import { createDataRepo } from '../../../src-main/db/repositories/data-repo';
import { createTagRepo } from '../../../src-main/db/repositories/tag-repo';
import { generateHistory } from '../../../src-main/sample/generate-history';
import { createTestDatabase, snapshotAllTables } from '../../helpers/test-db';

/** The steps before this one, whatever their number: the database this step meets. */
const BEFORE = MIGRATIONS.slice(0, MIGRATIONS.indexOf(emotionTagUses));
const UP_TO_HERE = MIGRATIONS.slice(0, MIGRATIONS.indexOf(emotionTagUses) + 1);
const AT = '2026-03-01T10:00:00.000Z';
const opened: Database.Database[] = [];
const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function freshDatabase(migrations: typeof MIGRATIONS): Database.Database {
  const db = new Database(':memory:');
  opened.push(db);
  db.pragma('foreign_keys = ON');
  runMigrations(db, migrations);
  return db;
}

function addEntry(db: Database.Database, id: number, tags: readonly string[]): void {
  db.prepare(
    `INSERT INTO mood_entries (id, occurred_at, time_zone, local_day, mood, created_at, updated_at)
     VALUES (?, ?, 'UTC', '2026-03-01', 5, ?, ?)`,
  ).run(id, AT, AT, AT);
  const tag = db.prepare('INSERT INTO mood_entry_tags (entry_id, tag) VALUES (?, ?)');
  for (const name of tags) tag.run(id, name);
}

/** Each word's count as kept by the step, and as counted from the rows themselves. */
function keptAndCounted(db: Database.Database) {
  const kept = db.prepare('SELECT tag, used_count AS n FROM emotion_tag_uses ORDER BY tag').all();
  const counted = db
    .prepare('SELECT tag, COUNT(*) AS n FROM mood_entry_tags GROUP BY tag ORDER BY tag')
    .all();
  return { kept, counted };
}

describe('migration 008: emotion tag uses', () => {
  it('keeps every row as it was, counts the words already used and bumps the version', () => {
    const db = freshDatabase(BEFORE);
    addEntry(db, 1, ['calm', 'Hopeful']);
    addEntry(db, 2, ['calm']);
    addEntry(db, 3, []);
    const before = snapshotAllTables(db);
    runMigrations(db, UP_TO_HERE);
    expect(snapshotAllTables(db)).toEqual(before);
    expect(db.pragma('user_version', { simple: true })).toBe(emotionTagUses.version);
    expect(keptAndCounted(db).kept).toEqual([
      { tag: 'Hopeful', n: 1 },
      { tag: 'calm', n: 2 },
    ]);
  });

  it('follows every write to a mood entry’s words: added, changed, removed, cascaded', () => {
    const db = freshDatabase(UP_TO_HERE);
    addEntry(db, 1, ['calm', 'tired']);
    addEntry(db, 2, ['calm']);
    db.prepare(
      "UPDATE mood_entry_tags SET tag = 'rested' WHERE entry_id = 1 AND tag = 'tired'",
    ).run();
    // Changing nothing but the entry leaves the counts alone.
    db.prepare(
      "UPDATE mood_entry_tags SET entry_id = 2 WHERE entry_id = 1 AND tag = 'rested'",
    ).run();
    let { kept, counted } = keptAndCounted(db);
    expect(kept).toEqual([
      { tag: 'calm', n: 2 },
      { tag: 'rested', n: 1 },
    ]);
    expect(kept).toEqual(counted);
    // Deleting an entry removes its words by cascade; a word nobody uses has no row.
    db.prepare('DELETE FROM mood_entries WHERE id = 2').run();
    ({ kept, counted } = keptAndCounted(db));
    expect(kept).toEqual([{ tag: 'calm', n: 1 }]);
    expect(kept).toEqual(counted);
    db.prepare('DELETE FROM mood_entry_tags').run();
    expect(keptAndCounted(db).kept).toEqual([]);
  });

  it('agrees with a count of the rows on a generated history, after deletes and an import', () => {
    const { db, cleanup } = createTestDatabase();
    cleanups.push(cleanup);
    generateHistory(db, { years: 1, today: '2026-03-01', seed: 7 });
    let { kept, counted } = keptAndCounted(db);
    expect(counted.length).toBeGreaterThan(5);
    expect(kept).toEqual(counted);

    db.prepare('DELETE FROM mood_entries WHERE id % 3 = 0').run();
    ({ kept, counted } = keptAndCounted(db));
    expect(kept).toEqual(counted);

    // An import replaces every row: the counts follow the rows written back.
    const data = createDataRepo(db);
    const everything = data.readAll();
    db.transaction(() => {
      data.deleteAll();
      data.insertAll(everything);
    })();
    ({ kept, counted } = keptAndCounted(db));
    expect(kept).toEqual(counted);
    expect(kept.length).toBeGreaterThan(5);

    // Delete everything empties the file, counts included, and a restore writes them back.
    db.pragma('defer_foreign_keys = ON');
    db.transaction(() => data.deleteEveryRow())();
    expect(keptAndCounted(db).kept).toEqual([]);
    db.transaction(() => data.insertAll(everything))();
    ({ kept, counted } = keptAndCounted(db));
    expect(kept).toEqual(counted);
  });

  it('gives the word list the same counts as counting every use', () => {
    const { db, cleanup } = createTestDatabase();
    cleanups.push(cleanup);
    generateHistory(db, { years: 1, today: '2026-03-01', seed: 3 });
    const byCounting = db
      .prepare<[], { name: string; createdAt: string; usedCount: number }>(
        `SELECT t.name, t.created_at AS createdAt,
                (SELECT COUNT(*) FROM mood_entry_tags m WHERE m.tag = t.name) AS usedCount
         FROM custom_emotion_tags t ORDER BY t.created_at, t.name`,
      )
      .all();
    expect(byCounting.some((t) => t.usedCount > 0)).toBe(true);
    expect(createTagRepo(db).list()).toEqual(byCounting);
  });
});
