import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, test } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { startOffMainWorker } from '../helpers/off-main-worker';
import { median, recordFigure } from './figures';
import { BENCH_TODAY } from './histories';

/*
 * "Explore with sample data": making the sample (a year of made-up history in a new file) and
 * leaving it, through the router as the window asks. In the app the history is written by the
 * worker thread (the `writeSampleFile` job of src-main/app/off-main-worker.ts), so
 * what counts is the longest time the main thread could not answer meanwhile; the same start
 * without the worker, on the main thread, is measured beside it for comparison.
 */
const PAGE = { url: 'app://mending/index.html' };
const RUNS = 5;
const dir = mkdtempSync(join(tmpdir(), 'mending-bench-sample-'));
const databasePath = join(dir, 'mending.sqlite3');
const db = openDatabase(databasePath);
// The app's worker thread (src-main/app/off-main-worker.ts), bundled as the app bundles it.
const thread = startOffMainWorker(databasePath);
afterAll(async () => {
  await thread.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function routerOver(withWorker: boolean) {
  return createRouter({
    handlers: createHandlers({
      db,
      version: 'bench',
      databasePath,
      ...(withWorker
        ? {
            makeSampleFile: async (request: {
              databasePath: string;
              today: string;
              timeZone: string;
            }) => {
              await thread.run('writeSampleFile', {
                path: request.databasePath,
                today: request.today,
                timeZone: request.timeZone,
              });
            },
          }
        : {}),
    }),
    isTrustedSender: () => true,
  });
}

/** The longest stretch (ms) the main thread was held while `fn` ran, and how long `fn` took. */
async function longestBlock(fn: () => Promise<void>): Promise<{ block: number; total: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  // The histogram counts a delay between two of its ticks: let it tick once before the work.
  await new Promise((done) => setTimeout(done, 5));
  const start = performance.now();
  await fn();
  const total = performance.now() - start;
  // One more turn of the loop, so a block at the very end is counted too.
  await new Promise((done) => setTimeout(done, 5));
  histogram.disable();
  return { block: histogram.max / 1e6, total };
}

test('sample:start and sample:leave', async () => {
  const measured: Record<'worker' | 'mainThread' | 'leave', { block: number; total: number }[]> = {
    worker: [],
    mainThread: [],
    leave: [],
  };
  for (const withWorker of [true, false]) {
    const router = routerOver(withWorker);
    const call = async (channel: 'sample:start' | 'sample:leave', input: unknown) => {
      const result = await router.dispatch(channel, input, PAGE);
      if (!result.ok) throw new Error(result.error.message);
    };
    for (let run = 0; run <= RUNS; run += 1) {
      const start = await longestBlock(() =>
        call('sample:start', { today: BENCH_TODAY, timeZone: 'Europe/London' }),
      );
      const leave = await longestBlock(() => call('sample:leave', {}));
      if (run === 0) continue; // warm-up
      measured[withWorker ? 'worker' : 'mainThread'].push(start);
      measured.leave.push(leave);
    }
  }
  const worst = (key: keyof typeof measured) => median(measured[key].map((m) => m.block));
  const took = (key: keyof typeof measured) => median(measured[key].map((m) => m.total));
  recordFigure({
    id: 'main/sample:start',
    section: 'Main process never blocked',
    what: 'sample:start, a year of sample data: longest block',
    unit: 'ms',
    value: worst('worker'),
    checks: [{ label: 'block', value: worst('worker'), atMost: 10, unit: 'ms' }],
    note:
      `Written by a worker; ready after ${took('worker').toFixed(0)} ms. The same on the main ` +
      `thread would block for ${worst('mainThread').toFixed(0)} ms (ready after ` +
      `${took('mainThread').toFixed(0)} ms).`,
  });
  recordFigure({
    id: 'main/sample:leave',
    section: 'Main process never blocked',
    what: 'sample:leave (close and remove the sample): longest block',
    unit: 'ms',
    value: worst('leave'),
    checks: [{ label: 'block', value: worst('leave'), atMost: 10, unit: 'ms' }],
  });
});
