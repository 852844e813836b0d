import Database from 'better-sqlite3';
import { test } from 'vitest';
import { recordFigure, sideBySideMs } from './figures';
import { historyFile, type HistorySpan } from './histories';

/*
 * Checks of the whole data file, by history length.
 *
 * The damage check every start runs (`PRAGMA quick_check`, through a fresh connection as a start
 * opens one), beside `integrity_check`, which every backup copy gets. Both run in the worker
 * thread, so their cost is shown for reference, without a target.
 */
/** `pragma` on `span`'s history file through a fresh connection, as a start opens it. */
function checkFile(span: HistorySpan, pragma: string): () => void {
  const path = historyFile(span);
  return () => {
    const db = new Database(path, { fileMustExist: true, readonly: true });
    try {
      const answer: unknown = db.pragma(pragma, { simple: true });
      if (answer !== 'ok') throw new Error(`${pragma} on the ${span} history: ${String(answer)}`);
    } finally {
      db.close();
    }
  };
}

for (const [pragma, what] of [
  ['quick_check(1)', 'damage check at start (quick_check)'],
  ['integrity_check(1)', 'backup copy check (integrity_check)'],
] as const) {
  test(what, async () => {
    const ms = await sideBySideMs(
      {
        month: checkFile('month', pragma),
        year: checkFile('year', pragma),
        tenYears: checkFile('tenYears', pragma),
      },
      { warmup: 2, runs: 9 },
    );
    // Both run in the worker thread (src-main/app/off-main-worker.ts), never on the main process:
    // what they cost is shown for reference, and the start-up figure judges the main process.
    recordFigure({
      id: `worker/${pragma.replace(/\(.*$/, '')}`,
      section: 'Main process never blocked',
      what,
      unit: 'ms',
      byHistory: ms,
      checks: [],
      note: 'runs in the worker thread, not on the main process: shown for reference',
    });
  });
}
