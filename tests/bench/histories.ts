import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../src-main/db/open-database';
import { generateHistory } from '../../src-main/sample/generate-history';

/**
 * The three histories every figure compares: a month, a year and ten years, each ending on
 * `BENCH_TODAY`, generated once per machine into bench/cache/ (git-ignored) and copied for each
 * use, so a measurement that writes never changes what the next one reads.
 */
export const BENCH_TODAY = '2026-11-27';
export const HISTORY_SPANS = ['month', 'year', 'tenYears'] as const;
export type HistorySpan = (typeof HISTORY_SPANS)[number];
export const SPAN_YEARS: Readonly<Record<HistorySpan, number>> = {
  month: 1 / 12,
  year: 1,
  tenYears: 10,
};
/** Bump when the generator changes, so cached files are made again. */
const GENERATOR_VERSION = 'generate-history-3';

const cacheDir = fileURLToPath(new URL('../../bench/cache/', import.meta.url));

/** The path of the cached history file for `span`, generated on first use. */
export function historyFile(span: HistorySpan): string {
  const path = join(cacheDir, `${GENERATOR_VERSION}-${span}.sqlite3`);
  if (existsSync(path)) return path;
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  const db = openDatabase(partial);
  generateHistory(db, { today: BENCH_TODAY, years: SPAN_YEARS[span] });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  rmSync(`${partial}-wal`, { force: true });
  rmSync(`${partial}-shm`, { force: true });
  renameSync(partial, path);
  return path;
}

/** A fresh copy of the `span` history, opened as the app opens its file; `cleanup` removes it. */
export function openHistoryCopy(span: HistorySpan): {
  readonly db: Database.Database;
  readonly path: string;
  readonly cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), `mending-bench-${span}-`));
  const path = join(dir, 'mending.sqlite3');
  copyFileSync(historyFile(span), path);
  const db = openDatabase(path);
  return {
    db,
    path,
    cleanup: () => {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
