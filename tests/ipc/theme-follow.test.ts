import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter, type IpcSender } from '../../src-main/ipc/router';
import type { GenerateSample } from '../../src-main/services/sample-data-service';
import { generateHistory } from '../../src-main/sample/generate-history';
import { DELETE_CONFIRMATION_WORD } from '../../src-main/shared/contract/data';
import type { ThemeChoice } from '../../src-main/shared/domain/settings';
import type { Channel } from '../../src-main/shared/ipc-channels';
import { createFakeFiles, type FakeFiles } from '../helpers/fake-files';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

const PAGE: IpcSender = { url: 'app://mending/index.html' };
const smallHistory: GenerateSample = (db, { today, timeZone }) => {
  generateHistory(db, { today, timeZone, years: 1 / 12 });
};

let testDb: ReturnType<typeof createTestDatabase>;
let files: FakeFiles;
let applied: ThemeChoice[];
let dir: string;

function routerOver() {
  return createRouter({
    handlers: createHandlers({
      db: testDb.db,
      version: 'test',
      databasePath: testDb.path,
      backupsDir: join(dirname(testDb.path), 'backups'),
      files,
      now: () => new Date('2026-11-27T10:00:00Z'),
      generateSample: smallHistory,
      applyTheme: (theme) => applied.push(theme),
    }),
    isTrustedSender: (sender) => sender.url === PAGE.url,
  });
}
let router: ReturnType<typeof routerOver>;

async function valueOf(channel: Channel, input: unknown = {}): Promise<unknown> {
  const result = await router.dispatch(channel, input, PAGE);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

beforeEach(() => {
  testDb = createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'mending-theme-'));
  files = createFakeFiles();
  applied = [];
  router = routerOver();
});
afterEach(() => {
  testDb.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('the native theme follows the appearance stored in the own data', () => {
  it('is applied once when the data opens: the default, or the choice kept from last time', async () => {
    expect(applied).toEqual(['system']);
    await valueOf('settings:update', { theme: 'dark' });
    applied = [];
    router = routerOver();
    expect(applied).toEqual(['dark']);
  });

  it('follows each new choice, and only a change of it', async () => {
    await valueOf('settings:update', { theme: 'dark' });
    await valueOf('settings:update', { breakupDay: '2026-10-01' });
    await valueOf('mood:create', {
      occurredAt: '2026-11-20T09:15:00.000Z',
      timeZone: 'Europe/Paris',
      mood: 5,
    });
    await valueOf('settings:update', { theme: 'light' });
    await valueOf('settings:update', { theme: 'system' });
    expect(applied).toEqual(['system', 'dark', 'light', 'system']);
  });

  it('applies nothing and writes nothing for an appearance it does not offer', async () => {
    await valueOf('settings:update', { theme: 'dark' });
    const before = snapshotAllTables(testDb.db);
    const refused = await router.dispatch('settings:update', { theme: 'sepia' }, PAGE);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'theme',
        message: 'The appearance can be as the system is set, light or dark.',
      },
    });
    expect(snapshotAllTables(testDb.db)).toEqual(before);
    expect(applied).toEqual(['system', 'dark']);
  });

  it('goes back to the system after Delete everything, which resets the choice', async () => {
    await valueOf('settings:update', { theme: 'dark' });
    await valueOf('data:erase', { confirmation: DELETE_CONFIRMATION_WORD });
    expect(await valueOf('settings:get')).toMatchObject({ theme: 'system' });
    expect(applied).toEqual(['system', 'dark', 'system']);
  });

  it('is carried by export and import; an older export without it leaves it as it is', async () => {
    await valueOf('settings:update', { theme: 'light' });
    const exported = join(dir, 'export.json');
    files.answerSave(exported);
    await valueOf('data:export');
    const file = JSON.parse(readFileSync(exported, 'utf8')) as {
      data: { settings: { key: string; value: unknown }[] };
    };
    expect(file.data.settings).toContainEqual(
      expect.objectContaining({ key: 'theme', value: 'light' }),
    );

    await valueOf('settings:update', { theme: 'dark' });
    files.answerOpen(exported);
    await valueOf('data:import', { mode: 'replace' });
    expect(await valueOf('settings:get')).toMatchObject({ theme: 'light' });
    expect(applied.at(-1)).toBe('light');

    // The same file as an older version wrote it: no appearance at all.
    const older = join(dir, 'older.json');
    file.data.settings = file.data.settings.filter((row) => row.key !== 'theme');
    writeFileSync(older, JSON.stringify(file));
    await valueOf('settings:update', { theme: 'dark' });
    files.answerOpen(older);
    await valueOf('data:import', { mode: 'replace' });
    expect(await valueOf('settings:get')).toMatchObject({ theme: 'dark' });
    expect(applied.at(-1)).toBe('dark');
  });

  it('follows a restored backup', async () => {
    await valueOf('settings:update', { theme: 'dark' });
    const made = (await valueOf('backup:create')) as { fileName: string };
    await valueOf('settings:update', { theme: 'light' });
    await valueOf('backup:restore', { fileName: made.fileName });
    expect(await valueOf('settings:get')).toMatchObject({ theme: 'dark' });
    expect(applied).toEqual(['system', 'dark', 'light', 'dark']);
  });

  it('stays the own choice while exploring sample data, and a choice made there is kept', async () => {
    await valueOf('settings:update', { theme: 'dark', breakupDay: '2026-10-01' });
    await valueOf('sample:start', { today: '2026-11-27', timeZone: 'Europe/Paris' });
    expect(await valueOf('settings:get')).toMatchObject({ theme: 'dark' });
    // Other settings are the sample's; the appearance is saved in the own data.
    const after = await valueOf('settings:update', { theme: 'light', unavoidableSituations: [] });
    expect(after).toMatchObject({ theme: 'light' });
    expect(applied.at(-1)).toBe('light');
    await valueOf('sample:leave');
    expect(await valueOf('settings:get')).toMatchObject({
      theme: 'light',
      breakupDay: '2026-10-01',
    });
    expect(applied.at(-1)).toBe('light');
  });
});
