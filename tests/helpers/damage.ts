import fs from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Damages a closed data file the way a failing disk does: the root page of `table` is overwritten
 * with garbage while the file header (and so the schema on page 1) stays intact. The file must
 * have no -wal (close the database cleanly first).
 */
export function overwriteRootPage(filePath: string, table = 'mood_entries'): void {
  // Read-write, so closing removes the -wal and -shm a read-only connection would leave behind.
  const db = new Database(filePath, { fileMustExist: true });
  let rootPage: unknown;
  let pageSize: unknown;
  try {
    rootPage = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table);
    pageSize = db.pragma('page_size', { simple: true });
  } finally {
    db.close();
  }
  if (typeof rootPage !== 'number' || typeof pageSize !== 'number') {
    throw new Error(`No table ${table} in ${filePath}.`);
  }
  // Garbage that is not a valid b-tree page type (0xAB), repeated: deterministic, so every run
  // damages the file in the same way.
  const garbage = Buffer.alloc(pageSize, 0xab);
  const fd = fs.openSync(filePath, 'r+');
  try {
    fs.writeSync(fd, garbage, 0, pageSize, (rootPage - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}
