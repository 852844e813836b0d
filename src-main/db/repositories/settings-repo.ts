import type Database from 'better-sqlite3';

/** One stored setting: its key and its value as JSON text. */
export interface SettingRow {
  readonly key: string;
  readonly value: string;
}

/** All SQL for settings: one row per key, its value stored as JSON. */
export function createSettingsRepo(db: Database.Database) {
  const selectAll = db.prepare<[], SettingRow>('SELECT key, value FROM settings ORDER BY key');
  const upsert = db.prepare<[string, string, string]>(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const deleteKey = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');
  const selectOne = db.prepare<[string], SettingRow & { readonly updatedAt: string }>(
    'SELECT key, value, updated_at AS updatedAt FROM settings WHERE key = ?',
  );

  return {
    readAll(): SettingRow[] {
      return selectAll.all();
    },
    /** One stored setting with the time it was last changed, or undefined when it is unset. */
    readRow(key: string): (SettingRow & { readonly updatedAt: string }) | undefined {
      return selectOne.get(key);
    },
    write(key: string, json: string, now: string): void {
      upsert.run(key, json, now);
    },
    remove(key: string): void {
      deleteKey.run(key);
    },
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
