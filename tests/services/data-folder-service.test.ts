import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { showDataFolder } from '../../src-main/services/data-folder-service';
import { createTestDatabase } from '../helpers/test-db';

const PAGE = { url: 'app://mending/index.html' };

let testDb: ReturnType<typeof createTestDatabase>;
beforeEach(() => {
  testDb = createTestDatabase();
});
afterEach(() => testDb.cleanup());

/** The router over a real data file, with a file manager that records what it was asked. */
function routerWith(answer: (folder: string) => Promise<string>) {
  const opened: string[] = [];
  const router = createRouter({
    handlers: createHandlers({
      db: testDb.db,
      version: 'test',
      databasePath: testDb.path,
      openFolder: (folder) => {
        opened.push(folder);
        return answer(folder);
      },
    }),
    isTrustedSender: (sender) => sender.url === PAGE.url,
  });
  return { opened, reveal: () => router.dispatch('app:reveal', {}, PAGE) };
}

describe('Show data folder (app:reveal)', () => {
  it('opens exactly the folder that holds the data file, and says which', async () => {
    const { opened, reveal } = routerWith(async () => '');
    expect(await reveal()).toEqual({ ok: true, value: { folder: dirname(testDb.path) } });
    expect(opened).toEqual([dirname(testDb.path)]);
  });

  it("says what the system said and where the folder is, when it can't be opened", async () => {
    const { reveal } = routerWith(async () => 'Failed to open path');
    const answer = await reveal();
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (answer.ok) return;
    expect(answer.error.message).toBe(
      'Mending could not open your data folder (your system said: Failed to open path). ' +
        `You can open it yourself in your file manager: it is ${dirname(testDb.path)}`,
    );
  });

  it('says the same when the file manager fails outright', async () => {
    const { reveal } = routerWith(() => Promise.reject(new Error('no file manager installed')));
    const answer = await reveal();
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toContain('your system said: no file manager installed');
    expect(answer.error.message).toContain(dirname(testDb.path));
  });

  it('refuses input, as every channel without input does', async () => {
    const { opened, reveal } = routerWith(async () => '');
    const router = createRouter({
      handlers: createHandlers({ db: testDb.db, version: 'test', databasePath: testDb.path }),
      isTrustedSender: () => true,
    });
    expect(await router.dispatch('app:reveal', { folder: '/etc' }, PAGE)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(opened).toEqual([]);
    expect((await reveal()).ok).toBe(true);
  });
});

describe('showDataFolder', () => {
  it('has no folder to show for data kept in memory, and opens nothing', async () => {
    const opened: string[] = [];
    await expect(
      showDataFolder(':memory:', async (folder) => {
        opened.push(folder);
        return '';
      }),
    ).rejects.toThrow('Your data is not kept in a folder on this computer.');
    expect(opened).toEqual([]);
  });

  it('names the folder when there is no file manager to ask', async () => {
    await expect(
      showDataFolder('/home/someone/.config/Mending/mending.sqlite3', undefined),
    ).rejects.toThrow(
      'You can open it yourself in your file manager: it is /home/someone/.config/Mending',
    );
  });
});
