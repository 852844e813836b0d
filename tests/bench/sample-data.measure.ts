import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, test } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { recordFigure, sideBySideMs } from './figures';
import { BENCH_TODAY } from './histories';

/*
 * "Explore with sample data": making the sample (a year of made-up history, written into a new
 * file in one transaction) and leaving it. Both run on the main process as one synchronous
 * block, so the time each takes is how long the window cannot answer.
 */
const PAGE = { url: 'app://mending/index.html' };
const dir = mkdtempSync(join(tmpdir(), 'mending-bench-sample-'));
const databasePath = join(dir, 'mending.sqlite3');
const db = openDatabase(databasePath);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('sample:start and sample:leave', async () => {
  const router = createRouter({
    handlers: createHandlers({ db, version: 'bench', databasePath }),
    isTrustedSender: () => true,
  });
  const call = async (channel: 'sample:start' | 'sample:leave', input: unknown) => {
    const result = await router.dispatch(channel, input, PAGE);
    if (!result.ok) throw new Error(result.error.message);
  };
  const ms = await sideBySideMs(
    {
      start: () => call('sample:start', { today: BENCH_TODAY, timeZone: 'Europe/London' }),
      leave: () => call('sample:leave', {}),
    },
    { warmup: 1, runs: 5 },
  );
  recordFigure({
    id: 'main/sample:start',
    section: 'Main process never blocked',
    what: 'sample:start (a year of sample data, one block)',
    unit: 'ms',
    value: ms.start,
    checks: [{ label: 'block', value: ms.start, atMost: 10, unit: 'ms' }],
    note: 'Generator and new file in one synchronous block on the main process (the renderer stays responsive and shows the button busy); a worker would bring it under 10 ms.',
  });
  recordFigure({
    id: 'main/sample:leave',
    section: 'Main process never blocked',
    what: 'sample:leave (close and remove the sample file)',
    unit: 'ms',
    value: ms.leave,
    checks: [{ label: 'block', value: ms.leave, atMost: 10, unit: 'ms' }],
  });
});
