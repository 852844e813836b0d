import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ALMOST_FULL_BYTES,
  PRIVATE_FILE_MODE,
  PRIVATE_FOLDER_MODE,
  createPrivateFile,
  diskProblemOf,
  ensurePrivateFolder,
  errorCode,
  freeBytesAt,
  isDamageError,
  makeOwnerOnly,
  writePrivateFile,
  writePrivateFileSync,
} from '../../src-main/db/private-file';

const isPosix = process.platform !== 'win32';
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-private-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** An error as Node or better-sqlite3 would throw it. */
function failure(code: string, message = 'boom'): Error {
  return Object.assign(new Error(message), { code });
}

describe('errorCode', () => {
  it('reads a string code and nothing else', () => {
    expect(errorCode(failure('ENOSPC'))).toBe('ENOSPC');
    expect(errorCode(new Error('no code'))).toBeUndefined();
    expect(errorCode({ code: 28 })).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
    expect(errorCode('ENOSPC')).toBeUndefined();
  });
});

describe('diskProblemOf: every disk error in words', () => {
  it.each([
    ['ENOSPC', 'full', 'your disk is full'],
    ['EDQUOT', 'full', 'your disk is full'],
    ['EACCES', 'not_writable', 'not writable'],
    ['EPERM', 'not_writable', 'not writable'],
    ['EROFS', 'read_only_disk', 'the disk is read-only'],
    ['EEXIST', 'exists', 'appeared at the same moment'],
    ['ENOENT', 'missing', 'that folder no longer exists'],
    ['ENOTDIR', 'missing', 'that folder no longer exists'],
    ['EISDIR', 'is_folder', 'a folder has that name'],
    ['EMFILE', 'too_many_open', 'too many files are open'],
    ['ENFILE', 'too_many_open', 'too many files are open'],
    ['EIO', 'io', 'read or write error'],
    ['SQLITE_FULL', 'full', 'your disk is full'],
    ['SQLITE_READONLY', 'not_writable', 'not writable'],
    ['SQLITE_READONLY_DIRECTORY', 'not_writable', 'not writable'],
    ['SQLITE_CANTOPEN', 'cant_open', 'the file could not be opened'],
    ['SQLITE_CORRUPT', 'damaged', 'your data file is damaged'],
    ['SQLITE_CORRUPT_INDEX', 'damaged', 'your data file is damaged'],
    ['SQLITE_NOTADB', 'damaged', 'your data file is damaged'],
    ['SQLITE_IOERR', 'io', 'read or write error'],
    ['SQLITE_IOERR_WRITE', 'io', 'read or write error'],
    ['SQLITE_BUSY', 'busy', 'another program is using your data file'],
    ['SQLITE_LOCKED', 'busy', 'another program is using your data file'],
  ])('%s is "%s"', (code, kind, words) => {
    const problem = diskProblemOf(failure(code));
    expect(problem?.kind).toBe(kind);
    expect(problem?.problem).toContain(words);
    // Every problem says what to do about it, as a sentence.
    expect(problem?.advice).toMatch(/^[A-Z].*\.$/);
  });

  it('looks at the file to say why SQLite could not open it: a missing file is not a permission problem', () => {
    const missingFile = path.join(dir, 'mending.sqlite3');
    let thrown: unknown;
    try {
      new Database(missingFile, { fileMustExist: true });
    } catch (error) {
      thrown = error;
    }
    expect(errorCode(thrown)).toMatch(/^SQLITE_CANTOPEN/);
    expect(diskProblemOf(thrown, 'write', { filePath: missingFile })).toMatchObject({
      kind: 'missing',
      problem: 'it is no longer there',
    });
    const inMissingFolder = path.join(dir, 'gone', 'mending.sqlite3');
    expect(diskProblemOf(thrown, 'write', { filePath: inMissingFolder })).toMatchObject({
      kind: 'missing',
      problem: 'that folder no longer exists',
    });
    expect(diskProblemOf(thrown, 'write', { filePath: dir })?.kind).toBe('is_folder');
    // A file that is there and open to us: SQLite failed on something else (its journal, say).
    fs.writeFileSync(missingFile, '');
    expect(diskProblemOf(thrown, 'write', { filePath: missingFile })?.kind).toBe('cant_open');
    // Without the path, the words name every likely cause rather than claiming one.
    expect(diskProblemOf(thrown)?.problem).toMatch(/moved or renamed, or .* not be allowed/);
    expect(diskProblemOf(thrown)?.problem).not.toMatch(/not writable/);
  });

  it.skipIf(!isPosix || process.getuid?.() === 0)(
    'says SQLite could not open a file that is not writable for you because of that',
    () => {
      const readOnly = path.join(dir, 'mending.sqlite3');
      fs.writeFileSync(readOnly, '');
      fs.chmodSync(readOnly, 0o400);
      const cantOpen = failure('SQLITE_CANTOPEN', 'unable to open database file');
      expect(diskProblemOf(cantOpen, 'write', { filePath: readOnly })?.kind).toBe('not_writable');
      fs.chmodSync(readOnly, 0o000);
      expect(diskProblemOf(cantOpen, 'read', { filePath: readOnly })?.kind).toBe('not_readable');
    },
  );

  it('names a refused read and a missing file as such when reading', () => {
    expect(diskProblemOf(failure('EACCES'), 'read')?.problem).toBe(
      'Mending is not allowed to read it',
    );
    expect(diskProblemOf(failure('ENOENT'), 'read')?.problem).toBe('it is no longer there');
  });

  it('calls a write error that SQLite says came from a full disk a full disk', () => {
    expect(diskProblemOf(failure('SQLITE_IOERR_WRITE', 'database or disk is full'))?.kind).toBe(
      'full',
    );
  });

  it('finds the disk problem behind a wrapped error', () => {
    const wrapped = new Error('Migration 2 failed', {
      cause: failure('SQLITE_FULL', 'database or disk is full'),
    });
    expect(diskProblemOf(wrapped)?.kind).toBe('full');
    expect(diskProblemOf(new Error('outer', { cause: new Error('inner') }))).toBeUndefined();
  });

  it('calls a plain I/O error a full disk when the disk has almost no space left', () => {
    const ioError = failure('SQLITE_IOERR_SHMSIZE', 'disk I/O error');
    expect(diskProblemOf(ioError, 'write', { freeBytes: () => 0 })?.kind).toBe('full');
    expect(diskProblemOf(ioError, 'write', { freeBytes: () => ALMOST_FULL_BYTES - 1 })?.kind).toBe(
      'full',
    );
    expect(diskProblemOf(ioError, 'write', { freeBytes: () => ALMOST_FULL_BYTES })?.kind).toBe(
      'io',
    );
    expect(diskProblemOf(ioError)?.kind).toBe('io');
    const unanswered = () => {
      throw new Error('statfs failed');
    };
    expect(diskProblemOf(ioError, 'write', { freeBytes: unanswered })?.kind).toBe('io');
    // Other problems keep their own names whatever the space.
    expect(diskProblemOf(failure('SQLITE_CORRUPT'), 'write', { freeBytes: () => 0 })?.kind).toBe(
      'damaged',
    );
  });

  it('measures the free space of a real folder', () => {
    expect(freeBytesAt(dir)).toBeGreaterThan(0);
  });

  it('leaves anything that is not a disk problem alone (a bug stays a bug)', () => {
    expect(diskProblemOf(new TypeError('x is undefined'))).toBeUndefined();
    expect(diskProblemOf(failure('SQLITE_CONSTRAINT_CHECK'))).toBeUndefined();
    expect(diskProblemOf(failure('ERR_INVALID_ARG_TYPE'))).toBeUndefined();
  });

  it('reads the real ENOSPC of a write to /dev/full as a full disk', () => {
    if (!fs.existsSync('/dev/full')) return;
    let thrown: unknown;
    try {
      fs.writeFileSync('/dev/full', 'x');
    } catch (error) {
      thrown = error;
    }
    expect(diskProblemOf(thrown)?.kind).toBe('full');
  });

  it('reads the real SQLITE_FULL of a database at its size limit as a full disk', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x TEXT)');
    db.pragma(`max_page_count = ${String(db.pragma('page_count', { simple: true }))}`);
    let thrown: unknown;
    try {
      db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000));
    } catch (error) {
      thrown = error;
    } finally {
      db.close();
    }
    expect(errorCode(thrown)).toBe('SQLITE_FULL');
    expect(diskProblemOf(thrown)?.problem).toBe('your disk is full');
  });

  it('tells damage from other errors', () => {
    expect(isDamageError(failure('SQLITE_CORRUPT'))).toBe(true);
    expect(isDamageError(failure('SQLITE_NOTADB'))).toBe(true);
    expect(isDamageError(failure('SQLITE_FULL'))).toBe(false);
    expect(isDamageError(new Error('database disk image is malformed'))).toBe(false);
  });
});

describe('writePrivateFile', () => {
  it.runIf(isPosix)('writes the whole file, readable by its owner only', async () => {
    const target = path.join(dir, 'out.txt');
    const previous = process.umask(0o000);
    try {
      await writePrivateFile(target, 'héllo');
      await writePrivateFile(path.join(dir, 'bytes.bin'), new Uint8Array([1, 2, 3]));
    } finally {
      process.umask(previous);
    }
    expect(fs.readFileSync(target, 'utf8')).toBe('héllo');
    expect(fs.statSync(target).mode & 0o777).toBe(PRIVATE_FILE_MODE);
    expect([...fs.readFileSync(path.join(dir, 'bytes.bin'))]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(dir).sort()).toEqual(['bytes.bin', 'out.txt']);
  });

  it.runIf(isPosix)('replaces an existing file and makes it private', async () => {
    const target = path.join(dir, 'out.txt');
    fs.writeFileSync(target, 'old', { mode: 0o644 });
    await writePrivateFile(target, 'new');
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.statSync(target).mode & 0o777).toBe(PRIVATE_FILE_MODE);
  });

  it('fails with the original error, leaving no temporary file and the target as it was', async () => {
    const target = path.join(dir, 'gone', 'out.txt');
    const failed = writePrivateFile(target, 'x');
    await expect(failed).rejects.toMatchObject({ code: 'ENOENT' });
    expect(fs.readdirSync(dir)).toEqual([]);

    // A folder in the way: the rename fails after the temp file was written, and it is removed.
    const blocked = path.join(dir, 'blocked');
    fs.mkdirSync(path.join(blocked, 'inside'), { recursive: true });
    await expect(writePrivateFile(blocked, 'x')).rejects.toHaveProperty('code');
    expect(fs.readdirSync(dir)).toEqual(['blocked']);
    expect(fs.readdirSync(blocked)).toEqual(['inside']);
  });
});

describe('writePrivateFileSync', () => {
  it.runIf(isPosix)('replaces a file whole, owner-only, with nothing left beside it', () => {
    const target = path.join(dir, 'state.json');
    fs.writeFileSync(target, 'old', { mode: 0o644 });
    const previous = process.umask(0o000);
    try {
      writePrivateFileSync(target, '{"a":1}');
    } finally {
      process.umask(previous);
    }
    expect(fs.readFileSync(target, 'utf8')).toBe('{"a":1}');
    expect(fs.statSync(target).mode & 0o777).toBe(PRIVATE_FILE_MODE);
    expect(fs.readdirSync(dir)).toEqual(['state.json']);
  });

  it('fails with the original error, leaving no temporary file and the target as it was', () => {
    expect(() => writePrivateFileSync(path.join(dir, 'gone', 'x.json'), 'x')).toThrow(
      expect.objectContaining({ code: 'ENOENT' }),
    );
    const blocked = path.join(dir, 'blocked');
    fs.mkdirSync(path.join(blocked, 'inside'), { recursive: true });
    expect(() => writePrivateFileSync(blocked, 'x')).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['blocked']);
    expect(fs.readdirSync(blocked)).toEqual(['inside']);
  });
});

describe('private folders and files', () => {
  it.runIf(isPosix)('makes a folder owner-only, even one that existed', () => {
    const folder = path.join(dir, 'a', 'b');
    fs.mkdirSync(folder, { recursive: true, mode: 0o755 });
    fs.chmodSync(folder, 0o755);
    ensurePrivateFolder(folder);
    expect(fs.statSync(folder).mode & 0o777).toBe(PRIVATE_FOLDER_MODE);
  });

  it.runIf(isPosix)('makes an existing file owner-only, and lets a missing one be', () => {
    const file = path.join(dir, 'shared.txt');
    fs.writeFileSync(file, 'x', { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    makeOwnerOnly(file);
    expect(fs.statSync(file).mode & 0o777).toBe(PRIVATE_FILE_MODE);
    expect(() => makeOwnerOnly(path.join(dir, 'missing'))).not.toThrow();
  });

  it.runIf(isPosix)('creates an owner-only file, and never one that exists', () => {
    const file = path.join(dir, 'f');
    const previous = process.umask(0o000);
    try {
      createPrivateFile(file);
    } finally {
      process.umask(previous);
    }
    expect(fs.statSync(file).mode & 0o777).toBe(PRIVATE_FILE_MODE);
    expect(() => createPrivateFile(file)).toThrow(expect.objectContaining({ code: 'EEXIST' }));
  });
});
