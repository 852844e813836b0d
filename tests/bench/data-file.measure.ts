import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, test } from 'vitest';
import { createDeleteEverythingService } from '../../src-main/services/delete-everything-service';
import { median, recordFigure, sideBySideMs } from './figures';
import { HISTORY_SPANS, historyFile, openHistoryCopy, type HistorySpan } from './histories';

/*
 * Two things done to the whole data file on the main process, by history length.
 *
 * The damage check every start runs (`PRAGMA quick_check`, through a fresh connection as a start
 * opens one), beside `integrity_check`, which every backup copy gets. Both run in the worker
 * thread, so their cost is shown for reference, without a target.
 *
 * What "Delete everything" costs over a month, a year and ten years of history: it runs on the
 * main process without yielding (so no request can write in between), and its VACUUM is the part
 * that grows with the file. Each run empties a fresh copy of the same history. Recorded, with the
 * issue's limit for one block of the main process (10 ms) as its check.
 */
const dir = mkdtempSync(join(tmpdir(), 'mending-bench-delete-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function deleteOnce(span: HistorySpan, run: number): Promise<number> {
  const copy = openHistoryCopy(span);
  try {
    const service = createDeleteEverythingService(copy.db, {
      databasePath: copy.path,
      backupsDir: join(dir, `backups-${span}-${run}`),
    });
    const start = performance.now();
    await service.deleteEverything();
    return performance.now() - start;
  } finally {
    copy.cleanup();
  }
}

test('Delete everything by history length', async () => {
  const samples: Record<HistorySpan, number[]> = { month: [], year: [], tenYears: [] };
  // Side by side: each round empties one copy of every history in turn.
  for (let run = 0; run < 7; run += 1) {
    for (const span of HISTORY_SPANS) samples[span].push(await deleteOnce(span, run));
  }
  const ms = {
    month: median(samples.month),
    year: median(samples.year),
    tenYears: median(samples.tenYears),
  };
  recordFigure({
    id: 'main/delete-everything',
    section: 'Main process never blocked',
    what: 'Delete everything (one block, VACUUM included)',
    unit: 'ms',
    byHistory: ms,
    checks: [{ label: '10 y', value: ms.tenYears, atMost: 10, unit: 'ms' }],
    note: 'one synchronous block on purpose (no write may land in between); recorded, not changed here',
  });
});

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
