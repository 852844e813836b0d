import type Database from 'better-sqlite3';
import type { CustomTag } from '../../shared/ipc-contract';

interface TagRow {
  name: string;
  created_at: string;
  used_count: number;
}

// `usedCount` counts the mood entries carrying the word, whether or not it is still in the list.
// The count is kept by triggers (migration 007), so the list costs the same whatever the history.
const SELECT_TAG = `
  SELECT t.name, t.created_at, COALESCE(u.used_count, 0) AS used_count
  FROM custom_emotion_tags t LEFT JOIN emotion_tag_uses u ON u.tag = t.name`;

function toTag(row: TagRow): CustomTag {
  return { name: row.name, createdAt: row.created_at, usedCount: row.used_count };
}

/**
 * All SQL for the person's own emotion words. Words are referred to by name: mood entries keep
 * their words in `mood_entry_tags` with no link to this table, so removing a word from the list
 * never touches an entry. Callers own transactions (`insertInOrder` writes several rows).
 */
export function createTagRepo(db: Database.Database) {
  // Prepared on first use, once: the counts' table comes with migration 007, and a tool that
  // reads an older file through the app's handlers (an export made by the version before it)
  // never lists words, so it must not need that table to start.
  let selectAll: Database.Statement<[], TagRow> | undefined;
  let selectByName: Database.Statement<[string], TagRow> | undefined;
  const selectNames = db
    .prepare<[], string>('SELECT name FROM custom_emotion_tags ORDER BY created_at, name')
    .pluck();
  const selectStoredAfter = db.prepare<
    [string, string, string],
    { name: string; created_at: string }
  >(
    `SELECT name, created_at FROM custom_emotion_tags
      WHERE created_at > ? OR (created_at = ? AND name > ?)
      ORDER BY rowid`,
  );
  const insertTag = db.prepare<[string, string]>(
    'INSERT INTO custom_emotion_tags (name, created_at) VALUES (?, ?)',
  );
  const deleteTag = db.prepare<[string]>('DELETE FROM custom_emotion_tags WHERE name = ?');

  return {
    /**
     * Adds a word, stored among the others in (created_at, name) order. SQLite hands back a rowid
     * table's rows in the order they were stored, so keeping that order means a word removed and
     * put back by Undo lands exactly where it was: the file reads row for row as before, and so
     * will an export made from it. The rows after it are moved behind it; there are few of them.
     */
    insertInOrder(name: string, createdAt: string): void {
      const later = selectStoredAfter.all(createdAt, createdAt, name);
      for (const row of later) deleteTag.run(row.name);
      insertTag.run(name, createdAt);
      for (const row of later) insertTag.run(row.name, row.created_at);
    },
    /** Returns false when there is no word with exactly that name. */
    remove(name: string): boolean {
      return deleteTag.run(name).changes > 0;
    },
    findByName(name: string): CustomTag | undefined {
      selectByName ??= db.prepare<[string], TagRow>(`${SELECT_TAG} WHERE t.name = ?`);
      const row = selectByName.get(name);
      return row ? toTag(row) : undefined;
    },
    /** Every word the person added, oldest first. */
    list(): CustomTag[] {
      selectAll ??= db.prepare<[], TagRow>(`${SELECT_TAG} ORDER BY t.created_at, t.name`);
      return selectAll.all().map(toTag);
    },
    names(): string[] {
      return selectNames.all();
    },
  };
}

export type TagRepo = ReturnType<typeof createTagRepo>;
