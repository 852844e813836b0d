import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, bench, describe } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createDeleteEverythingService } from '../../src-main/services/delete-everything-service';
import { addDays } from '../../src-main/shared/calendar';
import { seedHistory } from '../report/history';

/*
 * What "Delete everything" costs on a ten-year data file: it runs on the main process without
 * yielding (so no request can write in between), and VACUUM is the part that grows with the
 * file. Each run empties a fresh copy of the same file. Run with
 * `npm run bench -- tests/bench/delete-everything.bench.ts`.
 */

const TO = '2026-11-27';
const dir = mkdtempSync(join(tmpdir(), 'mending-delete-bench-'));
const source = join(dir, 'ten-years.sqlite3');
{
  const db = openDatabase(source);
  const days = Math.round(10 * 365.25);
  seedHistory(db, { from: addDays(TO, -(days - 1)), days, withStageChange: true });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
console.log(`ten-year file: ${(statSync(source).size / 1024 / 1024).toFixed(1)} MB`);

let run = 0;

/** A fresh, open copy of the ten-year file (bench setup hooks run once per cycle, not per run). */
function freshCopy(): { db: Database.Database; path: string } {
  run += 1;
  const path = join(dir, `copy-${run}.sqlite3`);
  copyFileSync(source, path);
  return { db: openDatabase(path), path };
}

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('Delete everything, ten years of history', () => {
  bench('copy and open the file only (subtract this)', () => {
    freshCopy().db.close();
  });

  bench(
    'copy, open, then delete every row, VACUUM, truncate the -wal, remove backups',
    async () => {
      const { db, path } = freshCopy();
      try {
        await createDeleteEverythingService(db, {
          databasePath: path,
          backupsDir: join(dir, `backups-${run}`),
        }).deleteEverything();
      } finally {
        db.close();
      }
    },
  );
});
