import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import type { FileDialogs } from '../../src-main/services/ports';
import { createTestDatabase } from '../helpers/test-db';

/*
 * While an import replaces everything (in the app, on the worker thread's connection), a write
 * from the window waits for it in the router, awaited, instead of waiting for SQLite's lock with
 * the main thread asleep; reads are answered meanwhile.
 */
const PAGE = { url: 'app://mending/index.html' };
const mood = { occurredAt: '2026-11-27T09:15:00.000Z', timeZone: 'Europe/Paris', mood: 6 };
const day = { from: '2026-11-27', to: '2026-11-27' };

let testDb: ReturnType<typeof createTestDatabase>;
/** Answers the import's open dialog when the test says so. */
let answerOpen: (path: string | null) => void;
let router: ReturnType<typeof createRouter>;

beforeEach(() => {
  testDb = createTestDatabase();
  const files: FileDialogs = {
    chooseSavePath: () => Promise.resolve(null),
    chooseOpenPath: () =>
      new Promise((resolve) => {
        answerOpen = resolve;
      }),
  };
  router = createRouter({
    handlers: createHandlers({ db: testDb.db, version: 'test', databasePath: testDb.path, files }),
    isTrustedSender: () => true,
  });
});
afterEach(() => testDb.cleanup());

/** Lets every promise that can settle now settle (several turns: the router awaits in steps). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe('writes during an import', () => {
  it('wait for the import to finish, while reads are answered', async () => {
    const events: string[] = [];
    const importing = router
      .dispatch('data:import', { mode: 'replace' }, PAGE)
      .then(() => events.push('import'));
    await settle();
    const saving = router.dispatch('mood:create', mood, PAGE).then((result) => {
      events.push('save');
      return result;
    });
    const reading = router.dispatch('mood:list', day, PAGE).then(() => events.push('read'));
    await settle();
    expect(events).toEqual(['read']);

    answerOpen(null);
    await Promise.all([importing, saving, reading]);
    expect(events).toEqual(['read', 'import', 'save']);
    expect(await saving).toMatchObject({ ok: true, value: { mood: 6 } });
  });

  it('run at once when no import is running, and after an import that failed', async () => {
    const first = await router.dispatch('mood:create', mood, PAGE);
    expect(first.ok).toBe(true);
    const importing = router.dispatch('data:import', { mode: 'replace' }, PAGE);
    await settle();
    answerOpen('/no/such/folder/export.json');
    expect(await importing).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const after = await router.dispatch('mood:create', mood, PAGE);
    expect(after.ok).toBe(true);
  });
});
