import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, test } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { startOffMainWorker } from '../helpers/off-main-worker';
import { longestBlock, type Blocks } from './event-loop-blocks';
import { median, recordFigure } from './figures';
import { BENCH_TODAY } from './histories';

/*
 * "Explore with sample data" as the app runs it (the year written by the off-main worker, then
 * opened and its handlers prepared on the main thread), judged by the main thread's busy time
 * between two turns of its event loop, as the other "longest block" rows are: on a shared
 * machine a wall-clock delay also counts time spent waiting for a core, which is not the app's
 * block. The wall-clock gaps are shown beside.
 */
const PAGE = { url: 'app://mending/index.html' };
const RUNS = 5;
const dir = mkdtempSync(join(tmpdir(), 'mending-bench-sample-blocks-'));
const databasePath = join(dir, 'mending.sqlite3');
const db = openDatabase(databasePath);
const thread = startOffMainWorker(databasePath);
afterAll(async () => {
  await thread.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const router = createRouter({
  handlers: createHandlers({
    db,
    version: 'bench',
    databasePath,
    // As main.ts wires it: the sample file is the worker's writeSampleFile job.
    makeSampleFile: async ({ databasePath: path, today, timeZone }) => {
      await thread.run('writeSampleFile', { path, today, timeZone });
    },
  }),
  isTrustedSender: () => true,
});

async function must(channel: 'sample:start' | 'sample:leave', input: unknown): Promise<void> {
  const answer = await router.dispatch(channel, input, PAGE);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
}

test('sample:start and sample:leave, busy time', async () => {
  const starts: Blocks[] = [];
  const leaves: Blocks[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const start = await longestBlock(() =>
      must('sample:start', { today: BENCH_TODAY, timeZone: 'Europe/London' }),
    );
    const leave = await longestBlock(() => must('sample:leave', {}));
    if (run === 0) continue; // warm-up: JIT, the worker's first job
    starts.push(start);
    leaves.push(leave);
  }
  const busy = (blocks: Blocks[]) => median(blocks.map((b) => b.busyMs));
  const gap = (blocks: Blocks[]) => `${median(blocks.map((b) => b.gapMs)).toFixed(0)} ms`;
  for (const [id, what, blocks] of [
    ['main/sample:start-busy', 'sample:start, a year of sample data: longest busy block', starts],
    ['main/sample:leave-busy', 'sample:leave: longest busy block', leaves],
  ] as const) {
    recordFigure({
      id,
      section: 'Main process never blocked',
      what,
      unit: 'ms',
      value: busy(blocks),
      checks: [{ label: 'block', value: busy(blocks), atMost: 10, unit: 'ms' }],
      note:
        'the event loop busy between two turns; the longest wall-clock gap, which includes ' +
        `waiting for a core on this shared machine: ${gap(blocks)}`,
    });
  }
});
