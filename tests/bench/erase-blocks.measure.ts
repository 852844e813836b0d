import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, test } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { DELETE_CONFIRMATION_WORD } from '../../src-main/shared/contract/data';
import { createFakeFiles } from '../helpers/fake-files';
import { startOffMainWorker } from '../helpers/off-main-worker';
import { longestBlock, type Blocks } from './event-loop-blocks';
import { median, recordFigure } from './figures';
import { HISTORY_SPANS, historyFile, type HistorySpan } from './histories';

/*
 * Delete everything as the app runs it: through the router, with the data file emptied (every row
 * deleted, VACUUM, TRUNCATE checkpoint) on the worker thread's own connection, the backups made by
 * the day removed, and every write from the window held until it has finished. What counts is the
 * main process's longest block meanwhile (the limit: 10 ms), not how long the erase takes.
 * Each run empties a fresh copy of the same history, in a folder of its own with one backup.
 */
const PAGE = { url: 'app://mending/index.html' };
const RUNS = 3;
const scratch = mkdtempSync(join(tmpdir(), 'mending-erase-blocks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let made = 0;
async function erasing(span: HistorySpan): Promise<Blocks> {
  made += 1;
  const dir = join(scratch, `${span}-${made}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const databasePath = join(dir, 'mending.sqlite3');
  const backupsDir = join(dir, 'backups');
  copyFileSync(historyFile(span), databasePath);
  const db = openDatabase(databasePath, { backupsDir });
  const thread = startOffMainWorker(databasePath);
  try {
    // In the app the thread has been running since start-up (its first job is the start's check).
    await thread.run('checkDataFile', { path: databasePath });
    const router = createRouter({
      handlers: createHandlers({
        db,
        version: 'bench',
        databasePath,
        backupsDir,
        files: createFakeFiles(),
        offMain: thread.run,
      }),
      isTrustedSender: () => true,
    });
    const backup = await router.dispatch('backup:create', {}, PAGE);
    if (!backup.ok) throw new Error(`backup:create: ${backup.error.message}`);
    return await longestBlock(async () => {
      const answer = await router.dispatch(
        'data:erase',
        { confirmation: DELETE_CONFIRMATION_WORD },
        PAGE,
      );
      if (!answer.ok) throw new Error(`data:erase: ${answer.error.message}`);
    });
  } finally {
    db.close();
    await thread.stop();
  }
}

test('longest block: Delete everything through the worker', async () => {
  const samples: Record<HistorySpan, Blocks[]> = { month: [], year: [], tenYears: [] };
  for (const span of HISTORY_SPANS) await erasing(span); // warm-up: JIT, page cache
  for (let run = 0; run < RUNS; run += 1) {
    for (const span of HISTORY_SPANS) samples[span].push(await erasing(span));
  }
  const of = (key: keyof Blocks) => ({
    month: median(samples.month.map((b) => b[key])),
    year: median(samples.year.map((b) => b[key])),
    tenYears: median(samples.tenYears.map((b) => b[key])),
  });
  const busy = of('busyMs');
  const gap = of('gapMs');
  const shown = (ms: number) => `${ms.toFixed(0)} ms`;
  recordFigure({
    id: 'main/erase-through-worker',
    section: 'Main process never blocked',
    what: 'Delete everything through the worker (VACUUM included), longest block',
    unit: 'ms',
    byHistory: busy,
    checks: [{ label: '10 y', value: busy.tenYears, atMost: 10, unit: 'ms' }],
    note:
      'the event loop busy between two turns, writes held by the router until it ends; the ' +
      'longest wall-clock gaps, which include waiting for a core on this shared machine: ' +
      `${shown(gap.month)}, ${shown(gap.year)}, ${shown(gap.tenYears)}`,
  });
});
