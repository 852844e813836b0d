import { bench, describe } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { generateHistory } from '../../src-main/sample/generate-history';
import { CHART_CHANNELS } from '../../src-main/shared/ipc-channels';
import { createTestDatabase } from '../helpers/test-db';

/*
 * What the Journey and Insights charts cost each time they read, through the router as the
 * renderer calls them: ten years of generated history (src-main/sample/generate-history.ts): one
 * to three mood entries a day, twelve habits with check-ins on most days, several conversations a
 * week. Target: a mean under 100 ms for the habit chart
 * (it scores every habit's whole history, all time or a year alike) and under 30 ms for each
 * other chart, so the main process is never held up. Measured on our shared 2-core build machine
 * while it ran about 15 jobs at once (30 November 2026), in CPU time per call: about 45 ms for
 * habits, 10 ms for mood over all time, 5 ms or less for the rest; wall time was three to four
 * times that. Run with `npm run bench`.
 */

const TODAY = '2026-11-27';
const testDb = createTestDatabase();
generateHistory(testDb.db, { today: TODAY, years: 10 });
const router = createRouter({
  handlers: createHandlers({ db: testDb.db, version: 'bench', databasePath: testDb.path }),
  isTrustedSender: () => true,
});
const PAGE = { url: 'app://mending/index.html' };

async function read(channel: (typeof CHART_CHANNELS)[number], range: 'all' | 'year') {
  const result = await router.dispatch(channel, { range, today: TODAY }, PAGE);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
}

describe('the chart series, ten years of history', () => {
  for (const channel of CHART_CHANNELS) {
    bench(`${channel}, all time`, () => read(channel, 'all'));
    bench(`${channel}, the last year`, () => read(channel, 'year'));
  }
});
