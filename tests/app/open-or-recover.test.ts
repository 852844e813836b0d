import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupDateInWords,
  messageBoxFor,
  openOrRecover,
  type RecoveryChoice,
  type RecoveryQuestion,
} from '../../src-main/app/open-or-recover';
import { createBackup } from '../../src-main/db/backup';
import { LATEST_SCHEMA_VERSION } from '../../src-main/db/migrations/index';
import { APPLICATION_ID, openDatabase } from '../../src-main/db/open-database';
import { overwriteRootPage } from '../helpers/damage';

const ZONE = 'Europe/Berlin';
const BACKUP_TIME = new Date('2026-11-27T22:10:05Z'); // 23:10 in Berlin
/** How the questions name that backup (its words are checked in 'writes the backup's date'). */
const BACKUP_IN_BERLIN = backupDateInWords(BACKUP_TIME.toISOString(), ZONE);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const NOW = new Date('2026-12-02T07:00:00Z');

let dir: string;
let dataPath: string;
let backupsDir: string;
const opened: Database.Database[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-recover-'));
  dataPath = path.join(dir, 'mending.sqlite3');
  backupsDir = path.join(dir, 'backups');
});

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function addMood(db: Database.Database, note: string): void {
  db.prepare(
    `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, note, created_at, updated_at)
     VALUES ('2026-11-20T08:00:00.000Z', 'Europe/Berlin', '2026-11-20', 6, ?, 'x', 'x')`,
  ).run(note);
}

function notes(db: Database.Database): unknown[] {
  return db.prepare('SELECT note FROM mood_entries ORDER BY id').pluck().all();
}

/** A data file with one entry, closed cleanly; optionally a backup of it first. */
async function makeDataFile(options: { withBackup: boolean }): Promise<void> {
  const db = openDatabase(dataPath);
  addMood(db, 'in the backup');
  if (options.withBackup) {
    await createBackup(db, backupsDir, { kind: 'daily' }, { now: BACKUP_TIME });
  }
  addMood(db, 'after the backup');
  db.close();
}

/** Every file under the temp folder with its contents' hash: what "untouched" means. */
function folderState(): Record<string, string> {
  const state: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const filePath = path.join(entry.parentPath, entry.name);
    state[path.relative(dir, filePath)] = crypto
      .createHash('sha256')
      .update(fs.readFileSync(filePath))
      .digest('hex');
  }
  return state;
}

const DAMAGE: ReadonlyArray<readonly [string, (filePath: string) => void]> = [
  [
    'a zeroed header',
    (filePath) => {
      const bytes = fs.readFileSync(filePath);
      bytes.fill(0, 0, 100);
      fs.writeFileSync(filePath, bytes);
    },
  ],
  [
    'a truncated file',
    (filePath) => fs.truncateSync(filePath, Math.floor(fs.statSync(filePath).size / 2)),
  ],
  [
    'its mood_entries root page overwritten (header intact)',
    (filePath) => overwriteRootPage(filePath),
  ],
  ['random bytes', (filePath) => fs.writeFileSync(filePath, crypto.randomBytes(16_384))],
  [
    'a text file',
    (filePath) => fs.writeFileSync(filePath, 'Dear diary,\nToday was hard.\n'.repeat(200)),
  ],
];

/** A fake message box that records every question and gives the scripted answer. */
function fakeAsk(answer: RecoveryChoice) {
  const questions: RecoveryQuestion[] = [];
  return {
    questions,
    ask: (question: RecoveryQuestion) => {
      questions.push(question);
      return Promise.resolve(answer);
    },
  };
}

async function run(answer: RecoveryChoice) {
  const fake = fakeAsk(answer);
  const outcome = await openOrRecover({
    databasePath: dataPath,
    backupsDir,
    timeZone: ZONE,
    now: () => NOW,
    open: (filePath) => openDatabase(filePath, { backupsDir }),
    ask: fake.ask,
  });
  if (outcome.status === 'opened') opened.push(outcome.db);
  return { outcome, questions: fake.questions };
}

describe('openOrRecover on a good data file', () => {
  it.each([true, false])('opens it without asking anything (backups: %s)', async (withBackup) => {
    await makeDataFile({ withBackup });
    const before = folderState();

    const { outcome, questions } = await run('restore');

    expect(questions).toEqual([]);
    expect(outcome.status).toBe('opened');
    if (outcome.status !== 'opened') return;
    expect(notes(outcome.db)).toEqual(['in the backup', 'after the backup']);
    expect(outcome.recovered).toBeUndefined();
    outcome.db.close();
    expect(folderState()).toEqual(before);
  });
});

describe.each(DAMAGE)('openOrRecover on a data file with %s', (_label, damage) => {
  it('without a backup: explains, quits, and leaves everything untouched', async () => {
    await makeDataFile({ withBackup: false });
    damage(dataPath);
    const before = folderState();

    const { outcome, questions } = await run('restore');

    expect(outcome.status).toBe('quit');
    expect(questions).toHaveLength(1);
    expect(questions[0]?.choices).toEqual(['quit']);
    expect(questions[0]?.message).toMatch(/^Your data file can't be read \(.+\)/);
    expect(questions[0]?.message).toContain('there is no backup to restore it from');
    expect(questions[0]?.detail).toContain(dataPath);
    expect(folderState()).toEqual(before);
  });

  it('with a backup, when the person says Quit: nothing is changed', async () => {
    await makeDataFile({ withBackup: true });
    damage(dataPath);
    const before = folderState();

    const { outcome, questions } = await run('quit');

    expect(outcome.status).toBe('quit');
    expect(questions).toHaveLength(1);
    expect(questions[0]?.choices).toEqual(['restore', 'quit']);
    expect(folderState()).toEqual(before);
  });

  it('with a backup, when the person says Restore: restores it and keeps the damaged file', async () => {
    await makeDataFile({ withBackup: true });
    damage(dataPath);
    const before = folderState();

    const { outcome, questions } = await run('restore');

    const damagedName = 'mending.sqlite3.damaged-2026-12-02T07-00-00Z';
    expect(questions).toHaveLength(1);
    expect(questions[0]?.message).toMatch(
      new RegExp(
        "^Your data file can't be read \\(.+\\)\\. Restore the backup from " +
          `${escapeRegExp(BACKUP_IN_BERLIN)}\\? Your damaged file will be kept beside it as ` +
          `${escapeRegExp(damagedName)} \\(set aside ` +
          `${escapeRegExp(backupDateInWords(NOW.toISOString(), ZONE))}\\)\\.$`,
      ),
    );
    expect(outcome.status).toBe('opened');
    if (outcome.status !== 'opened') return;
    expect(notes(outcome.db)).toEqual(['in the backup']);
    expect(outcome.recovered?.damagedKeptAs).toBe(damagedName);
    // The damaged file is kept byte for byte; every backup is as it was.
    const after = folderState();
    expect(after[damagedName]).toBe(before['mending.sqlite3']);
    for (const [name, hash] of Object.entries(before)) {
      if (name !== 'mending.sqlite3') expect(after[name]).toBe(hash);
    }
    expect(fs.statSync(dataPath).mode & 0o777).toBe(0o600);
  });
});

describe.each([
  ['missing', () => fs.rmSync(dataPath)],
  ['empty (0 bytes)', () => fs.truncateSync(dataPath, 0)],
])('openOrRecover when the data file is %s but backups exist', (state, lose) => {
  it('asks before opening an empty journal, and restores the newest good backup on Restore', async () => {
    await makeDataFile({ withBackup: true });
    lose();

    const { outcome, questions } = await run('restore');

    expect(questions).toHaveLength(1);
    expect(questions[0]?.choices).toEqual(['restore', 'fresh', 'quit']);
    expect(questions[0]?.message).toBe(
      `Your data file is ${state.startsWith('missing') ? 'missing' : 'empty'}, but there are ` +
        `backups. Restore the newest good one, from ${BACKUP_IN_BERLIN}?`,
    );
    expect(outcome.status).toBe('opened');
    if (outcome.status !== 'opened') return;
    expect(notes(outcome.db)).toEqual(['in the backup']);
  });

  it('opens an empty journal on Start fresh and keeps every backup', async () => {
    await makeDataFile({ withBackup: true });
    lose();
    const backupsBefore = fs.readdirSync(backupsDir).sort();

    const { outcome, questions } = await run('fresh');

    expect(questions).toHaveLength(1);
    expect(outcome.status).toBe('opened');
    if (outcome.status !== 'opened') return;
    expect(notes(outcome.db)).toEqual([]);
    expect(fs.readdirSync(backupsDir).sort()).toEqual(backupsBefore);
  });

  it('changes nothing on Quit', async () => {
    await makeDataFile({ withBackup: true });
    lose();
    const before = folderState();

    const { outcome } = await run('quit');

    expect(outcome.status).toBe('quit');
    expect(folderState()).toEqual(before);
  });
});

describe('openOrRecover on a first start', () => {
  it.runIf(process.platform !== 'win32')(
    'makes the app folder owner-only even when it already existed with the default mode',
    async () => {
      fs.chmodSync(dir, 0o755);
      const { outcome } = await run('quit');
      expect(outcome.status).toBe('opened');
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      expect(fs.statSync(dataPath).mode & 0o777).toBe(0o600);
    },
  );

  it('asks nothing when there is no data file and no backup', async () => {
    const { outcome, questions } = await run('quit');
    expect(questions).toEqual([]);
    expect(outcome.status).toBe('opened');
  });

  it.each(['fresh', 'quit'] as const)(
    'says so when the only backups are damaged, and offers a fresh start (answer: %s)',
    async (answer) => {
      await makeDataFile({ withBackup: true });
      fs.rmSync(dataPath);
      for (const name of fs.readdirSync(backupsDir)) {
        overwriteRootPage(path.join(backupsDir, name));
      }
      const before = folderState();
      const { outcome, questions } = await run(answer);
      expect(questions).toHaveLength(1);
      expect(questions[0]?.choices).toEqual(['fresh', 'quit']);
      expect(questions[0]?.message).toContain('none of the backups can be read');
      expect(outcome.status).toBe(answer === 'fresh' ? 'opened' : 'quit');
      if (answer === 'quit') expect(folderState()).toEqual(before);
    },
  );
});

describe('openOrRecover choosing a backup', () => {
  it('offers the newest backup that passes its checks, skipping a damaged newer one', async () => {
    await makeDataFile({ withBackup: true });
    const db = openDatabase(dataPath);
    const newer = await createBackup(db, backupsDir, { kind: 'manual' }, { now: NOW });
    db.close();
    fs.truncateSync(newer.path, 4096);
    fs.writeFileSync(dataPath, 'not a database');

    const { outcome, questions } = await run('restore');

    expect(questions[0]?.message).toContain(BACKUP_IN_BERLIN);
    expect(outcome.status).toBe('opened');
    if (outcome.status === 'opened') expect(notes(outcome.db)).toEqual(['in the backup']);
  });

  it('moves the damaged file’s -wal and -shm aside with it', async () => {
    await makeDataFile({ withBackup: true });
    fs.writeFileSync(`${dataPath}-wal`, 'stale wal');
    fs.writeFileSync(`${dataPath}-shm`, 'stale shm');
    fs.writeFileSync(dataPath, crypto.randomBytes(4096));

    const { outcome } = await run('restore');

    expect(outcome.status).toBe('opened');
    const damaged = `${dataPath}.damaged-2026-12-02T07-00-00Z`;
    expect(fs.readFileSync(`${damaged}-wal`, 'utf8')).toBe('stale wal');
    expect(fs.readFileSync(`${damaged}-shm`, 'utf8')).toBe('stale shm');
    if (outcome.status === 'opened') expect(notes(outcome.db)).toEqual(['in the backup']);
  });
});

describe('openOrRecover on files it must not touch', () => {
  it.each([
    [
      'a database of another program',
      (filePath: string) => {
        const other = new Database(filePath);
        other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep')");
        other.close();
      },
      'another program',
    ],
    [
      'a file from a newer version of Mending',
      (filePath: string) => {
        const newer = new Database(filePath);
        newer.pragma(`application_id = ${APPLICATION_ID}`);
        newer.exec('CREATE TABLE later (id INTEGER PRIMARY KEY)');
        newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
        newer.close();
      },
      'newer version',
    ],
  ])('%s: explains, quits, and offers no backup', async (_label, make, wording) => {
    await makeDataFile({ withBackup: true });
    fs.rmSync(dataPath);
    make(dataPath);
    const before = folderState();

    const { outcome, questions } = await run('restore');

    expect(outcome.status).toBe('quit');
    expect(questions).toHaveLength(1);
    expect(questions[0]?.choices).toEqual(['quit']);
    expect(questions[0]?.message).toContain(wording);
    expect(folderState()).toEqual(before);
  });
});

describe('the question as a message box', () => {
  it('puts Restore first and makes Escape mean Quit', () => {
    const box = messageBoxFor({
      title: 't',
      message: 'm',
      detail: 'd',
      choices: ['restore', 'quit'],
    });

    expect(box.options).toMatchObject({ buttons: ['Restore', 'Quit'], defaultId: 0, cancelId: 1 });
    expect(box.choiceAt(0)).toBe('restore');
    expect(box.choiceAt(1)).toBe('quit');
    expect(box.choiceAt(7)).toBe('quit');
  });

  it('offers only Quit when there is nothing to restore', () => {
    const box = messageBoxFor({ title: 't', message: 'm', detail: 'd', choices: ['quit'] });

    expect(box.options).toMatchObject({ buttons: ['Quit'], cancelId: 0, type: 'error' });
    expect(box.choiceAt(0)).toBe('quit');
  });

  it('writes the backup’s date in the zone it is given', () => {
    // In the system's locale, so the words vary by machine; the day and the time of day do not.
    const inApia = backupDateInWords('2026-11-27T22:10:05.000Z', 'Pacific/Apia');
    expect(inApia).toMatch(/\b28\b/);
    expect(inApia).toMatch(/\b11:10\b/);
    expect(inApia).not.toMatch(/\b27\b/);
    const inNewYork = backupDateInWords('2026-11-27T22:10:05.000Z', 'America/New_York');
    expect(inNewYork).toMatch(/\b27\b/);
    expect(inNewYork).toMatch(/\b(17|5):10\b/);
    expect(inNewYork).toMatch(/2026/);
  });
});
