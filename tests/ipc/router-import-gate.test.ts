import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { inlineOffMain, type OffMain } from '../../src-main/services/off-main';
import { DELETE_CONFIRMATION_WORD } from '../../src-main/shared/contract/data';
import type { FileDialogs } from '../../src-main/services/ports';
import { createTestDatabase } from '../helpers/test-db';

/*
 * While an import replaces everything (in the app, on the worker thread's connection), a write
 * from the window waits for it in the router, awaited, instead of waiting for SQLite's lock with
 * the main thread asleep; reads are answered meanwhile. Delete everything holds writes the same
 * way, so no write and no backup can land between its erase and its VACUUM.
 */
const PAGE = { url: 'app://mending/index.html' };
const mood = { occurredAt: '2026-11-27T09:15:00.000Z', timeZone: 'Europe/Paris', mood: 6 };
const ERASE = { confirmation: DELETE_CONFIRMATION_WORD };
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

describe('writes during Delete everything', () => {
  /**
   * A router whose Delete everything empties the file (inline, on the same connection) only when
   * the test lets it, as the worker thread does at its own pace in the app.
   */
  function routerWithHeldErase() {
    const inline = inlineOffMain(testDb.db);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const offMain: OffMain = async (job, input) => {
      if (job === 'eraseDataFile') await released;
      return inline(job, input);
    };
    const held = createRouter({
      handlers: createHandlers({
        db: testDb.db,
        version: 'test',
        databasePath: testDb.path,
        backupsDir: join(testDb.path, '..', 'backups'),
        offMain,
      }),
      isTrustedSender: () => true,
    });
    return { router: held, release };
  }

  it('wait until it has finished, so nothing lands between the erase and the VACUUM', async () => {
    const held = routerWithHeldErase();
    expect((await held.router.dispatch('mood:create', mood, PAGE)).ok).toBe(true);
    const events: string[] = [];
    const erasing = held.router.dispatch('data:erase', ERASE, PAGE).then((result) => {
      events.push('erase');
      return result;
    });
    await settle();
    const saving = held.router.dispatch('mood:create', mood, PAGE).then((result) => {
      events.push('save');
      return result;
    });
    const backingUp = held.router.dispatch('backup:create', {}, PAGE).then((result) => {
      events.push('backup');
      return result;
    });
    const reading = held.router.dispatch('mood:list', day, PAGE).then(() => events.push('read'));
    await settle();
    expect(events).toEqual(['read']);

    held.release();
    await Promise.all([erasing, saving, backingUp, reading]);
    expect(events.slice(0, 2)).toEqual(['read', 'erase']);
    expect(await erasing).toMatchObject({ ok: true, value: { counts: { moodEntries: 1 } } });
    // The save waited, so it is the one entry left, and the backup made after holds only it.
    expect(await saving).toMatchObject({ ok: true });
    expect(await backingUp).toMatchObject({ ok: true });
    const left = await held.router.dispatch('mood:list', day, PAGE);
    expect(left).toMatchObject({ ok: true });
    expect(left.ok && Array.isArray(left.value) ? left.value.length : -1).toBe(1);
  });

  it('and an import asked for meanwhile waits too', async () => {
    const held = routerWithHeldErase();
    const events: string[] = [];
    const erasing = held.router
      .dispatch('data:erase', ERASE, PAGE)
      .then(() => events.push('erase'));
    await settle();
    const importing = held.router
      .dispatch('data:import', { mode: 'replace' }, PAGE)
      .then(() => events.push('import'));
    await settle();
    expect(events).toEqual([]);
    held.release();
    await erasing;
    await settle();
    // The import now asks for its file (this router's dialogs answer "cancelled").
    await importing;
    expect(events).toEqual(['erase', 'import']);
  });
});
