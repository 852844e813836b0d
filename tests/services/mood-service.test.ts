import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMoodService, type MoodService } from '../../src-main/services/mood-service';
import { ServiceError } from '../../src-main/services/service-error';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

let testDb: ReturnType<typeof createTestDatabase>;
let mood: MoodService;
let clock = new Date('2026-11-27T12:00:00.000Z');

beforeEach(() => {
  testDb = createTestDatabase();
  clock = new Date('2026-11-27T12:00:00.000Z');
  mood = createMoodService(testDb.db, { now: () => clock });
});
afterEach(() => testDb.cleanup());

const base = { occurredAt: '2026-11-27T09:15:00.000Z', timeZone: 'Europe/Paris', mood: 6 };

describe('mood service', () => {
  it('saves an entry with every field and reads it back unchanged', () => {
    const saved = mood.create({
      ...base,
      energy: 3,
      hurt: 8,
      tags: ['sad', 'hopeful'],
      note: 'Walked by the river. 🌧️ مرحبا',
    });
    expect(saved).toEqual({
      id: saved.id,
      occurredAt: '2026-11-27T09:15:00.000Z',
      timeZone: 'Europe/Paris',
      day: '2026-11-27',
      mood: 6,
      energy: 3,
      hurt: 8,
      tags: ['hopeful', 'sad'],
      note: 'Walked by the river. 🌧️ مرحبا',
      createdAt: '2026-11-27T12:00:00.000Z',
      updatedAt: '2026-11-27T12:00:00.000Z',
    });
    expect(mood.list({ from: '2026-11-27', to: '2026-11-27' })).toEqual([saved]);
  });

  it('files an entry under the day of the zone it was made in', () => {
    const lateInNewYork = mood.create({
      ...base,
      occurredAt: '2026-11-28T03:30:00.000Z',
      timeZone: 'America/New_York',
    });
    expect(lateInNewYork.day).toBe('2026-11-27');
    const earlyInAuckland = mood.create({
      ...base,
      occurredAt: '2026-11-27T12:30:00.000Z',
      timeZone: 'Pacific/Auckland',
    });
    expect(earlyInAuckland.day).toBe('2026-11-28');
  });

  it('lists several entries a day, newest first, only within the range', () => {
    const morning = mood.create({ ...base, occurredAt: '2026-11-27T07:00:00.000Z', mood: 4 });
    const evening = mood.create({ ...base, occurredAt: '2026-11-27T19:00:00.000Z', mood: 8 });
    mood.create({ ...base, occurredAt: '2026-11-20T19:00:00.000Z', mood: 2 });
    expect(mood.list({ from: '2026-11-25', to: '2026-11-27' }).map((e) => e.id)).toEqual([
      evening.id,
      morning.id,
    ]);
    expect(mood.daily({ from: '2026-11-01', to: '2026-11-30' })).toEqual([
      { day: '2026-11-20', average: 2, count: 1 },
      { day: '2026-11-27', average: 6, count: 2 },
    ]);
  });

  it('replaces every field on update and keeps the creation time', () => {
    const saved = mood.create({ ...base, tags: ['sad'], note: 'first' });
    clock = new Date('2026-11-27T13:00:00.000Z');
    const changed = mood.update(saved.id, { ...base, mood: 9, tags: ['calm'], note: null });
    expect(changed).toMatchObject({ mood: 9, tags: ['calm'], note: null });
    expect(changed.createdAt).toBe('2026-11-27T12:00:00.000Z');
    expect(changed.updatedAt).toBe('2026-11-27T13:00:00.000Z');
  });

  it('deletes an entry and its emotions, answering with what was there', () => {
    const saved = mood.create({ ...base, tags: ['sad', 'calm'] });
    expect(mood.remove(saved.id)).toEqual(saved);
    const rows = snapshotAllTables(testDb.db);
    expect(rows['mood_entries']).toEqual([]);
    expect(rows['mood_entry_tags']).toEqual([]);
  });

  it('restores a deleted entry exactly: same id, times, emotions and note', () => {
    const saved = mood.create({ ...base, energy: 2, tags: ['sad', 'calm'], note: 'rainy' });
    const other = mood.create({ ...base, mood: 3 });
    const before = snapshotAllTables(testDb.db);
    const deleted = mood.remove(saved.id);
    clock = new Date('2026-11-28T08:00:00.000Z');
    const { day: _day, ...restorable } = deleted;
    expect(mood.restore(restorable)).toEqual(saved);
    expect(snapshotAllTables(testDb.db)).toEqual(before);
    expect(() => mood.restore({ ...restorable, id: other.id })).toThrow('already back');
  });

  it('says plainly when an entry to change or delete is gone, and writes nothing', () => {
    mood.create(base);
    const before = snapshotAllTables(testDb.db);
    expect(() => mood.update(999, base)).toThrow(ServiceError);
    expect(() => mood.remove(999)).toThrow('This mood entry was deleted elsewhere');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('refuses invalid input even from inside the main process, writing nothing', () => {
    const before = snapshotAllTables(testDb.db);
    expect(() => mood.create({ ...base, mood: 11 })).toThrow();
    expect(() => mood.create({ ...base, occurredAt: '2024-02-30T10:00:00.000Z' })).toThrow();
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });
});

describe('mood grid', () => {
  it('counts entries per mood and energy pair, in range, and how many had no energy', () => {
    mood.create({ ...base, mood: 7, energy: 3 });
    mood.create({ ...base, occurredAt: '2026-11-27T18:00:00.000Z', mood: 7, energy: 3 });
    mood.create({ ...base, occurredAt: '2026-11-26T18:00:00.000Z', mood: 2, energy: 9 });
    mood.create({ ...base, occurredAt: '2026-11-26T19:00:00.000Z', mood: 5 });
    // Late evening in New York is still the 25th there: outside the range below.
    mood.create({
      ...base,
      occurredAt: '2026-11-26T03:00:00.000Z',
      timeZone: 'America/New_York',
      mood: 10,
      energy: 10,
    });
    mood.create({ ...base, occurredAt: '2026-11-25T12:00:00.000Z', mood: 1 });

    expect(mood.grid({ from: '2026-11-26', to: '2026-11-27' })).toEqual({
      cells: [
        { mood: 2, energy: 9, count: 1 },
        { mood: 7, energy: 3, count: 2 },
      ],
      withoutEnergy: 1,
    });
    expect(mood.grid({ from: '2026-12-01', to: '2026-12-31' })).toEqual({
      cells: [],
      withoutEnergy: 0,
    });
  });
});
