import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  runMigrations,
  type Migration,
} from '../../../src-main/db/migrations/index';

const here = path.dirname(fileURLToPath(import.meta.url));
const sourceFolder = path.resolve(here, '../../../src-main/db/migrations');

const databases: Database.Database[] = [];

afterEach(() => {
  for (const db of databases.splice(0)) db.close();
});

function emptyDb(): Database.Database {
  const db = new Database(':memory:');
  databases.push(db);
  db.pragma('foreign_keys = ON');
  return db;
}

function schemaOf(db: Database.Database): unknown[] {
  return db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();
}

function tableNames(db: Database.Database): unknown[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all();
}

const createNotes: Migration = {
  version: 1,
  name: 'create-notes',
  up: (db) => {
    db.exec("CREATE TABLE notes (body TEXT NOT NULL) STRICT; INSERT INTO notes VALUES ('first')");
  },
};

const breaksHalfway: Migration = {
  version: 2,
  name: 'add-moods-then-fail',
  up: (db) => {
    db.exec("CREATE TABLE moods (value INTEGER) STRICT; INSERT INTO notes VALUES ('second')");
    throw new Error('disk said no');
  },
};

describe('the migration list', () => {
  it('is numbered 1, 2, 3, ... and LATEST_SCHEMA_VERSION is its last step', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('has one numbered source file and one test per migration', () => {
    const sources = fs.readdirSync(sourceFolder).filter((f) => /^\d{3}-.*\.ts$/.test(f));
    const tests = fs.readdirSync(here).filter((f) => /^\d{3}-.*\.test\.ts$/.test(f));
    const expected = MIGRATIONS.map((m) => `${String(m.version).padStart(3, '0')}-${m.name}`);

    expect(sources.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(expected);
    expect(tests.map((f) => f.replace(/\.test\.ts$/, '')).sort()).toEqual(expected);
  });
});

describe('runMigrations', () => {
  it('brings an empty database to the latest version, and a second run changes nothing', () => {
    const db = emptyDb();

    expect(runMigrations(db)).toEqual(MIGRATIONS.map((m) => m.version));
    db.prepare(
      "INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"dark\"', 'x')",
    ).run();
    const schemaAfterFirstRun = schemaOf(db);

    expect(runMigrations(db)).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaOf(db)).toEqual(schemaAfterFirstRun);
    expect(db.prepare('SELECT value FROM settings').pluck().all()).toEqual(['"dark"']);
  });

  it('undoes a failing step entirely and keeps the version of the last good one', () => {
    const db = emptyDb();

    expect(() => runMigrations(db, [createNotes, breaksHalfway])).toThrow(
      'Migration 2 (add-moods-then-fail) failed: disk said no',
    );

    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tableNames(db)).toEqual(['notes']);
    expect(db.prepare('SELECT body FROM notes').pluck().all()).toEqual(['first']);
  });

  it('picks up where it stopped once the failing step is fixed', () => {
    const db = emptyDb();
    expect(() => runMigrations(db, [createNotes, breaksHalfway])).toThrow();
    const fixed: Migration = {
      ...breaksHalfway,
      up: (d) => d.exec('CREATE TABLE moods (value INTEGER) STRICT'),
    };

    expect(runMigrations(db, [createNotes, fixed])).toEqual([2]);
    expect(tableNames(db)).toEqual(['moods', 'notes']);
    expect(db.prepare('SELECT body FROM notes').pluck().all()).toEqual(['first']);
  });

  it('refuses a list with a gap before changing anything', () => {
    const db = emptyDb();

    expect(() => runMigrations(db, [createNotes, { ...breaksHalfway, version: 3 }])).toThrow(
      /numbered 3, expected 2/,
    );
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tableNames(db)).toEqual([]);
  });

  it('refuses a database newer than the list it was given', () => {
    const db = emptyDb();
    db.pragma('user_version = 5');

    expect(() => runMigrations(db, [createNotes])).toThrow(/schema version is 5/);
    expect(tableNames(db)).toEqual([]);
  });
});
