import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { openDatabase } from '../../src-main/db/open-database';
import { createCommunicationService } from '../../src-main/services/communication-service';
import { createExportService } from '../../src-main/services/export-service';
import { createImportService } from '../../src-main/services/import-service';
import { ServiceError } from '../../src-main/services/service-error';
import { createTrustService, type TrustService } from '../../src-main/services/trust-service';
import { TRUST_NOTE_MAX } from '../../src-main/shared/domain/trust';
import { TRUST_POINTS_MAX } from '../../src-main/shared/journey/conflicts';
import { trustCheckinInputSchema } from '../../src-main/shared/ipc-contract';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

let testDb: ReturnType<typeof createTestDatabase>;
let trust: TrustService;
let clock = new Date('2026-11-27T12:00:00.000Z');

beforeEach(() => {
  testDb = createTestDatabase();
  clock = new Date('2026-11-27T12:00:00.000Z');
  trust = createTrustService(testDb.db, { now: () => clock });
});
afterEach(() => testDb.cleanup());

const base = {
  occurredAt: '2026-11-27T20:15:00.000Z',
  timeZone: 'Europe/Paris',
  trust: 4,
  tension: 6,
};
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

/** The message the contract gives for `input`, and the field it names. */
function refusal(input: unknown): { field: string; message: string } {
  const result = trustCheckinInputSchema.safeParse(input);
  if (result.success) throw new Error('expected a refusal');
  const [issue] = result.error.issues;
  return { field: issue?.path.join('.') ?? '', message: issue?.message ?? '' };
}

describe('trust check-ins', () => {
  it('saves a check-in with every field and reads it back unchanged', () => {
    const saved = trust.create({ ...base, note: 'We talked it through. 🌙 مرحبا' });
    expect(saved).toEqual({
      id: saved.id,
      occurredAt: '2026-11-27T20:15:00.000Z',
      timeZone: 'Europe/Paris',
      day: '2026-11-27',
      trust: 4,
      tension: 6,
      note: 'We talked it through. 🌙 مرحبا',
      createdAt: '2026-11-27T12:00:00.000Z',
    });
    expect(trust.list(NOVEMBER)).toEqual([saved]);
  });

  it('takes 0 and 10 as answers, and an empty note as no note', () => {
    const none = trust.create({ ...base, trust: 0, tension: 10, note: '   ' });
    expect(none).toMatchObject({ trust: 0, tension: 10, note: null });
  });

  it('files a check-in under the day of the zone it was made in, back-filled or not', () => {
    const lateInNewYork = trust.create({
      ...base,
      occurredAt: '2026-11-28T03:30:00.000Z',
      timeZone: 'America/New_York',
    });
    expect(lateInNewYork.day).toBe('2026-11-27');
    const lastYear = trust.create({ ...base, occurredAt: '2025-03-02T09:00:00.000Z' });
    expect(lastYear.day).toBe('2025-03-02');
    expect(trust.list({ from: '2025-01-01', to: '2025-12-31' })).toEqual([lastYear]);
  });

  it('lists several check-ins a day, newest first, only within the range', () => {
    const morning = trust.create({ ...base, occurredAt: '2026-11-27T07:00:00.000Z' });
    const evening = trust.create({ ...base, occurredAt: '2026-11-27T21:00:00.000Z' });
    trust.create({ ...base, occurredAt: '2026-12-01T10:00:00.000Z' });
    expect(trust.list(NOVEMBER)).toEqual([evening, morning]);
    expect(trust.list({ ...NOVEMBER, limit: 1 })).toEqual([evening]);
  });

  it('changes a check-in, every field replaced, keeping its id and time of saving', () => {
    const saved = trust.create({ ...base, note: 'Tense dinner.' });
    clock = new Date('2026-11-28T08:00:00.000Z');
    const changed = trust.update(saved.id, {
      ...base,
      occurredAt: '2026-11-26T18:00:00.000Z',
      trust: 5,
      tension: 3,
    });
    expect(changed).toEqual({
      ...saved,
      occurredAt: '2026-11-26T18:00:00.000Z',
      day: '2026-11-26',
      trust: 5,
      tension: 3,
      note: null,
    });
  });

  it('deletes a check-in and puts it back with the same id and times (Undo)', () => {
    const saved = trust.create({ ...base, note: 'A calm walk.' });
    const before = snapshotAllTables(testDb.db);
    const removed = trust.remove(saved.id);
    expect(removed).toEqual(saved);
    expect(trust.list(NOVEMBER)).toEqual([]);
    clock = new Date('2026-11-29T08:00:00.000Z');
    const { day: _day, ...restorable } = removed;
    expect(trust.restore(restorable)).toEqual(saved);
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('refuses to put back a check-in that is already back, and changes nothing', () => {
    const saved = trust.create(base);
    const { day: _day, ...restorable } = saved;
    const before = snapshotAllTables(testDb.db);
    expect(() => trust.restore(restorable)).toThrow(
      new ServiceError('conflict', 'That check-in is already back.', 'id'),
    );
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('says kindly when a check-in was deleted elsewhere', () => {
    const saved = trust.create(base);
    trust.remove(saved.id);
    expect(() => trust.remove(saved.id)).toThrow(
      'This check-in was deleted elsewhere, so nothing was changed.',
    );
    expect(() => trust.update(saved.id, base)).toThrow(
      'This check-in was deleted elsewhere, so these changes could not be saved. What you typed is still here.',
    );
  });

  it('refuses bad input naming the field and what to choose, and writes nothing', () => {
    const before = snapshotAllTables(testDb.db);
    expect(refusal({ ...base, trust: Number.NaN })).toEqual({
      field: 'trust',
      message: 'Choose a number for how much you trust them, from 0 to 10.',
    });
    expect(refusal({ ...base, tension: 11 })).toEqual({
      field: 'tension',
      message: 'Choose a number for how much tension there is, from 0 to 10.',
    });
    expect(refusal({ ...base, trust: 2.5 }).field).toBe('trust');
    expect(refusal({ ...base, occurredAt: '' })).toEqual({
      field: 'occurredAt',
      message: 'Choose a real date and time.',
    });
    expect(refusal({ ...base, note: 'x'.repeat(TRUST_NOTE_MAX + 1) }).field).toBe('note');
    expect(() => trust.create({ ...base, tension: -1 })).toThrow(ZodError);
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });
});

describe('the summary: trust and tension per day, conflicts per month', () => {
  it('averages several check-ins on one day, oldest day first', () => {
    trust.create({ ...base, occurredAt: '2026-11-03T08:00:00.000Z', trust: 2, tension: 8 });
    trust.create({ ...base, occurredAt: '2026-11-03T19:00:00.000Z', trust: 5, tension: 5 });
    trust.create({ ...base, occurredAt: '2026-11-01T19:00:00.000Z', trust: 3, tension: 7 });
    expect(trust.summary(NOVEMBER).days).toEqual([
      { day: '2026-11-01', trust: 3, tension: 7, count: 1 },
      { day: '2026-11-03', trust: 3.5, tension: 6.5, count: 2 },
    ]);
  });

  it('counts conversations practising a conflict skill, with anyone, by the month they happened', () => {
    const talks = createCommunicationService(testDb.db, { now: () => clock });
    const conversation = {
      occurredAt: '2026-11-05T18:00:00.000Z',
      timeZone: 'UTC',
      counterpart: 'friend',
      isContactWithEx: false,
      skill: 'conflict_resolution',
      outcome: 'resolved',
      tone: 'civil',
    } as const;
    talks.create(conversation);
    talks.create({ ...conversation, skill: 'repair_after_conflict', tone: 'tense' });
    talks.create({
      ...conversation,
      counterpart: 'ex',
      isContactWithEx: true,
      contactContext: 'co_parenting',
      outcome: 'not',
      tone: 'hostile',
      occurredAt: '2026-10-30T23:30:00.000Z',
      timeZone: 'Pacific/Auckland',
    });
    // Not a conflict: another skill; and a rehearsal, counted apart.
    talks.create({ ...conversation, skill: 'listening' });
    talks.create({
      ...conversation,
      counterpart: 'rehearsal_alone',
      outcome: null,
      tone: null,
    });
    expect(trust.summary({ from: '2026-10-01', to: '2026-11-30' })).toEqual({
      days: [],
      conflictMonths: [
        // 23:30 UTC on 30 October is already 31 October in Auckland: still October.
        {
          month: '2026-10',
          conflicts: 1,
          resolved: 0,
          partly: 0,
          notResolved: 1,
          calm: 0,
          tense: 1,
        },
        {
          month: '2026-11',
          conflicts: 2,
          resolved: 2,
          partly: 0,
          notResolved: 0,
          calm: 1,
          tense: 1,
        },
      ],
      rehearsals: 1,
    });
    expect(trust.summary({ from: '2026-11-01', to: '2026-11-30' }).conflictMonths).toHaveLength(1);
  });

  it('sends a chart at most TRUST_POINTS_MAX points, however many days have check-ins', () => {
    const insert = testDb.db.prepare(
      `INSERT INTO trust_checkins (occurred_at, time_zone, local_day, trust, tension, note, created_at)
       VALUES (?, 'UTC', ?, 5, 5, NULL, ?)`,
    );
    testDb.db.transaction(() => {
      for (let i = 0; i < TRUST_POINTS_MAX + 500; i += 1) {
        const at = new Date(Date.UTC(2019, 0, 1) + i * 86_400_000).toISOString();
        insert.run(at, at.slice(0, 10), at);
      }
    })();
    const { days } = trust.summary({ from: '2019-01-01', to: '2026-12-31' });
    expect(days.length).toBeLessThanOrEqual(TRUST_POINTS_MAX);
    expect(days.reduce((n, d) => n + d.count, 0)).toBe(TRUST_POINTS_MAX + 500);
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => trust.summary({ from: '2026-11-30', to: '2026-11-01' })).toThrow(ZodError);
  });
});

describe('trust check-ins are the person’s own data', () => {
  it('go into the JSON export and come back from it unchanged', async () => {
    trust.create({ ...base, note: 'First honest talk.' });
    trust.create({ ...base, occurredAt: '2026-11-20T07:00:00.000Z', trust: 0, tension: 10 });
    const dir = mkdtempSync(join(tmpdir(), 'mending-trust-'));
    const target = openDatabase(':memory:');
    try {
      const path = join(dir, 'export.json');
      await createExportService(testDb.db, { appVersion: 'test' }).saveJson(path);
      await createImportService(target).importFrom(path);
      expect(createTrustService(target).list(NOVEMBER)).toEqual(trust.list(NOVEMBER));
      expect(trust.list(NOVEMBER)).toHaveLength(2);
    } finally {
      target.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
