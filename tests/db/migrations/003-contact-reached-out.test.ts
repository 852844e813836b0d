import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations } from '../../../src-main/db/migrations/index';
import { APPLICATION_ID, openDatabase } from '../../../src-main/db/open-database';
import { createCommunicationService } from '../../../src-main/services/communication-service';
import { CONTACT_CONTEXTS } from '../../../src-main/shared/domain/communication';

const AT = '2026-03-01T10:00:00.000Z';

let dir: string;
const opened: Database.Database[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mending-migration-003-'));
});

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

type Row = Record<string, string | number | null>;

/** One stored entry of every kind version 2 could hold, each with an id of its own. */
function versionTwoRows(): Row[] {
  const rows: Row[] = [];
  const contexts = ['co_parenting', 'shared_home', 'work_or_school', 'other', null];
  const counterparts = ['ex', 'co_parent', 'housemate', 'coworker_or_classmate', 'friend'];
  let id = 3;
  for (const context of contexts) {
    for (const counterpart of counterparts) {
      const isContact = counterpart === 'ex' || context !== null ? 1 : 0;
      rows.push({
        // Ids with gaps, as deletions leave them: every one must survive as it is.
        id,
        occurred_at: `2026-02-${String((id % 27) + 1).padStart(2, '0')}T12:00:00.000Z`,
        time_zone: 'UTC',
        local_day: `2026-02-${String((id % 27) + 1).padStart(2, '0')}`,
        skill: 'calm_logistics',
        counterpart,
        is_contact_with_ex: isContact,
        contact_context: isContact === 1 ? (context ?? 'other') : null,
        initiated_by: ['me', 'them', 'mutual', null][id % 4] ?? null,
        tone: ['friendly', 'civil', 'tense', 'hostile', null][id % 5] ?? null,
        self_rating: (id % 5) + 1,
        outcome: ['resolved', 'partly', 'not', null][id % 4] ?? null,
        mood_before: (id % 10) + 1,
        mood_after: ((id + 3) % 10) + 1,
        do_differently: id % 2 === 0 ? 'Pause first.' : null,
        note: id % 3 === 0 ? `Hand-over ${id} 🎒 مرحبا` : null,
        created_at: AT,
        updated_at: AT,
      });
      id += 3;
    }
  }
  // A rehearsal on one's own with a tone and an outcome, as older versions let it be saved: kept.
  rows.push({
    id: 200,
    occurred_at: '2026-02-28T08:00:00.000Z',
    time_zone: 'Asia/Kathmandu',
    local_day: '2026-02-28',
    skill: 'i_statements',
    counterpart: 'rehearsal_alone',
    is_contact_with_ex: 0,
    contact_context: null,
    initiated_by: 'me',
    tone: 'tense',
    self_rating: null,
    outcome: 'partly',
    mood_before: null,
    mood_after: null,
    do_differently: null,
    note: 'Said it to the mirror.',
    created_at: AT,
    updated_at: '2026-03-02T10:00:00.000Z',
  });
  return rows;
}

/** A data file as version 2 left it, full of entries, with one made-up index of an older build. */
function makeVersionTwoFile(rows: readonly Row[]): string {
  const filePath = join(dir, 'mending.sqlite3');
  const db = new Database(filePath);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  runMigrations(db, MIGRATIONS.slice(0, 2));
  for (const row of rows) {
    const columns = Object.keys(row);
    db.prepare(
      `INSERT INTO communication_entries (${columns.join(', ')})
       VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    ).run(row);
  }
  db.close();
  return filePath;
}

function open(filePath: string): Database.Database {
  const db = openDatabase(filePath);
  opened.push(db);
  return db;
}

/** Indexes on communication_entries that steps after this one add (007: entry time indexes). */
const ADDED_LATER = new Set(['communication_entries_by_created', 'communication_entries_by_skill']);

function nameOf(object: unknown): string {
  return typeof object === 'object' && object !== null && 'name' in object
    ? String(object.name)
    : '';
}

function schemaOf(db: Database.Database): unknown[] {
  return db
    .prepare(
      `SELECT type, name, tbl_name FROM sqlite_schema
       WHERE tbl_name = 'communication_entries' ORDER BY type, name`,
    )
    .all();
}

describe('migration 003: what brought contact about, with reaching out as an honest answer', () => {
  it('keeps every entry, id, value and index of a version-2 file', () => {
    const rows = versionTwoRows();
    const filePath = makeVersionTwoFile(rows);
    const old = new Database(filePath, { readonly: true });
    const schemaBefore = schemaOf(old);
    const indexBefore = old
      .prepare("SELECT sql FROM sqlite_schema WHERE name = 'communication_entries_by_day'")
      .pluck()
      .get();
    old.close();

    const db = open(filePath);

    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(3);
    expect(db.prepare('SELECT * FROM communication_entries ORDER BY id').all()).toEqual(rows);
    // Every table, index and trigger as it was, and only the indexes a later step adds beside them.
    expect(schemaOf(db).filter((o) => !ADDED_LATER.has(nameOf(o)))).toEqual(schemaBefore);
    expect(
      db
        .prepare("SELECT sql FROM sqlite_schema WHERE name = 'communication_entries_by_day'")
        .pluck()
        .get(),
    ).toBe(indexBefore);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    // No half-built table is left behind.
    expect(
      db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE '%_new'").pluck().all(),
    ).toEqual([]);
  });

  it('stores the two new answers, and still refuses a value outside the list', () => {
    const db = open(makeVersionTwoFile([]));
    const communication = createCommunicationService(db, {
      now: () => new Date('2026-03-01T12:00:00.000Z'),
    });

    for (const contactContext of CONTACT_CONTEXTS) {
      const saved = communication.create({
        occurredAt: '2026-03-01T09:00:00.000Z',
        timeZone: 'UTC',
        skill: 'setting_a_boundary',
        counterpart: 'ex',
        isContactWithEx: true,
        contactContext,
      });
      expect(saved.contactContext).toBe(contactContext);
    }
    expect(
      db.prepare('SELECT contact_context FROM communication_entries ORDER BY id').pluck().all(),
    ).toEqual([...CONTACT_CONTEXTS]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO communication_entries (occurred_at, time_zone, local_day, skill, counterpart,
             is_contact_with_ex, contact_context, created_at, updated_at)
           VALUES (?, 'UTC', '2026-03-01', 'listening', 'ex', 1, 'could_not_avoid', ?, ?)`,
        )
        .run(AT, AT, AT),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }));
  });

  it('keeps the index the list reads by, so listing a span of days still uses it', () => {
    const db = open(makeVersionTwoFile(versionTwoRows()));
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM communication_entries
         WHERE local_day BETWEEN '2026-02-01' AND '2026-02-28'`,
      )
      .all()
      .map((step) => JSON.stringify(step))
      .join('\n');
    expect(plan).toContain('communication_entries_by_day');
  });

  it('changes nothing when it fails part way: the old table and version stay', () => {
    const filePath = makeVersionTwoFile(versionTwoRows());
    const db = new Database(filePath);
    opened.push(db);
    // A leftover table of the new name makes the rebuild fail at its first step.
    db.exec('CREATE TABLE communication_entries_new (x INTEGER)');
    const before = db.prepare('SELECT * FROM communication_entries ORDER BY id').all();

    expect(() => runMigrations(db)).toThrow(/Migration 3 \(contact-reached-out\) failed/);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT * FROM communication_entries ORDER BY id').all()).toEqual(before);
  });

  it('lets contact with the ex name no skill, and only contact with the ex', () => {
    const db = open(makeVersionTwoFile(versionTwoRows()));
    const insert = (skill: string | null, counterpart: string, isContact: number) =>
      db
        .prepare(
          `INSERT INTO communication_entries (occurred_at, time_zone, local_day, skill, counterpart,
             is_contact_with_ex, contact_context, created_at, updated_at)
           VALUES (?, 'UTC', '2026-03-01', ?, ?, ?, ?, ?, ?)`,
        )
        .run(AT, skill, counterpart, isContact, isContact === 1 ? 'i_reached_out' : null, AT, AT);

    expect(() => insert(null, 'ex', 1)).not.toThrow();
    expect(() => insert(null, 'friend', 1)).not.toThrow();
    expect(() => insert(null, 'friend', 0)).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }),
    );
    expect(() => insert(null, 'rehearsal_alone', 0)).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }),
    );
    expect(() => insert('mind_reading', 'ex', 1)).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }),
    );
    expect(
      db.prepare('SELECT COUNT(*) FROM communication_entries WHERE skill IS NULL').pluck().get(),
    ).toBe(2);
  });
});
