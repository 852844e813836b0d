import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkForDamage, openDatabase } from '../../src-main/db/open-database';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter, type IpcSender } from '../../src-main/ipc/router';
import { REFUSED_WHILE_EXPLORING } from '../../src-main/ipc/sample-copy';
import {
  SAMPLE_FILE_NAME,
  SAMPLE_FOLDER_NAME,
  type GenerateSample,
} from '../../src-main/services/sample-data-service';
import { DELETE_CONFIRMATION_WORD } from '../../src-main/shared/contract/data';
import { SAMPLE_FIRST_TODAY } from '../../src-main/shared/contract/sample';
import type { Channel } from '../../src-main/shared/ipc-channels';
import { createFakeFiles, type FakeFiles } from '../helpers/fake-files';
import { generateHistory } from '../../src-main/sample/generate-history';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

const APP_PAGE: IpcSender = { url: 'app://mending/index.html' };
const TODAY = '2026-11-27';
const ZONE = 'Europe/Paris';
const WHOLE_YEAR = { from: '2025-11-27', to: TODAY };
const OWN_MOOD = { occurredAt: '2026-11-20T09:15:00.000Z', timeZone: ZONE, mood: 4, note: 'mine' };

// A small made-up history (a month), so these tests stay quick; what it holds does not matter here.
const smallHistory: GenerateSample = (db, { today, timeZone }) => {
  generateHistory(db, { today, timeZone, years: 1 / 12 });
};

let testDb: ReturnType<typeof createTestDatabase>;
let files: FakeFiles;
let router: ReturnType<typeof createRouter>;
/** The folders "Show data folder" asked the file manager to open. */
let openedFolders: string[];
const sampleFolder = () => join(dirname(testDb.path), SAMPLE_FOLDER_NAME);
const sampleFile = () => join(sampleFolder(), SAMPLE_FILE_NAME);

function routerOver(generateSample: GenerateSample = smallHistory) {
  return createRouter({
    handlers: createHandlers({
      db: testDb.db,
      version: '1.2.3',
      databasePath: testDb.path,
      files,
      now: () => new Date('2026-11-27T10:00:00Z'),
      generateSample,
      openFolder: async (folder) => {
        openedFolders.push(folder);
        return '';
      },
      // The test's own source stands in for a notices file: any readable file will do.
      licenceNotices: [{ part: 'main', path: __filename }],
    }),
    isTrustedSender: (sender) => sender.url === APP_PAGE.url,
  });
}

async function call(channel: Channel, input: unknown = {}) {
  return router.dispatch(channel, input, APP_PAGE);
}

async function valueOf(channel: Channel, input: unknown = {}): Promise<unknown> {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

beforeEach(async () => {
  testDb = createTestDatabase();
  openedFolders = [];
  files = createFakeFiles();
  router = routerOver();
  await valueOf('mood:create', OWN_MOOD);
  await valueOf('habit:create', { name: 'Walk', kind: 'build', targetCount: 1, period: 'day' });
});
afterEach(() => testDb.cleanup());

describe('exploring sample data', () => {
  it('starts in the person’s own data', async () => {
    expect(await valueOf('sample:status')).toEqual({ isExploring: false });
    expect(existsSync(sampleFolder())).toBe(false);
  });

  it('shows a made-up history from a separate, owner-only file while the own data stays as it was', async () => {
    const ownBefore = snapshotAllTables(testDb.db);
    expect(await valueOf('sample:start', { today: TODAY, timeZone: ZONE })).toEqual({
      isExploring: true,
    });
    expect(await valueOf('sample:status')).toEqual({ isExploring: true });

    expect(statSync(sampleFolder()).mode & 0o777).toBe(0o700);
    expect(statSync(sampleFile()).mode & 0o777).toBe(0o600);
    const moods = (await valueOf('mood:list', WHOLE_YEAR)) as { note: string | null }[];
    expect(moods.length).toBeGreaterThan(20);
    expect(moods.map((m) => m.note)).not.toContain('mine');
    // The person's connection stays open and unchanged, row for row.
    expect(testDb.db.open).toBe(true);
    expect(snapshotAllTables(testDb.db)).toEqual(ownBefore);
  });

  it('keeps entries made while exploring in the sample, and leaving removes them with it', async () => {
    const ownBefore = snapshotAllTables(testDb.db);
    await valueOf('sample:start', { today: TODAY, timeZone: ZONE });
    await valueOf('mood:create', { ...OWN_MOOD, note: 'typed while exploring' });
    await valueOf('habit:create', {
      name: 'Sample habit',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
    expect(snapshotAllTables(testDb.db)).toEqual(ownBefore);

    expect(await valueOf('sample:leave')).toEqual({ isExploring: false });
    expect(await valueOf('sample:status')).toEqual({ isExploring: false });
    expect(existsSync(sampleFolder())).toBe(false);
    expect(snapshotAllTables(testDb.db)).toEqual(ownBefore);
    const moods = (await valueOf('mood:list', WHOLE_YEAR)) as { note: string | null }[];
    expect(moods.map((m) => m.note)).toEqual(['mine']);
    const habits = (await valueOf('habit:list', { day: TODAY })) as { name: string }[];
    expect(habits.map((h) => h.name)).toEqual(['Walk']);
  });

  it('starts afresh each time: nothing typed in an earlier sample comes back', async () => {
    await valueOf('sample:start', { today: TODAY, timeZone: ZONE });
    await valueOf('mood:create', { ...OWN_MOOD, note: 'typed while exploring' });
    await valueOf('sample:leave');
    await valueOf('sample:start', { today: TODAY, timeZone: ZONE });
    const moods = (await valueOf('mood:list', WHOLE_YEAR)) as { note: string | null }[];
    expect(moods.map((m) => m.note)).not.toContain('typed while exploring');
  });

  it('answers a second start with the sample already open, and a leave with nothing open', async () => {
    expect(await valueOf('sample:leave')).toEqual({ isExploring: false });
    await valueOf('sample:start', { today: TODAY, timeZone: ZONE });
    await valueOf('mood:create', { ...OWN_MOOD, note: 'typed while exploring' });
    expect(await valueOf('sample:start', { today: TODAY, timeZone: ZONE })).toEqual({
      isExploring: true,
    });
    const moods = (await valueOf('mood:list', WHOLE_YEAR)) as { note: string | null }[];
    expect(moods.map((m) => m.note)).toContain('typed while exploring');
  });

  it('refuses, with the way back, every channel that acts on files beyond the database', async () => {
    // A backup of the person's own data, to show that none is listed, restored or added.
    const made = (await valueOf('backup:create')) as { fileName: string };
    const backupsDir = join(dirname(testDb.path), 'backups');
    const backupsBefore = readdirSync(backupsDir).sort();
    await valueOf('sample:start', { today: TODAY, timeZone: ZONE });
    const ownBefore = snapshotAllTables(testDb.db);
    const sampleBefore = (await valueOf('mood:list', WHOLE_YEAR)) as unknown[];

    const refused: [Channel, unknown, string][] = [
      ['backup:list', {}, REFUSED_WHILE_EXPLORING.backups],
      ['backup:create', {}, REFUSED_WHILE_EXPLORING.backups],
      ['backup:restore', { fileName: made.fileName }, REFUSED_WHILE_EXPLORING.backups],
      ['data:import', { mode: 'replace' }, REFUSED_WHILE_EXPLORING.import],
      ['data:summary', {}, REFUSED_WHILE_EXPLORING.deleteEverything],
      [
        'data:erase',
        { confirmation: DELETE_CONFIRMATION_WORD },
        REFUSED_WHILE_EXPLORING.deleteEverything,
      ],
    ];
    for (const [channel, input, message] of refused) {
      expect(await call(channel, input), channel).toEqual({
        ok: false,
        error: { code: 'conflict', message },
      });
      expect(message).toContain('Leave sample data first');
    }
    // No dialog was shown (the fake fails loudly on one), and nothing changed anywhere.
    expect(files.openRequests).toEqual([]);
    expect(readdirSync(backupsDir).sort()).toEqual(backupsBefore);
    expect(snapshotAllTables(testDb.db)).toEqual(ownBefore);
    expect(await valueOf('mood:list', WHOLE_YEAR)).toEqual(sampleBefore);
    expect(existsSync(sampleFile())).toBe(true);
  });

  it('lets the same channels work again on the own data after leaving', async () => {
    await valueOf('sample:start', { today: TODAY, timeZone: ZONE });
    await valueOf('sample:leave');
    const summary = (await valueOf('data:summary')) as { counts: { moodEntries: number } };
    expect(summary.counts.moodEntries).toBe(1);
    expect(await call('backup:list')).toMatchObject({ ok: true });
  });

  it('names saved files and their dialogs as sample data, and still says where the own file is', async () => {
    await valueOf('sample:start', { today: TODAY, timeZone: ZONE });
    const target = join(dirname(testDb.path), 'chosen.json');
    files.answerSave(target, null, null);
    expect(await valueOf('data:export')).toMatchObject({ saved: true });
    await valueOf('data:csv', { kind: 'mood' });
    await valueOf('report:save', { from: '2026-11-01', to: TODAY, format: 'html' });
    expect(files.saveRequests).toHaveLength(3);
    for (const request of files.saveRequests) {
      expect(request.defaultName).toMatch(/^sample-data-mending-/);
      expect(request.title).toContain('sample data');
    }
    expect(await valueOf('app:info')).toEqual({ version: '1.2.3', databasePath: testDb.path });
    // Show data folder opens the person's own data folder, not the sample's inside it.
    expect(await valueOf('app:reveal')).toEqual({ folder: dirname(testDb.path) });
    expect(openedFolders).toEqual([dirname(testDb.path)]);
    // About's licences are the app's own, whatever data is open.
    expect(await valueOf('licence:list')).toEqual({
      notices: [{ part: 'main', path: __filename, text: readFileSync(__filename, 'utf8') }],
    });
  });

  it('leaves nothing behind when the sample cannot be made, and stays on the own data', async () => {
    router = routerOver(() => {
      throw new Error('generator broke');
    });
    const ownBefore = snapshotAllTables(testDb.db);
    const result = await call('sample:start', { today: TODAY, timeZone: ZONE });
    expect(result.ok).toBe(false);
    expect(existsSync(sampleFolder())).toBe(false);
    expect(await valueOf('sample:status')).toEqual({ isExploring: false });
    expect(snapshotAllTables(testDb.db)).toEqual(ownBefore);
  });

  it('fills the sample with about a year of made-up history ending on the day on screen', async () => {
    router = createRouter({
      handlers: createHandlers({ db: testDb.db, version: '1.2.3', databasePath: testDb.path }),
      isTrustedSender: (sender) => sender.url === APP_PAGE.url,
    });
    await valueOf('sample:start', { today: TODAY, timeZone: ZONE });
    const moods = (await valueOf('mood:list', {
      from: '2020-01-01',
      to: '2027-12-31',
    })) as { day: string; note: string | null }[];
    const days = moods.map((m) => m.day).sort();
    expect(days.at(-1)).toBe(TODAY);
    expect(days[0]).toMatch(/^2025-11-2\d$/);
    expect(new Set(days).size).toBeGreaterThan(300);
    expect(moods.map((m) => m.note)).not.toContain('mine');
    const settings = (await valueOf('settings:get')) as { welcome: string };
    expect(settings.welcome).toBe('finished');
    await valueOf('sample:leave');
    expect(existsSync(sampleFolder())).toBe(false);
  });

  it('makes a sample on the first and last days it can end on', async () => {
    router = createRouter({
      handlers: createHandlers({ db: testDb.db, version: '1.2.3', databasePath: testDb.path }),
      isTrustedSender: (sender) => sender.url === APP_PAGE.url,
    });
    for (const today of [SAMPLE_FIRST_TODAY, '2999-12-31']) {
      expect(await call('sample:start', { today, timeZone: 'Pacific/Kiritimati' })).toEqual({
        ok: true,
        value: { isExploring: true },
      });
      await valueOf('sample:leave');
    }
  });

  it('refuses a start whose year would begin before 1900, naming the day', async () => {
    for (const today of ['1900-01-01', '1901-01-01']) {
      const result = await call('sample:start', { today, timeZone: ZONE });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'today' } });
      expect(result.ok ? '' : result.error.message).toContain('check that this computer’s date');
    }
    expect(existsSync(sampleFolder())).toBe(false);
  });

  it('refuses a start without the day on screen, naming the field', async () => {
    expect(await call('sample:start', { timeZone: ZONE })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'today' },
    });
    expect(existsSync(sampleFolder())).toBe(false);
  });
});

describe('a sample made off the main thread', () => {
  /**
   * Writes the file as the worker does (its own connection, closed when done, then checked for
   * damage), a little later; `onWritten` runs once it is.
   */
  function slowFileMaker(calls: string[], onWritten: () => void = () => undefined) {
    return async (request: { databasePath: string; today: string; timeZone: string }) => {
      calls.push(request.databasePath);
      await new Promise((done) => setTimeout(done, 30));
      const db = openDatabase(request.databasePath);
      try {
        generateHistory(db, { today: request.today, timeZone: request.timeZone, years: 1 / 12 });
      } finally {
        db.close();
      }
      expect(checkForDamage(request.databasePath)).toBe(true);
      onWritten();
    };
  }

  it('starts afresh when asked while the last sample is still being removed', async () => {
    router = createRouter({
      handlers: createHandlers({
        db: testDb.db,
        version: '1.2.3',
        databasePath: testDb.path,
        makeSampleFile: slowFileMaker([]),
      }),
      isTrustedSender: (sender) => sender.url === APP_PAGE.url,
    });
    await valueOf('sample:start', { today: TODAY, timeZone: ZONE });
    await valueOf('mood:create', { ...OWN_MOOD, note: 'typed in the first sample' });
    // Not awaited: the removal happens off the event loop, and must not take the new sample's
    // file with it.
    const leaving = call('sample:leave');
    const starting = call('sample:start', { today: TODAY, timeZone: ZONE });
    expect(await leaving).toEqual({ ok: true, value: { isExploring: false } });
    expect(await starting).toEqual({ ok: true, value: { isExploring: true } });
    const moods = (await valueOf('mood:list', WHOLE_YEAR)) as { note: string | null }[];
    expect(moods.length).toBeGreaterThan(20);
    expect(moods.some((mood) => mood.note === 'typed in the first sample')).toBe(false);
    expect(existsSync(sampleFile())).toBe(true);
    await valueOf('sample:leave');
    expect(existsSync(sampleFolder())).toBe(false);
  });

  it('opens the written file and prepares its statements over many turns, so the window keeps answering', async () => {
    let turns = 0;
    let isCounting = false;
    const count = (): void => {
      if (!isCounting) return;
      turns += 1;
      setImmediate(count);
    };
    router = createRouter({
      handlers: createHandlers({
        db: testDb.db,
        version: '1.2.3',
        databasePath: testDb.path,
        makeSampleFile: slowFileMaker([], () => {
          isCounting = true;
          setImmediate(count);
        }),
      }),
      isTrustedSender: (sender) => sender.url === APP_PAGE.url,
    });
    expect(await call('sample:start', { today: TODAY, timeZone: ZONE })).toEqual({
      ok: true,
      value: { isExploring: true },
    });
    isCounting = false;
    // One turn after opening the file, then one between each domain's handlers (more than ten):
    // built at once, the event loop would have had a turn or two.
    expect(turns).toBeGreaterThanOrEqual(10);
    const moods = (await valueOf('mood:list', WHOLE_YEAR)) as unknown[];
    expect(moods.length).toBeGreaterThan(20);
  });

  it('opens the finished file, and a second start or a leave meanwhile waits for it', async () => {
    const calls: string[] = [];
    router = createRouter({
      handlers: createHandlers({
        db: testDb.db,
        version: '1.2.3',
        databasePath: testDb.path,
        makeSampleFile: slowFileMaker(calls),
      }),
      isTrustedSender: (sender) => sender.url === APP_PAGE.url,
    });
    const ownBefore = snapshotAllTables(testDb.db);
    const first = call('sample:start', { today: TODAY, timeZone: ZONE });
    const second = call('sample:start', { today: TODAY, timeZone: ZONE });
    // Still on the own data while the sample is being written.
    expect(await valueOf('sample:status')).toEqual({ isExploring: false });
    expect(await first).toEqual({ ok: true, value: { isExploring: true } });
    expect(await second).toEqual({ ok: true, value: { isExploring: true } });
    expect(calls).toEqual([sampleFile()]);
    const moods = (await valueOf('mood:list', WHOLE_YEAR)) as unknown[];
    expect(moods.length).toBeGreaterThan(20);

    await valueOf('sample:leave');
    const third = call('sample:start', { today: TODAY, timeZone: ZONE });
    expect(await valueOf('sample:leave')).toEqual({ isExploring: false });
    expect(await third).toMatchObject({ ok: true });
    expect(existsSync(sampleFolder())).toBe(false);
    expect(await valueOf('sample:status')).toEqual({ isExploring: false });
    expect(snapshotAllTables(testDb.db)).toEqual(ownBefore);
  });
});

describe('a sample left behind by a crash', () => {
  it('is removed at the next start, which opens on the person’s own data', async () => {
    mkdirSync(sampleFolder(), { recursive: true });
    for (const name of [SAMPLE_FILE_NAME, `${SAMPLE_FILE_NAME}-wal`, `${SAMPLE_FILE_NAME}-shm`]) {
      writeFileSync(join(sampleFolder(), name), 'left by a crash');
    }
    const ownBefore = snapshotAllTables(testDb.db);
    router = routerOver();
    expect(existsSync(sampleFolder())).toBe(false);
    expect(await valueOf('sample:status')).toEqual({ isExploring: false });
    expect(snapshotAllTables(testDb.db)).toEqual(ownBefore);
  });
});
