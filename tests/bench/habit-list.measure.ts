import { afterAll, test } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { recordFigure, sideBySideMs } from './figures';
import { BENCH_TODAY, HISTORY_SPANS, openHistoryCopy } from './histories';

/*
 * The Habits and Today screens' list of habits with their strength, through the router as the
 * renderer asks for it, over a month, a year and ten years of history. Target: 10 years under
 * 5 ms, and no more than 1.2 times the month's cost.
 */
const PAGE = { url: 'app://mending/index.html' };
const copies = HISTORY_SPANS.map((span) => openHistoryCopy(span));
afterAll(() => copies.forEach((copy) => copy.cleanup()));

test('habit:list by history length', async () => {
  const dispatchers = copies.map((copy) => {
    const router = createRouter({
      handlers: createHandlers({ db: copy.db, version: 'bench', databasePath: copy.path }),
      isTrustedSender: () => true,
    });
    return async () => {
      const result = await router.dispatch('habit:list', { day: BENCH_TODAY }, PAGE);
      if (!result.ok) throw new Error(result.error.message);
    };
  });
  const [month, year, tenYears] = dispatchers;
  if (!month || !year || !tenYears) throw new Error('three histories expected');
  const ms = await sideBySideMs({ month, year, tenYears });
  recordFigure({
    id: 'router/habit:list',
    section: 'Screens through the router',
    what: 'habit:list (Habits, Today)',
    unit: 'ms',
    byHistory: ms,
    checks: [
      { label: '10 y', value: ms.tenYears, atMost: 5, unit: 'ms' },
      { label: '10 y / 1 m', value: ms.tenYears / ms.month, atMost: 1.2 },
    ],
  });
});
