import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, bench, describe } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { addDays } from '../../src-main/shared/calendar';
import { seedHistory } from '../report/history';

/*
 * What the damage check at start costs on a ten-year data file (mood most days, four habits,
 * ~3 conversations a week, notes on a third of the days): `PRAGMA quick_check`, which the app runs
 * on every open, against `PRAGMA integrity_check`, which every backup copy gets, and against the
 * whole openDatabase (which includes the quick check). Each run reads the file through a fresh
 * connection, as a start does. Run with `npm run bench -- tests/bench/open-check.bench.ts`.
 */

const TO = '2026-11-27';
const dir = mkdtempSync(join(tmpdir(), 'mending-open-check-bench-'));

function historyFile(years: number): string {
  const filePath = join(dir, `history-${years}.sqlite3`);
  const db = openDatabase(filePath);
  const days = Math.round(years * 365.25);
  seedHistory(db, { from: addDays(TO, -(days - 1)), days, withStageChange: true });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return filePath;
}

const tenYears = historyFile(10);
console.log(`ten-year file: ${(statSync(tenYears).size / 1024 / 1024).toFixed(1)} MB`);

function withConnection(filePath: string, run: (db: Database.Database) => unknown): void {
  const db = new Database(filePath, { fileMustExist: true });
  try {
    run(db);
  } finally {
    db.close();
  }
}

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the damage check at start, ten years of history', () => {
  bench('PRAGMA quick_check', () => {
    withConnection(tenYears, (db) => db.pragma('quick_check(1)', { simple: true }));
  });

  bench('PRAGMA integrity_check', () => {
    withConnection(tenYears, (db) => db.pragma('integrity_check(1)', { simple: true }));
  });

  bench('no check (connection only)', () => {
    withConnection(tenYears, (db) => db.pragma('user_version', { simple: true }));
  });

  bench('openDatabase, quick check included', () => {
    openDatabase(tenYears).close();
  });
});
