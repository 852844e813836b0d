import type Database from 'better-sqlite3';
import type {
  DailyMood,
  DayRange,
  MoodEntry,
  MoodGrid,
  MoodGridCell,
} from '../../shared/ipc-contract';

/** A mood entry as the service hands it to the repository: validated, with its day worked out. */
export interface MoodEntryRecord {
  readonly occurredAt: string;
  readonly timeZone: string;
  readonly day: string;
  readonly mood: number;
  readonly energy: number | null;
  readonly hurt: number | null;
  readonly tags: readonly string[];
  readonly note: string | null;
}

interface MoodRow {
  id: number;
  occurred_at: string;
  time_zone: string;
  local_day: string;
  mood: number;
  energy: number | null;
  hurt: number | null;
  note: string | null;
  created_at: string;
  updated_at: string;
  tags: string;
}

const SELECT_ENTRY = `
  SELECT e.id, e.occurred_at, e.time_zone, e.local_day, e.mood, e.energy, e.hurt, e.note,
         e.created_at, e.updated_at,
         COALESCE((SELECT json_group_array(tag) FROM (
           SELECT tag FROM mood_entry_tags WHERE entry_id = e.id ORDER BY tag
         )), '[]') AS tags
  FROM mood_entries e`;

type ColumnValues = [string, string, string, number, number | null, number | null, string | null];

/** The record's values in the column order both INSERT and UPDATE use. */
function columnValues(r: MoodEntryRecord): ColumnValues {
  return [r.occurredAt, r.timeZone, r.day, r.mood, r.energy, r.hurt, r.note];
}

function toEntry(row: MoodRow): MoodEntry {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    timeZone: row.time_zone,
    day: row.local_day,
    mood: row.mood,
    energy: row.energy,
    hurt: row.hurt,
    tags: JSON.parse(row.tags) as string[],
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * All SQL for mood entries. Callers own transactions: `insert` and `update` write an entry and its
 * tags in several statements, so services wrap them in `db.transaction`.
 */
export function createMoodRepo(db: Database.Database) {
  const insertEntry = db.prepare<[...ColumnValues, string, string]>(
    `INSERT INTO mood_entries
       (occurred_at, time_zone, local_day, mood, energy, hurt, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateEntry = db.prepare<[...ColumnValues, string, number]>(
    `UPDATE mood_entries
        SET occurred_at = ?, time_zone = ?, local_day = ?, mood = ?, energy = ?, hurt = ?, note = ?,
            updated_at = ?
      WHERE id = ?`,
  );
  const insertExact = db.prepare<[number, ...ColumnValues, string, string]>(
    `INSERT INTO mood_entries
       (id, occurred_at, time_zone, local_day, mood, energy, hurt, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const existsById = db.prepare<[number], { id: number }>(
    'SELECT id FROM mood_entries WHERE id = ?',
  );
  const deleteEntry = db.prepare<[number]>('DELETE FROM mood_entries WHERE id = ?');
  const deleteTags = db.prepare<[number]>('DELETE FROM mood_entry_tags WHERE entry_id = ?');
  const insertTag = db.prepare<[number, string]>(
    'INSERT INTO mood_entry_tags (entry_id, tag) VALUES (?, ?)',
  );
  // Tags are a set: they come back sorted, whatever order they were chosen in.
  const selectById = db.prepare<[number], MoodRow>(`${SELECT_ENTRY} WHERE e.id = ?`);
  const selectRange = db.prepare<[string, string], MoodRow>(
    `${SELECT_ENTRY} WHERE e.local_day BETWEEN ? AND ? ORDER BY e.occurred_at DESC, e.id DESC`,
  );
  const selectDaily = db.prepare<[string, string], DailyMood>(
    `SELECT local_day AS day, AVG(mood) AS average, COUNT(*) AS count
       FROM mood_entries WHERE local_day BETWEEN ? AND ?
      GROUP BY local_day ORDER BY local_day`,
  );
  const selectGridCells = db.prepare<[string, string], MoodGridCell>(
    `SELECT mood, energy, COUNT(*) AS count
       FROM mood_entries WHERE local_day BETWEEN ? AND ? AND energy IS NOT NULL
      GROUP BY mood, energy ORDER BY mood, energy`,
  );
  const countWithoutEnergy = db.prepare<[string, string], { count: number }>(
    `SELECT COUNT(*) AS count
       FROM mood_entries WHERE local_day BETWEEN ? AND ? AND energy IS NULL`,
  );

  function writeTags(entryId: number, tags: readonly string[]): void {
    deleteTags.run(entryId);
    for (const tag of tags) insertTag.run(entryId, tag);
  }

  return {
    insert(record: MoodEntryRecord, now: string): number {
      const { lastInsertRowid } = insertEntry.run(...columnValues(record), now, now);
      const id = Number(lastInsertRowid);
      writeTags(id, record.tags);
      return id;
    },
    /** Puts an entry back with its own id and times; false when that id is taken. */
    insertExact(
      id: number,
      record: MoodEntryRecord,
      createdAt: string,
      updatedAt: string,
    ): boolean {
      if (existsById.get(id)) return false;
      insertExact.run(id, ...columnValues(record), createdAt, updatedAt);
      writeTags(id, record.tags);
      return true;
    },
    /** Returns false when there is no entry with that id. */
    update(id: number, record: MoodEntryRecord, now: string): boolean {
      const { changes } = updateEntry.run(...columnValues(record), now, id);
      if (changes === 0) return false;
      writeTags(id, record.tags);
      return true;
    },
    /** Returns false when there is no entry with that id. Tags go with it (ON DELETE CASCADE). */
    remove(id: number): boolean {
      return deleteEntry.run(id).changes > 0;
    },
    findById(id: number): MoodEntry | undefined {
      const row = selectById.get(id);
      return row ? toEntry(row) : undefined;
    },
    listByDays(range: DayRange): MoodEntry[] {
      return selectRange.all(range.from, range.to).map(toEntry);
    },
    dailyAverages(range: DayRange): DailyMood[] {
      return selectDaily.all(range.from, range.to);
    },
    /** One cell per (mood, energy) pair that has entries; entries without energy are counted. */
    grid(range: DayRange): MoodGrid {
      return {
        cells: selectGridCells.all(range.from, range.to),
        withoutEnergy: countWithoutEnergy.get(range.from, range.to)?.count ?? 0,
      };
    },
  };
}

export type MoodRepo = ReturnType<typeof createMoodRepo>;
