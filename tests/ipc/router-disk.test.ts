import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter, type IpcSender } from '../../src-main/ipc/router';
import { overwriteRootPage } from '../helpers/damage';

const APP_PAGE: IpcSender = { url: 'app://mending/index.html' };
const valid = { occurredAt: '2026-11-27T09:15:00.000Z', timeZone: 'Europe/Paris', mood: 6 };

let dir: string;
let dataPath: string;
const connections: Database.Database[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-router-disk-'));
  dataPath = path.join(dir, 'mending.sqlite3');
});

afterEach(() => {
  for (const db of connections.splice(0)) if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function routerOver(db: Database.Database, dataDiskFreeBytes?: () => number) {
  connections.push(db);
  const onUnexpectedError = vi.fn();
  const router = createRouter({
    handlers: createHandlers({ db, version: '1.2.3', databasePath: dataPath }),
    isTrustedSender: () => true,
    onUnexpectedError,
    ...(dataDiskFreeBytes ? { dataDiskFreeBytes } : {}),
  });
  return { router, onUnexpectedError };
}

describe('the router on a data file that is damaged while the app runs', () => {
  it('answers mood:list with the code "damaged" and words that say how to restore', async () => {
    const good = openDatabase(dataPath);
    const { router: before } = routerOver(good);
    expect((await before.dispatch('mood:create', valid, APP_PAGE)).ok).toBe(true);
    good.close();
    overwriteRootPage(dataPath);
    // The damage appears after the start-up check: a connection opened without it.
    const { router, onUnexpectedError } = routerOver(new Database(dataPath));

    const result = await router.dispatch(
      'mood:list',
      { from: '2026-11-01', to: '2026-11-30' },
      APP_PAGE,
    );

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'damaged',
        message:
          'Mending could not read or save this because your data file is damaged. Close Mending ' +
          'and open it again: it will offer to restore your newest good backup, and keep the damaged file.',
      },
    });
    // Still reported for the logs, with SQLite's own words.
    expect(onUnexpectedError).toHaveBeenCalledOnce();
  });

  it('answers a save on the damaged table the same way', async () => {
    openDatabase(dataPath).close();
    overwriteRootPage(dataPath);
    const { router } = routerOver(new Database(dataPath));
    const result = await router.dispatch('mood:create', valid, APP_PAGE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('damaged');
  });
});

describe('the router on a full disk', () => {
  it('says the disk is full and that nothing was saved, instead of "Something went wrong"', async () => {
    const db = openDatabase(dataPath);
    const { router } = routerOver(db);
    db.pragma(`max_page_count = ${String(db.pragma('page_count', { simple: true }))}`);
    const note = 'A long day, and I am still here. '.repeat(100);

    let answer: Awaited<ReturnType<typeof router.dispatch>> | undefined;
    for (let i = 0; i < 1000; i += 1) {
      answer = await router.dispatch('mood:create', { ...valid, note }, APP_PAGE);
      if (!answer.ok) break;
    }

    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'Mending could not do this because your disk is full. Nothing was saved. ' +
          'Free some space on the disk (empty the bin, or move large files elsewhere), then try again.',
      },
    });
  });
});

describe('the router on a plain "disk I/O error"', () => {
  it('says the disk is full when there is almost no space left', async () => {
    const db = openDatabase(dataPath);
    connections.push(db);
    // How SQLite fails to grow its -shm index on a full disk: no word about space.
    const ioError = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_SHMSIZE' });
    const handlers = createHandlers({ db, version: '1.2.3', databasePath: dataPath });
    for (const [free, expected] of [
      [0, 'Mending could not do this because your disk is full. Nothing was saved.'],
      [
        10 * 1024 * 1024 * 1024,
        'Mending could not do this because the disk reported a read or write error.',
      ],
    ] as const) {
      const router = createRouter({
        handlers: {
          ...handlers,
          'mood:create': () => {
            throw ioError;
          },
        },
        isTrustedSender: () => true,
        dataDiskFreeBytes: () => free,
      });
      const result = await router.dispatch('mood:create', valid, APP_PAGE);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('conflict');
        expect(result.error.message.startsWith(expected)).toBe(true);
      }
    }
  });
});
