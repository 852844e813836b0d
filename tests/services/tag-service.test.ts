import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMoodService, type MoodService } from '../../src-main/services/mood-service';
import { ServiceError } from '../../src-main/services/service-error';
import { createTagService, type TagService } from '../../src-main/services/tag-service';
import { EMOTION_TAGS } from '../../src-main/shared/domain/mood';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

let testDb: ReturnType<typeof createTestDatabase>;
let tags: TagService;
let mood: MoodService;
let clock = new Date('2026-11-27T12:00:00.000Z');

beforeEach(() => {
  testDb = createTestDatabase();
  clock = new Date('2026-11-27T12:00:00.000Z');
  tags = createTagService(testDb.db, { now: () => clock });
  mood = createMoodService(testDb.db, { now: () => clock });
});
afterEach(() => testDb.cleanup());

const entry = { occurredAt: '2026-11-27T09:15:00.000Z', timeZone: 'Europe/Paris', mood: 6 };

/** The error a call throws, so its code, message and field can be checked together. */
function errorOf(call: () => unknown): ServiceError {
  try {
    call();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused.');
}

function later(minutes: number): void {
  clock = new Date(clock.getTime() + minutes * 60_000);
}

describe('tag service', () => {
  it('adds a word, trimmed, and lists it after the built-in emotions', () => {
    const added = tags.create('  wistful ');
    expect(added).toEqual({ name: 'wistful', createdAt: '2026-11-27T12:00:00.000Z', usedCount: 0 });
    later(5);
    tags.create('🌊 overwhelmed');
    expect(tags.list()).toEqual({
      builtIn: [...EMOTION_TAGS],
      custom: [
        added,
        { name: '🌊 overwhelmed', createdAt: '2026-11-27T12:05:00.000Z', usedCount: 0 },
      ],
    });
  });

  it('offers the words for the breakup itself as built in, and refuses them as new words', () => {
    expect(tags.list().builtIn).toEqual(
      expect.arrayContaining(['heartbroken', 'hurt', 'rejected', 'guilty', 'missing them']),
    );
    const before = snapshotAllTables(testDb.db);
    for (const [typed, builtIn] of [
      ['Heartbroken', 'heartbroken'],
      ['  Missing Them ', 'missing them'],
      ['HURT', 'hurt'],
    ] as const) {
      const refused = errorOf(() => tags.create(typed));
      expect(refused).toMatchObject({ code: 'conflict', field: 'name' });
      expect(refused.message).toBe(`“${builtIn}” is already one of the emotions you can choose.`);
    }
    expect(snapshotAllTables(testDb.db)).toEqual(before);
    // Two words, one space between: an entry keeps "missing them" as it was chosen.
    const saved = mood.create({ ...entry, tags: ['missing them', 'heartbroken'] });
    expect(saved.tags).toEqual(expect.arrayContaining(['missing them', 'heartbroken']));
  });

  it('refuses a word that is already there, whatever its case or spelling, and writes nothing', () => {
    tags.create('Wistful');
    tags.create('café');
    const before = snapshotAllTables(testDb.db);

    const builtIn = errorOf(() => tags.create('CALM'));
    expect(builtIn).toMatchObject({ code: 'conflict', field: 'name' });
    expect(builtIn.message).toBe('“calm” is already one of the emotions you can choose.');
    expect(errorOf(() => tags.create(' hopeful')).field).toBe('name');

    const custom = errorOf(() => tags.create('wISTFUL'));
    expect(custom).toMatchObject({ code: 'conflict', field: 'name' });
    expect(custom.message).toBe('You have already added “Wistful”.');
    // "é" as one character and as "e" plus a combining accent are the same word.
    expect(errorOf(() => tags.create('cafe\u0301')).code).toBe('conflict');

    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('removes a word from the list while the entries that used it keep it', () => {
    tags.create('wistful');
    const tagged = mood.create({ ...entry, tags: ['wistful', 'calm'] });
    mood.create({ ...entry, mood: 3, tags: ['wistful'] });
    expect(tags.list().custom).toEqual([expect.objectContaining({ usedCount: 2 })]);

    const removed = tags.remove('wistful');
    expect(removed).toEqual({
      name: 'wistful',
      createdAt: '2026-11-27T12:00:00.000Z',
      usedCount: 2,
    });
    expect(tags.list().custom).toEqual([]);
    const [read] = mood
      .list({ from: '2026-11-27', to: '2026-11-27' })
      .filter((e) => e.id === tagged.id);
    expect(read?.tags).toEqual(['calm', 'wistful']);

    // Adding the word again picks up the entries that kept it.
    later(60);
    expect(tags.create('wistful').usedCount).toBe(2);
  });

  it('puts a removed word back exactly where and as it was, even among words of the same minute', () => {
    tags.create('wistful');
    later(1);
    tags.create('raw');
    tags.create('hollow');
    tags.create('tender');
    later(1);
    tags.create('giddy');
    mood.create({ ...entry, tags: ['raw', 'giddy'] });
    const before = snapshotAllTables(testDb.db);

    for (const name of ['raw', 'tender', 'wistful', 'giddy', 'hollow']) {
      const removed = tags.remove(name);
      expect(snapshotAllTables(testDb.db)).not.toEqual(before);
      later(30);
      const { usedCount: _count, ...restorable } = removed;
      expect(tags.restore(restorable)).toEqual(removed);
      expect(snapshotAllTables(testDb.db)).toEqual(before);
    }
  });

  it('keeps the order of the list when words are put back in a different order', () => {
    for (const name of ['one', 'two', 'three']) {
      tags.create(name);
      later(1);
    }
    const before = snapshotAllTables(testDb.db);
    const removed = ['three', 'one', 'two'].map((name) => tags.remove(name));
    for (const { usedCount: _count, ...restorable } of removed.reverse()) tags.restore(restorable);
    expect(snapshotAllTables(testDb.db)).toEqual(before);
    expect(tags.list().custom.map((t) => t.name)).toEqual(['one', 'two', 'three']);
  });

  it('will not put a word back twice, or over one added again in another case', () => {
    tags.create('wistful');
    const { usedCount: _count, ...restorable } = tags.remove('wistful');
    tags.create('Wistful');
    const before = snapshotAllTables(testDb.db);
    const error = errorOf(() => tags.restore(restorable));
    expect(error).toMatchObject({ code: 'conflict', field: 'name' });
    expect(error.message).toBe('“Wistful” is already back in your list.');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('refuses to remove a built-in emotion or a word that is not there, and writes nothing', () => {
    tags.create('wistful');
    mood.create({ ...entry, tags: ['calm'] });
    const before = snapshotAllTables(testDb.db);
    expect(errorOf(() => tags.remove('Calm'))).toMatchObject({
      code: 'invalid_input',
      field: 'name',
      message: '“calm” is built in and stays; only words you added can be removed.',
    });
    expect(errorOf(() => tags.remove('giddy'))).toMatchObject({
      code: 'not_found',
      field: 'name',
    });
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('removes a word asked for in another case', () => {
    tags.create('Wistful');
    expect(tags.remove('wistful').name).toBe('Wistful');
    expect(tags.list().custom).toEqual([]);
  });

  it('refuses invalid words even from inside the main process, writing nothing', () => {
    const before = snapshotAllTables(testDb.db);
    for (const name of ['', '   ', 'a\u0000b', 'two\nlines', '\u200b', 'x'.repeat(41)]) {
      expect(() => tags.create(name)).toThrow();
    }
    expect(snapshotAllTables(testDb.db)).toEqual(before);
    expect(tags.create('x'.repeat(40)).name).toHaveLength(40);
    expect(tags.create('👨‍👩‍👧‍👦'.repeat(40)).name).toBe('👨‍👩‍👧‍👦'.repeat(40));
  });
});

describe('words saved under older rules', () => {
  it('can still be removed, exactly as they are stored, and put back', () => {
    // Imports used to let these in; the app itself never makes them now.
    const insert = testDb.db.prepare(
      'INSERT INTO custom_emotion_tags (name, created_at) VALUES (?, ?)',
    );
    insert.run(' Calm', '2026-01-01T10:00:00.000Z');
    insert.run('sad\nbut ok', '2026-01-02T10:00:00.000Z');
    insert.run('WISTFUL', '2026-01-03T10:00:00.000Z');
    insert.run('wistful', '2026-01-04T10:00:00.000Z');

    expect(tags.remove(' Calm')).toMatchObject({ name: ' Calm' });
    expect(tags.remove('sad\nbut ok')).toMatchObject({ name: 'sad\nbut ok' });
    expect(tags.remove('wistful')).toMatchObject({ name: 'wistful' });
    expect(tags.remove('WISTFUL')).toMatchObject({ name: 'WISTFUL' });
    expect(tags.list().custom).toEqual([]);
  });

  it('still finds a word typed with spaces around it, in any case', () => {
    tags.create('Wistful');
    expect(tags.remove('  wistful ')).toMatchObject({ name: 'Wistful' });
  });

  it('refuses a blank or huge name with a message, and removes nothing', () => {
    tags.create('achy');
    const before = snapshotAllTables(testDb.db);
    expect(() => tags.remove('   ')).toThrow();
    expect(() => tags.remove('x'.repeat(10 * 1024 * 1024))).toThrow();
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });
});
