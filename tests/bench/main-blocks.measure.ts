import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openOrRecover } from '../../src-main/app/open-or-recover';
import { backupIfDue } from '../../src-main/db/backup';
import { openDatabase } from '../../src-main/db/open-database';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter, type Router } from '../../src-main/ipc/router';
import type { OffMain } from '../../src-main/services/off-main';
import { createFakeFiles, type FakeFiles } from '../helpers/fake-files';
import { startOffMainWorker } from '../helpers/off-main-worker';
import { busyLoop, longestBlock, type Blocks } from './event-loop-blocks';
import { median, recordFigure } from './figures';
import { BENCH_TODAY, HISTORY_SPANS, historyFile, type HistorySpan } from './histories';

/*
 * The main process never blocked: the longest single block of its event loop while it starts (the
 * data file opened and checked, the router made, the daily backup written and checked), while it
 * imports a ten-year export, and while it makes a ten-year report. Target: at most 10 ms each, so
 * the window never freezes. The screens' own reads are measured in their own figures.
 */
const PAGE = { url: 'app://mending/index.html' };
const ZONE = 'UTC';
const RUNS = 3;
const SECTION = 'Main process never blocked';
const scratch = mkdtempSync(join(tmpdir(), 'mending-blocks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let made = 0;
/** A fresh folder holding a copy of the `span` history, as the app's user-data folder would. */
function userDataWith(span: HistorySpan): { databasePath: string; backupsDir: string } {
  made += 1;
  const dir = join(scratch, `${span}-${made}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const databasePath = join(dir, 'mending.sqlite3');
  copyFileSync(historyFile(span), databasePath);
  return { databasePath, backupsDir: join(dir, 'backups') };
}

function routerFor(
  place: { databasePath: string; backupsDir: string },
  db: ReturnType<typeof openDatabase>,
  files: FakeFiles,
  offMain?: OffMain,
): Router {
  return createRouter({
    handlers: createHandlers({ db, version: 'bench', files, offMain, ...place }),
    isTrustedSender: () => true,
  });
}

async function must(router: Router, channel: string, input: unknown): Promise<unknown> {
  const answer = await router.dispatch(channel, input, PAGE);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.value;
}

/** What main.ts does before the window can answer: open (and check), handlers, router, backup. */
async function startUp(span: HistorySpan): Promise<Blocks> {
  const place = userDataWith(span);
  let opened: ReturnType<typeof openDatabase> | undefined;
  // The worker thread, as main.ts starts it before opening the file.
  const thread = startOffMainWorker(place.databasePath);
  const block = await longestBlock(async () => {
    const outcome = await openOrRecover({
      ...place,
      timeZone: ZONE,
      open: async (path) => {
        const isCheckedForDamage = await thread.run('checkDataFile', { path });
        return openDatabase(path, { backupsDir: place.backupsDir, isCheckedForDamage });
      },
      ask: () => Promise.reject(new Error('the bench history should open without a question')),
    });
    if (outcome.status !== 'opened') throw new Error('the bench history did not open');
    opened = outcome.db;
    routerFor(place, outcome.db, createFakeFiles(), thread.run);
    const backup = await backupIfDue(outcome.db, place.backupsDir, {
      now: new Date(),
      timeZone: ZONE,
      createElsewhere: (reason, now) =>
        thread.run('createBackup', {
          backupsDir: place.backupsDir,
          reason,
          now: now.toISOString(),
        }),
    });
    if (backup === null) throw new Error('a fresh folder must get its daily backup');
  });
  opened?.close();
  await thread.stop();
  return block;
}

/** An export of the `span` history, made once through data:export. */
const exports = new Map<HistorySpan, string>();
async function exportOf(span: HistorySpan): Promise<string> {
  const known = exports.get(span);
  if (known) return known;
  const place = userDataWith(span);
  const db = openDatabase(place.databasePath);
  const files = createFakeFiles();
  const target = join(scratch, `export-${span}.json`);
  files.answerSave(target);
  await must(routerFor(place, db, files), 'data:export', {});
  db.close();
  exports.set(span, target);
  return target;
}

/** data:import of the `span` export into a copy of the same history (a backup first, as in the app). */
async function importing(span: HistorySpan): Promise<Blocks> {
  const source = await exportOf(span);
  const place = userDataWith(span);
  const db = openDatabase(place.databasePath, { backupsDir: place.backupsDir });
  const files = createFakeFiles();
  files.answerOpen(source);
  const thread = startOffMainWorker(place.databasePath);
  // In the app the thread has been running since start-up (its first job is the start's check).
  await thread.run('checkDataFile', { path: place.databasePath });
  const router = routerFor(place, db, files, thread.run);
  const block = await longestBlock(() => must(router, 'data:import', { mode: 'replace' }));
  db.close();
  await thread.stop();
  return block;
}

/** report:save of everything up to BENCH_TODAY, in full, as a web page. */
async function reporting(span: HistorySpan): Promise<Blocks> {
  const place = userDataWith(span);
  const db = openDatabase(place.databasePath);
  const files = createFakeFiles();
  files.answerSave(join(scratch, `report-${span}-${made}.html`));
  const thread = startOffMainWorker(place.databasePath);
  // In the app the thread has been running since start-up (its first job is the start's check).
  await thread.run('checkDataFile', { path: place.databasePath });
  const router = routerFor(place, db, files, thread.run);
  const request = {
    from: '2016-11-28',
    to: BENCH_TODAY,
    privacy: 'full',
    redactions: [],
    format: 'html',
    pageSize: 'A4',
  };
  const block = await longestBlock(() => must(router, 'report:save', request));
  db.close();
  await thread.stop();
  return block;
}

async function byHistory(
  measure: (span: HistorySpan) => Promise<Blocks>,
): Promise<{ busy: Record<HistorySpan, number>; gap: Record<HistorySpan, number> }> {
  const samples: Record<HistorySpan, Blocks[]> = { month: [], year: [], tenYears: [] };
  for (const span of HISTORY_SPANS) await measure(span); // warm-up: JIT, page cache
  for (let i = 0; i < RUNS; i += 1) {
    for (const span of HISTORY_SPANS) samples[span].push(await measure(span));
  }
  const of = (key: keyof Blocks) => ({
    month: median(samples.month.map((b) => b[key])),
    year: median(samples.year.map((b) => b[key])),
    tenYears: median(samples.tenYears.map((b) => b[key])),
  });
  return { busy: of('busyMs'), gap: of('gapMs') };
}

test('the probe sees a known 50 ms block, and none where the thread only sleeps', async () => {
  const blocked = await longestBlock(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    busyLoop(50);
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
  expect(blocked.busyMs).toBeGreaterThanOrEqual(50);
  const idle = await longestBlock(() => new Promise((resolve) => setTimeout(resolve, 300)));
  expect(idle.busyMs).toBeLessThan(10);
});

const FIGURES = [
  { id: 'main/start-up', what: 'start-up with the daily backup', measure: startUp },
  { id: 'main/import', what: 'data:import of an export', measure: importing },
  { id: 'main/report', what: 'report:save of everything (HTML)', measure: reporting },
] as const;

for (const { id, what, measure } of FIGURES) {
  test(`longest block: ${what}`, async () => {
    const { busy, gap } = await byHistory(measure);
    const shown = (ms: number) => `${ms.toFixed(0)} ms`;
    recordFigure({
      id,
      section: SECTION,
      what: `${what}, longest block`,
      unit: 'ms',
      byHistory: busy,
      checks: [{ label: '10 y', value: busy.tenYears, atMost: 10, unit: 'ms' }],
      note:
        'the event loop busy between two turns; the longest wall-clock gaps, which include ' +
        `waiting for a core on this shared machine: ${shown(gap.month)}, ${shown(gap.year)}, ` +
        shown(gap.tenYears),
    });
  });
}
