import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, DatabaseOpenError, openDatabase } from '../../src-main/db/open-database';
import { LATEST_SCHEMA_VERSION } from '../../src-main/db/migrations/index';
import { overwriteRootPage } from '../helpers/damage';

const isPosix = process.platform !== 'win32';

let dir: string;
const opened: Database.Database[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-open-'));
});

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function open(filePath: string): Database.Database {
  const db = openDatabase(filePath);
  opened.push(db);
  return db;
}

/** Everything about a file a refusal must not change, plus what else sits in its folder. */
function snapshot(filePath: string) {
  const stat = fs.statSync(filePath);
  return {
    sha256: crypto.createHash('sha256').update(fs.readFileSync(filePath)).digest('hex'),
    mtimeMs: stat.mtimeMs,
    size: stat.size,
    mode: stat.mode,
    folder: fs.readdirSync(path.dirname(filePath)).sort(),
  };
}

function openFailure(filePath: string): DatabaseOpenError {
  try {
    open(filePath);
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  }
  throw new Error(`openDatabase(${filePath}) succeeded but should have refused the file`);
}

/** A database another program made and closed cleanly. */
function makeOtherDatabase(filePath: string, setup: (db: Database.Database) => void): void {
  const db = new Database(filePath);
  setup(db);
  db.close();
}

describe('openDatabase on a new file', () => {
  it('sets the pragmas the app relies on and reads them back', () => {
    const db = open(path.join(dir, 'mending.db'));

    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('uses a fixed application id that spells MEND', () => {
    expect(Buffer.from([0x4d, 0x45, 0x4e, 0x44]).readInt32BE(0)).toBe(APPLICATION_ID);
    expect(Buffer.from('MEND', 'ascii').readInt32BE(0)).toBe(APPLICATION_ID);
  });

  it.runIf(isPosix)('keeps the file, its WAL companions and a new folder private', () => {
    const folder = path.join(dir, 'user-data', 'nested');
    const filePath = path.join(folder, 'mending.db');
    const db = open(filePath);
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('a', '1', 'now')").run();

    const modeOf = (p: string) => fs.statSync(p).mode & 0o777;
    expect(modeOf(filePath)).toBe(0o600);
    expect(modeOf(`${filePath}-wal`)).toBe(0o600);
    expect(modeOf(`${filePath}-shm`)).toBe(0o600);
    expect(modeOf(folder)).toBe(0o700);
    expect(modeOf(path.dirname(folder))).toBe(0o700);
  });

  it.runIf(isPosix)('tightens an existing data file that others could read', () => {
    const filePath = path.join(dir, 'mending.db');
    open(filePath).close();
    fs.chmodSync(filePath, 0o644);

    open(filePath);

    expect(fs.statSync(filePath).mode & 0o777).toBe(0o600);
  });

  it('opens an empty existing file as a new data file', () => {
    const filePath = path.join(dir, 'mending.db');
    fs.writeFileSync(filePath, '');

    const db = open(filePath);

    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  });

  it('loads SQLite from the native binding it is given', () => {
    const binding = createRequire(import.meta.url).resolve(
      'better-sqlite3/build/Release/better_sqlite3.node',
    );

    const db = openDatabase(path.join(dir, 'mending.db'), { nativeBinding: binding });
    opened.push(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);

    const missing = path.join(dir, 'missing', 'better_sqlite3.node');
    let failure: unknown;
    try {
      openDatabase(path.join(dir, 'other.db'), { nativeBinding: missing });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(DatabaseOpenError);
    expect(failure).toMatchObject({ reason: 'engine' });
  });

  it("accepts ':memory:' for tests, where WAL does not apply", () => {
    const db = open(':memory:');

    expect(db.pragma('journal_mode', { simple: true })).toBe('memory');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });
});

describe('openDatabase on an existing data file', () => {
  it('reopens it and keeps what was saved', () => {
    const filePath = path.join(dir, 'mending.db');
    const first = open(filePath);
    first
      .prepare(
        `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, created_at, updated_at)
         VALUES ('2026-03-01T08:00:00.000Z', 'Europe/Paris', '2026-03-01', 7, 'x', 'x')`,
      )
      .run();
    first.close();

    const second = open(filePath);

    expect(second.prepare('SELECT mood, local_day FROM mood_entries').all()).toEqual([
      { mood: 7, local_day: '2026-03-01' },
    ]);
    expect(second.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(second.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('reopens it after a crash left committed changes only in the -wal file', () => {
    const filePath = path.join(dir, 'mending.db');
    const crashed = open(filePath);
    crashed.pragma('wal_autocheckpoint = 0');
    crashed
      .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"dark\"', 'x')")
      .run();
    // Copying the files while the connection is open leaves what a killed process would.
    const copy = path.join(dir, 'copy.db');
    for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(filePath + suffix, copy + suffix);

    const reopened = open(copy);

    expect(reopened.prepare('SELECT value FROM settings').pluck().all()).toEqual(['"dark"']);
  });
});

describe('openDatabase refuses a file that is not ours, and leaves it untouched', () => {
  it('refuses a database with another application id', () => {
    const filePath = path.join(dir, 'other.db');
    makeOtherDatabase(filePath, (db) => {
      db.pragma('journal_mode = WAL');
      db.pragma('application_id = 305419896');
      db.exec('CREATE TABLE notes (body TEXT)');
    });
    const before = snapshot(filePath);

    const error = openFailure(filePath);

    expect(error.reason).toBe('foreign');
    expect(error.message).toContain('another program');
    expect(error.message).toContain('left untouched');
    expect(snapshot(filePath)).toEqual(before);
  });

  it('refuses a plain SQLite database that has tables but no application id', () => {
    const filePath = path.join(dir, 'plain.db');
    makeOtherDatabase(filePath, (db) => {
      db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')");
    });
    const before = snapshot(filePath);

    expect(openFailure(filePath).reason).toBe('foreign');
    expect(snapshot(filePath)).toEqual(before);
  });

  it('refuses a foreign database whose latest changes are still in its -wal file', () => {
    // Another program was killed mid-session: its header on disk looks blank, its -wal says otherwise.
    const running = path.join(dir, 'running.db');
    const other = new Database(running);
    other.pragma('journal_mode = WAL');
    other.pragma('wal_autocheckpoint = 0');
    other.pragma('application_id = 305419896');
    other.exec('CREATE TABLE notes (body TEXT)');
    const filePath = path.join(dir, 'crashed.db');
    for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(running + suffix, filePath + suffix);
    other.close();
    const before = snapshot(filePath);
    const walBefore = snapshot(`${filePath}-wal`);

    expect(openFailure(filePath).reason).toBe('foreign');
    expect(snapshot(filePath)).toEqual(before);
    expect(snapshot(`${filePath}-wal`)).toEqual(walBefore);
  });

  it('refuses a data file made by a newer version of the app', () => {
    const filePath = path.join(dir, 'future.db');
    const futureVersion = LATEST_SCHEMA_VERSION + 6;
    makeOtherDatabase(filePath, (db) => {
      db.pragma('journal_mode = WAL');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.exec('CREATE TABLE something_new (id INTEGER PRIMARY KEY) STRICT');
      db.pragma(`user_version = ${futureVersion}`);
    });
    const before = snapshot(filePath);

    const error = openFailure(filePath);

    expect(error.reason).toBe('too_new');
    expect(error.message).toBe(
      `This data file was made by a newer version of Mending (schema ${futureVersion}; this app ` +
        `knows up to ${LATEST_SCHEMA_VERSION}). Update the app to open it; the file was left untouched.`,
    );
    expect(snapshot(filePath)).toEqual(before);
  });

  it.each([
    [
      'a text file',
      () => Buffer.from('Dear diary,\nToday was hard, but I went for a walk.\n'.repeat(50)),
    ],
    ['random bytes', () => crypto.randomBytes(8192)],
    ['a cut-off SQLite header', () => Buffer.from('SQLite format 3\0\x10\x00', 'latin1')],
  ])('refuses %s with a clear message', (_label, contents) => {
    const filePath = path.join(dir, 'mending.db');
    fs.writeFileSync(filePath, contents());
    const before = snapshot(filePath);

    const error = openFailure(filePath);

    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect(error.reason).toBe('not_sqlite');
    expect(error.message).toContain('is not a Mending data file');
    expect(error.message).toContain('left untouched');
    expect(snapshot(filePath)).toEqual(before);
  });
});

describe('openDatabase finds damage inside a file whose header is intact', () => {
  it('refuses a file whose mood_entries root page was overwritten, and leaves it untouched', () => {
    const filePath = path.join(dir, 'mending.sqlite3');
    const db = openDatabase(filePath);
    db.prepare(
      `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, note, created_at, updated_at)
       VALUES ('2026-11-20T08:00:00.000Z', 'Europe/Berlin', '2026-11-20', 6, 'x', 'x', 'x')`,
    ).run();
    db.close();
    overwriteRootPage(filePath);
    const before = snapshot(filePath);

    const failure = openFailure(filePath);
    expect(failure.reason).toBe('corrupt');
    expect(failure.message).toContain('is damaged');
    expect(failure.message).toContain('Restore it from a backup');
    expect(snapshot(filePath)).toEqual(before);
  });

  it.each(['habits', 'habit_checkins', 'communication_entries'])(
    'finds damage in any table (%s), not only mood entries',
    (table) => {
      const filePath = path.join(dir, `${table}.sqlite3`);
      openDatabase(filePath).close();
      overwriteRootPage(filePath, table);
      expect(openFailure(filePath).reason).toBe('corrupt');
    },
  );
});

describe('openDatabase on a full disk', () => {
  /** A full disk on demand: SQLite may not grow the file past the pages it has. */
  const fullDisk = (db: Database.Database) => {
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.pragma(`max_page_count = ${String(Math.max(1, pages))}`);
  };

  it('at a first start: says the disk is full and what to do, and leaves no file behind', () => {
    const filePath = path.join(dir, 'mending.sqlite3');
    let failure: unknown;
    try {
      openDatabase(filePath, { onConnection: fullDisk });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(DatabaseOpenError);
    expect(failure).toMatchObject({ reason: 'disk_full' });
    const message = (failure as Error).message;
    expect(message).toContain('your disk is full');
    expect(message).toContain('Free some space');
    expect(message).not.toMatch(/disk I\/O error|SQLITE_/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('openDatabase in a folder that is not writable', () => {
  const isRoot = process.getuid?.() === 0;

  // As root, chmod does not stop writes, so this runs only for other users; the mapping of
  // SQLite's SQLITE_READONLY and Node's EACCES to "not writable" is tested in private-file.test.ts.
  it.skipIf(isRoot || !isPosix)('names the folder as not writable, not as unreadable', () => {
    const folder = path.join(dir, 'locked');
    fs.mkdirSync(folder);
    openDatabase(path.join(folder, 'mending.sqlite3')).close();
    fs.chmodSync(folder, 0o500);
    try {
      const failure = openFailure(path.join(folder, 'mending.sqlite3'));
      expect(failure.reason).toBe('not_writable');
      expect(failure.message).toContain('is not writable for you');
      expect(failure.message).not.toContain('readable');
    } finally {
      fs.chmodSync(folder, 0o700);
    }
  });

  it('names a folder that cannot hold a new file as not writable (a path under /proc)', () => {
    if (!fs.existsSync('/proc/self')) return;
    // /proc refuses new files even for root: the nearest thing to a read-only folder here.
    let failure: unknown;
    try {
      openDatabase('/proc/self/mending.sqlite3');
    } catch (error) {
      failure = error;
    }
    expect(failure).toMatchObject({ reason: 'not_writable' });
    expect((failure as Error).message).toContain('not writable');
    expect((failure as Error).message).not.toContain('readable');
  });
});
