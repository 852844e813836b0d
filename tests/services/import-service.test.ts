import { formatCount } from '../../src-main/shared/locale-format';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createExportService } from '../../src-main/services/export-service';
import { createImportService, parseExport } from '../../src-main/services/import-service';
import { createMoodService } from '../../src-main/services/mood-service';
import { createSettingsService } from '../../src-main/services/settings-service';
import { ServiceError } from '../../src-main/services/service-error';
import { IMPORT_MAX_BYTES, type ExportFile } from '../../src-main/shared/contract/data';
import { createFakeFiles } from '../helpers/fake-files';
import { seedEverything } from '../helpers/sample-data';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

let dir: string;
let source: ReturnType<typeof createTestDatabase>;
/** The database each test imports into: in memory, fresh for every test. */
let target: { db: Database.Database };
/** A good export of the sample data, as text and as the plain JSON a test can spoil. */
let goodText: string;
const good = (): ExportFile => JSON.parse(goodText) as ExportFile;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mending-import-'));
  source = createTestDatabase();
  seedEverything(source.db);
  const path = join(dir, 'good.json');
  await createExportService(source.db, { appVersion: 'test' }).saveJson(path);
  goodText = readFileSync(path, 'utf8');
});
afterAll(() => {
  source.cleanup();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  target = { db: openDatabase(':memory:') };
});
afterEach(() => {
  target.db.close();
});

function fileWith(contents: string | Buffer, name = 'chosen.json'): string {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
}

async function importInto(db: Database.Database, path: string) {
  return createImportService(db).importFrom(path);
}

describe('export, then import into an empty database', () => {
  it('gives back identical data: every table, every row, ids and times included', async () => {
    const result = await importInto(target.db, fileWith(goodText));
    expect(result).toMatchObject({ fileName: 'chosen.json', backup: null });
    expect(result.counts).toMatchObject({ moodEntries: 13, customEmotionTags: 2, reflections: 1 });
    expect(snapshotAllTables(target.db)).toEqual(snapshotAllTables(source.db));
  });

  it('round-trips what the services write, and the app goes on from the imported ids', async () => {
    const fresh = createTestDatabase();
    try {
      const mood = createMoodService(fresh.db);
      mood.create({
        occurredAt: '2024-05-01T08:00:00.000Z',
        timeZone: 'Pacific/Apia',
        mood: 4,
        tags: ['hopeful', 'calm'],
        note: 'שלום 🌱',
      });
      createSettingsService(fresh.db).update({ unavoidableSituations: ['living_together'] });
      const file = createExportService(fresh.db, { appVersion: 'test' }).build();
      createImportService(target.db).replaceAll(parseExport(JSON.stringify(file)));
      expect(snapshotAllTables(target.db)).toEqual(snapshotAllTables(fresh.db));
      const next = createMoodService(target.db).create({
        occurredAt: '2024-05-02T08:00:00.000Z',
        timeZone: 'UTC',
        mood: 5,
      });
      expect(next.id).toBe(2);
    } finally {
      fresh.cleanup();
    }
  });

  it('replaces whatever was there before, rather than merging with it', async () => {
    createMoodService(target.db).create({
      occurredAt: '2030-01-01T00:00:00.000Z',
      timeZone: 'UTC',
      mood: 9,
    });
    target.db
      .prepare(
        "INSERT INTO custom_emotion_tags (name, created_at) VALUES ('old', '2030-01-01T00:00:00.000Z')",
      )
      .run();
    await importInto(target.db, fileWith(goodText));
    expect(snapshotAllTables(target.db)).toEqual(snapshotAllTables(source.db));
  });

  it('backs up the current data first, and answers with the backup’s name and time', async () => {
    const before = snapshotAllTables(target.db);
    let seenAtBackup: unknown;
    const service = createImportService(target.db, {
      backup: () => {
        seenAtBackup = snapshotAllTables(target.db);
        return Promise.resolve({
          fileName: 'mending-before-import.sqlite3',
          createdAt: '2026-11-27T22:10:05.000Z',
        });
      },
    });
    const result = await service.importFrom(fileWith(goodText));
    expect(result.backup).toEqual({
      fileName: 'mending-before-import.sqlite3',
      createdAt: '2026-11-27T22:10:05.000Z',
    });
    expect(seenAtBackup).toEqual(before);
    expect(snapshotAllTables(target.db)).toEqual(snapshotAllTables(source.db));
  });
});

describe('settings about what this computer has already shown', () => {
  const settingsOf = (db: Database.Database) => createSettingsService(db).get();
  const rowOf = (db: Database.Database, key: string) =>
    db.prepare('SELECT value, updated_at FROM settings WHERE key = ?').get(key);

  function finishWelcome(db: Database.Database) {
    createSettingsService(db, { now: () => new Date('2026-11-20T21:30:00.000Z') }).update({
      welcome: 'finished',
      lowEntrySupportDay: '2026-11-20',
      unavoidableSituations: ['living_together'],
    });
  }

  it('keeps the welcome finished when the file was made before the welcome setting existed', async () => {
    finishWelcome(target.db);
    // The sample export carries its ties with the ex, but nothing about the welcome.
    expect(good().data.settings.map((row) => row.key)).toEqual(['unavoidableSituations']);
    await importInto(target.db, fileWith(goodText));
    const after = settingsOf(target.db);
    expect(after.welcome).toBe('finished');
    // The line pointing to Support does not come back a second time the same day either.
    expect(after.lowEntrySupportDay).toBe('2026-11-20');
    // Kept exactly, with the time it was set.
    expect(rowOf(target.db, 'welcome')).toEqual({
      value: '"finished"',
      updated_at: '2026-11-20T21:30:00.000Z',
    });
    // Everything the file does carry replaces what was there: no merging of the person's data.
    expect(after.unavoidableSituations).toEqual([
      'children_together',
      'working_or_studying_together',
    ]);
  });

  it('keeps a welcome that was skipped too, and leaves one never shown as it was', async () => {
    createSettingsService(target.db).update({ welcome: 'skipped' });
    await importInto(target.db, fileWith(goodText));
    expect(settingsOf(target.db).welcome).toBe('skipped');

    const fresh = openDatabase(':memory:');
    try {
      await importInto(fresh, fileWith(goodText));
      expect(settingsOf(fresh).welcome).toBe('not_shown');
      expect(rowOf(fresh, 'welcome')).toBeUndefined();
    } finally {
      fresh.close();
    }
  });

  it('takes the welcome the file carries, when it carries one', async () => {
    finishWelcome(target.db);
    const file = good();
    const carried: ExportFile = {
      ...file,
      data: {
        ...file.data,
        settings: [
          ...file.data.settings,
          { key: 'welcome', value: 'skipped', updatedAt: '2025-02-01T09:00:00.000Z' },
        ],
      },
    };
    await importInto(target.db, fileWith(JSON.stringify(carried)));
    expect(settingsOf(target.db).welcome).toBe('skipped');
    // The file carries no day for the Support line, so today's is kept.
    expect(settingsOf(target.db).lowEntrySupportDay).toBe('2026-11-20');
  });

  it('changes nothing when the file is refused', async () => {
    finishWelcome(target.db);
    const before = snapshotAllTables(target.db);
    const spoiled = good();
    await expect(
      importInto(target.db, fileWith(JSON.stringify({ ...spoiled, formatVersion: 99 }))),
    ).rejects.toThrow(ServiceError);
    expect(snapshotAllTables(target.db)).toEqual(before);
  });
});

describe('a file with anything wrong is refused whole, with a message naming the problem', () => {
  /** Spoils one part of the good export. */
  function spoiled(
    change: (file: Record<string, unknown> & Pick<ExportFile, 'data'>) => void,
  ): string {
    const file: Record<string, unknown> & Pick<ExportFile, 'data'> = good();
    change(file);
    return JSON.stringify(file, null, 2);
  }

  const cases: [name: string, contents: () => string | Buffer, message: string | RegExp][] = [
    [
      'a truncated file',
      () => goodText.slice(0, Math.floor(goodText.length * 0.6)),
      'The file ends too early: it may have been cut off while copying.',
    ],
    [
      'a file cut off inside a string',
      () => goodText.slice(0, goodText.indexOf('family day')),
      'The file ends too early',
    ],
    [
      'a file that is not JSON',
      () => 'Dear diary, today was better.',
      'This file is not a Mending export: it is not a JSON file.',
    ],
    [
      'an image',
      () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]),
      'it is not a text file',
    ],
    [
      'damaged JSON',
      () => goodText.replace('"formatVersion": 1,', '"formatVersion": 1,,'),
      /not valid JSON \(line 3, column \d+\)/,
    ],
    [
      'a JSON file of something else',
      () => JSON.stringify({ name: 'package', version: '1.0.0' }),
      'it has no "format": "mending-export" marker',
    ],
    ['a JSON list', () => '[1, 2, 3]', 'it has no "format": "mending-export" marker'],
    [
      'a wrong format marker',
      () =>
        spoiled((f) => {
          f['format'] = 'mending-backup';
        }),
      'it has no "format": "mending-export" marker',
    ],
    [
      'a newer format version',
      () =>
        spoiled((f) => {
          f['formatVersion'] = 3;
        }),
      'This file was made by a newer version of Mending (format 3); this app reads format 1.',
    ],
    [
      'a format version that is text',
      () =>
        spoiled((f) => {
          f['formatVersion'] = '1';
        }),
      'This export has no format version Mending can read (formatVersion is "1").',
    ],
    [
      'a format version that never existed',
      () =>
        spoiled((f) => {
          f['formatVersion'] = 0;
        }),
      'format 0, which no version of Mending wrote',
    ],
    [
      'an impossible day',
      () =>
        spoiled((f) => {
          Object.assign(f.data.moodEntries[11] ?? {}, { day: '2024-02-30' });
        }),
      'Mood entry 12 (moodEntries[11].day): 2024-02-30 is not a real date.',
    ],
    [
      'an impossible moment',
      () =>
        spoiled((f) => {
          Object.assign(f.data.moodEntries[11] ?? {}, { occurredAt: '2024-02-30T10:00:00.000Z' });
        }),
      'Mood entry 12 (moodEntries[11].occurredAt): 2024-02-30T10:00:00.000Z is not a real date and time',
    ],
    [
      'an unknown time zone',
      () =>
        spoiled((f) => {
          Object.assign(f.data.moodEntries[0] ?? {}, { timeZone: 'Mars/Olympus_Mons' });
        }),
      'Mood entry 1 (moodEntries[0].timeZone): "Mars/Olympus_Mons" is not a time zone this computer knows.',
    ],
    [
      'a mood out of range',
      () =>
        spoiled((f) => {
          Object.assign(f.data.moodEntries[2] ?? {}, { mood: 11 });
        }),
      'Mood entry 3 (moodEntries[2].mood): 11 is not a whole number from 1 to 10.',
    ],
    [
      'an unknown habit kind',
      () =>
        spoiled((f) => {
          Object.assign(f.data.habits[1] ?? {}, { kind: 'maintain' });
        }),
      'Habit 2 (habits[1].kind): "maintain" is not one of: build, break.',
    ],
    [
      'an unknown tone',
      () =>
        spoiled((f) => {
          Object.assign(f.data.communicationEntries[0] ?? {}, { tone: 'sarcastic' });
        }),
      'Communication entry 1 (communicationEntries[0].tone): "sarcastic" is not one of: friendly, civil, tense, hostile.',
    ],
    [
      'no skill named for practice that was not contact with the ex',
      () =>
        spoiled((f) => {
          Object.assign(f.data.communicationEntries[0] ?? {}, {
            counterpart: 'friend',
            isContactWithEx: false,
            contactContext: null,
            skill: null,
          });
        }),
      'Communication entry 1 (communicationEntries[0].skill): only contact with your ex may leave the skill empty: name the skill practised.',
    ],
    [
      'a check-in for a missing habit',
      () =>
        spoiled((f) => {
          Object.assign(f.data.habitCheckins[2] ?? {}, { habitId: 77 });
        }),
      'Habit check-in 3 (habitCheckins[2].habitId): there is no habit 77 in this file',
    ],
    [
      'a skip with a count',
      () =>
        spoiled((f) => {
          Object.assign(f.data.habitCheckins[1] ?? {}, { count: 1 });
        }),
      'Habit check-in 2 (habitCheckins[1].count): a check-in is either a skip with no count',
    ],
    [
      'two entries with one id',
      () =>
        spoiled((f) => {
          Object.assign(f.data.moodEntries[5] ?? {}, { id: 2 });
        }),
      'Mood entry 6 (moodEntries[5].id): the id 2 is already used by mood entry 1.',
    ],
    [
      'two check-ins for one habit and day',
      () =>
        spoiled((f) => {
          Object.assign(f.data.habitCheckins[0] ?? {}, { day: '2024-02-29' });
        }),
      'Habit check-in 2 (habitCheckins[1].day): habit 4 on 2024-02-29 is already used by habit check-in 1.',
    ],
    [
      'an emotion word twice',
      () =>
        spoiled((f) => {
          f.data.customEmotionTags.push({ name: 'achy', createdAt: '2024-01-04T10:00:00.000Z' });
        }),
      'Emotion word 3 (customEmotionTags[2].name): the word "achy" is already used by emotion word 2.',
    ],
    [
      'an unknown field in an entry',
      () =>
        spoiled((f) => {
          Object.assign(f.data.trustCheckins[0] ?? {}, { colour: 'red' });
        }),
      'Trust check-in 1 (trustCheckins[0].colour): it has a field this version of Mending does not know ("colour").',
    ],
    [
      'an unknown field at the top',
      () =>
        spoiled((f) => {
          f['comment'] = 'hi';
        }),
      'The file\'s comment: it has a field this version of Mending does not know ("comment").',
    ],
    [
      'a missing list',
      () =>
        spoiled((f) => {
          Reflect.deleteProperty(f.data, 'habits');
        }),
      'The file\'s data.habits: "habits" is missing.',
    ],
    [
      'a missing field',
      () =>
        spoiled((f) => {
          Reflect.deleteProperty(f.data.moodEntries[4] ?? {}, 'mood');
        }),
      'Mood entry 5 (moodEntries[4].mood): "mood" is missing.',
    ],
    [
      'a list that is not a list',
      () =>
        spoiled((f) => {
          Object.assign(f.data, { settings: { a: 1 } });
        }),
      "The file's data.settings: an object is not a list.",
    ],
    [
      'text where a number belongs',
      () =>
        spoiled((f) => {
          Object.assign(f.data.moodEntries[0] ?? {}, { energy: '7' });
        }),
      'Mood entry 1 (moodEntries[0].energy): "7" is not a whole number from 1 to 10.',
    ],
    [
      'a NUL character in a note',
      () =>
        spoiled((f) => {
          Object.assign(f.data.moodEntries[0] ?? {}, { note: 'a\u0000b' });
        }),
      'Mood entry 1 (moodEntries[0].note): the text contains a NUL character',
    ],
    [
      'a note over the cap',
      () =>
        spoiled((f) => {
          Object.assign(f.data.moodEntries[0] ?? {}, { note: 'x'.repeat(5001) });
        }),
      `Mood entry 1 (moodEntries[0].note): the text is longer than the ${formatCount(5_000)} characters Mending keeps.`,
    ],
    [
      'an unknown setting',
      () =>
        spoiled((f) => {
          Object.assign(f.data.settings[0] ?? {}, { key: 'fontSize' });
        }),
      'Setting 1 (settings[0].key): "fontSize" is not a setting this version of Mending knows.',
    ],
    [
      'a setting with a wrong value',
      () =>
        spoiled((f) => {
          Object.assign(f.data.settings[0] ?? {}, { value: ['on_the_moon'] });
        }),
      /^Setting 1 \(settings\[0\]\.value\): Choose from/,
    ],
    [
      'an unknown stage',
      () =>
        spoiled((f) => {
          Object.assign(f.data.stageChanges[0] ?? {}, { stage: 'win_them_back' });
        }),
      'Stage change 1 (stageChanges[0].stage): "win_them_back" is not one of',
    ],
    // Import follows the contract's rules for every field, and the app's folding for duplicates.
    [
      'an emotion word beside the same word in capitals',
      () =>
        spoiled((f) => {
          f.data.customEmotionTags.push(
            { name: 'wistful', createdAt: '2024-01-04T10:00:00.000Z' },
            { name: 'WISTFUL', createdAt: '2024-01-05T10:00:00.000Z' },
          );
        }),
      'Emotion word 4 (customEmotionTags[3].name): the word "WISTFUL" is already used by emotion word 3.',
    ],
    [
      'an emotion word with a space in front',
      () =>
        spoiled((f) => {
          f.data.customEmotionTags.push({ name: ' Calm', createdAt: '2024-01-04T10:00:00.000Z' });
        }),
      'Emotion word 3 (customEmotionTags[2].name): " Calm": it has spaces or line breaks at its start or end',
    ],
    [
      'an emotion word with a line break inside',
      () =>
        spoiled((f) => {
          f.data.customEmotionTags.push({
            name: 'sad\nbut ok',
            createdAt: '2024-01-04T10:00:00.000Z',
          });
        }),
      'Emotion word 3 (customEmotionTags[2].name): "sad\\nbut ok": The emotion word contains a character that cannot be saved (such as a line break).',
    ],
    [
      'a mood entry with the same emotion in two cases',
      () =>
        spoiled((f) => {
          Object.assign(f.data.moodEntries[0] ?? {}, { tags: ['lonely', 'LONELY'] });
        }),
      'Mood entry 1 (moodEntries[0].tags[1]): "LONELY" is the same emotion as "lonely", listed twice.',
    ],
    [
      'a mood entry with an emotion on two lines',
      () =>
        spoiled((f) => {
          Object.assign(f.data.moodEntries[0] ?? {}, { tags: ['tired\r\nwired'] });
        }),
      /^Mood entry 1 \(moodEntries\[0\]\.tags\[0\]\): .*such as a line break/,
    ],
    [
      'a mood entry whose day disagrees with its time and zone',
      () =>
        spoiled((f) => {
          Object.assign(f.data.moodEntries[0] ?? {}, {
            occurredAt: '2024-02-20T23:15:00.000Z',
            timeZone: 'Europe/Berlin',
            day: '2024-02-20',
          });
        }),
      'Mood entry 1 (moodEntries[0].day): the day 2024-02-20 does not match 2024-02-20T23:15:00.000Z in Europe/Berlin, which is 2024-02-21.',
    ],
    [
      'a mood entry whose local day is before 1900',
      () =>
        spoiled((f) => {
          Object.assign(f.data.moodEntries[0] ?? {}, {
            occurredAt: '1900-01-01T00:30:00.000Z',
            timeZone: 'America/New_York',
            day: '1899-12-31',
          });
        }),
      'Mood entry 1 (moodEntries[0].day): 1899-12-31 is outside the dates Mending keeps: choose a date between 1 January 1900 and 31 December 2999.',
    ],
    [
      'a communication entry whose local day is after 2999',
      () =>
        spoiled((f) => {
          Object.assign(f.data.communicationEntries[0] ?? {}, {
            occurredAt: '2999-12-31T23:00:00.000Z',
            timeZone: 'Pacific/Kiritimati',
            day: '2999-12-31',
          });
        }),
      'Communication entry 1 (communicationEntries[0].occurredAt): 2999-12-31T23:00:00.000Z is 3000-01-01 in Pacific/Kiritimati, outside the dates Mending keeps',
    ],
    [
      'a stage change whose day in its zone is before 1900',
      () =>
        spoiled((f) => {
          Object.assign(f.data.stageChanges[0] ?? {}, {
            changedAt: '1900-01-01T01:00:00.000Z',
            timeZone: 'America/New_York',
          });
        }),
      'Stage change 1 (stageChanges[0].changedAt): 1900-01-01T01:00:00.000Z is 1899-12-31 in America/New_York',
    ],
    [
      'a year the app does not keep',
      () =>
        spoiled((f) => {
          Object.assign(f.data.reflections[0] ?? {}, { day: '9999-01-01' });
        }),
      'Reflection 1 (reflections[0].day): 9999-01-01 is outside the dates Mending keeps: choose a date between 1 January 1900 and 31 December 2999.',
    ],
    [
      'two habits with the same name in different cases',
      () =>
        spoiled((f) => {
          const [first, second] = f.data.habits;
          if (first && second) second.name = first.name.toUpperCase();
        }),
      /^Habit 2 \(habits\[1\]\.name\): the name ".*" is already used by habit 1\./,
    ],
    [
      'a habit name with a space at the end',
      () =>
        spoiled((f) => {
          Object.assign(f.data.habits[0] ?? {}, { name: 'Walk ' });
        }),
      'Habit 1 (habits[0].name): it has spaces or line breaks at its start or end, which Mending never saves.',
    ],
    [
      'answers nested 100,000 deep',
      () =>
        spoiled((f) => {
          Object.assign(f.data.reflections[0] ?? {}, { answers: '__DEEP__' });
        }).replace('"__DEEP__"', `${'['.repeat(100_000)}1${']'.repeat(100_000)}`),
      'Reflection 1 (reflections[0].answers): this is nested more than 16 levels deep; Mending keeps at most 16.',
    ],
    [
      'answers holding megabytes of text',
      () =>
        spoiled((f) => {
          Object.assign(f.data.reflections[0] ?? {}, { answers: { draft: 'x'.repeat(300_000) } });
        }),
      `Reflection 1 (reflections[0].answers): this holds more than ${formatCount(200_000)} characters of text; Mending keeps at most that many.`,
    ],
    [
      'answers holding a million small values',
      () =>
        spoiled((f) => {
          Object.assign(f.data.reflections[0] ?? {}, { answers: new Array(1_000_000).fill(0) });
        }),
      `Reflection 1 (reflections[0].answers): this holds more than ${formatCount(10_000)} values; Mending keeps at most that many.`,
    ],
    [
      'an empty file',
      () => '',
      'chosen.json is empty: it may have been cut off while copying, or it is not a Mending export.',
    ],
    ['a file of blank lines', () => '\n\n  \n', 'chosen.json is empty'],
  ];

  it.each(cases)('%s', async (_name, contents, message) => {
    seedSomethingElse(target.db);
    const before = snapshotAllTables(target.db);
    let backups = 0;
    const service = createImportService(target.db, {
      backup: () => {
        backups += 1;
        return Promise.resolve({
          fileName: 'backup.sqlite3',
          createdAt: '2026-11-27T22:10:05.000Z',
        });
      },
    });
    const failure = service.importFrom(fileWith(contents()));
    await expect(failure).rejects.toBeInstanceOf(ServiceError);
    const error = (await failure.catch((e: unknown) => e)) as ServiceError;
    if (typeof message === 'string') expect(error.message).toContain(message);
    else expect(error.message).toMatch(message);
    expect(error.message).toMatch(/Nothing was changed\.$/);
    expect(error.code).toBe('invalid_input');
    expect(backups).toBe(0);
    expect(snapshotAllTables(target.db)).toEqual(before);
  });

  it('a file over the size cap, without reading it', async () => {
    seedSomethingElse(target.db);
    const before = snapshotAllTables(target.db);
    const path = fileWith('{');
    truncateSync(path, IMPORT_MAX_BYTES + 1); // sparse: nothing is really written to disk
    await expect(importInto(target.db, path)).rejects.toThrow(
      'chosen.json is 201 MB, more than the 200 MB a Mending export can be: check that you chose a Mending export. Nothing was changed.',
    );
    expect(snapshotAllTables(target.db)).toEqual(before);
  });

  it('a file that is no longer there', async () => {
    await expect(importInto(target.db, join(dir, 'moved.json'))).rejects.toThrow(
      'Mending could not read moved.json: it is no longer there. Nothing was changed.',
    );
  });

  it('a backup that fails stops the import before anything changes', async () => {
    seedSomethingElse(target.db);
    const before = snapshotAllTables(target.db);
    const service = createImportService(target.db, {
      backup: () => Promise.reject(new Error('disk full')),
    });
    await expect(service.importFrom(fileWith(goodText))).rejects.toThrow(
      'Mending could not back up your current data first, so it did not import the file (disk full). Nothing was changed.',
    );
    expect(snapshotAllTables(target.db)).toEqual(before);
  });

  it('a row the database refuses halfway through undoes every row written before it', async () => {
    seedSomethingElse(target.db);
    const before = snapshotAllTables(target.db);
    // Settings are written last, after every other table has been emptied and refilled.
    target.db.exec(
      "CREATE TRIGGER refuse_settings BEFORE INSERT ON settings BEGIN SELECT RAISE(ABORT, 'no settings today'); END",
    );
    await expect(importInto(target.db, fileWith(goodText))).rejects.toThrow(
      /the database refused one of its rows \(no settings today\)\. Nothing was changed\.$/,
    );
    expect(snapshotAllTables(target.db)).toEqual(before);
  });

  it('checks the whole file before the first problem is reported, so the first one is named', () => {
    const file = good();
    Object.assign(file.data.moodEntries[3] ?? {}, { mood: 0 });
    Object.assign(file.data.moodEntries[8] ?? {}, { day: '2023-02-29' });
    expect(() => parseExport(JSON.stringify(file))).toThrow(
      /^Mood entry 4 \(moodEntries\[3\]\.mood\)/,
    );
  });

  it('counts a note’s length in characters a person sees, so 5,000 emoji fit the cap', () => {
    const file = good();
    Object.assign(file.data.moodEntries[0] ?? {}, { note: '👩🏽‍💻'.repeat(5000) });
    expect(parseExport(JSON.stringify(file)).data.moodEntries[0]?.note).toHaveLength(5000 * 7);
    Object.assign(file.data.moodEntries[0] ?? {}, { note: '👩🏽‍💻'.repeat(5001) });
    expect(() => parseExport(JSON.stringify(file))).toThrow(
      new RegExp(`longer than the ${formatCount(5_000)} characters`),
    );
  });

  it('keeps JSON answers exactly, "__proto__" keys included, without touching any prototype', () => {
    const text = goodText.replace(
      '"fault": "both"',
      '"__proto__": { "polluted": true }, "constructor": 1, "fault": "both"',
    );
    createImportService(target.db).replaceAll(parseExport(text));
    const stored = target.db.prepare('SELECT answers FROM reflections').pluck().get();
    expect(stored).toBe(
      '{"__proto__":{"polluted":true},"constructor":1,"fault":"both","dealBreakers":[],' +
        '"changes":["I listen ✋","السلام"],"score":0.5}',
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts a byte-order mark, as some editors add one', () => {
    expect(parseExport(`\uFEFF${goodText}`).data.moodEntries).toHaveLength(13);
  });
});

/** Data in the target, so a refused import visibly leaves it alone. */
function seedSomethingElse(db: Database.Database): void {
  createMoodService(db).create({
    occurredAt: '2030-01-01T00:00:00.000Z',
    timeZone: 'UTC',
    mood: 9,
    note: 'keep me',
  });
}

describe('a database file on disk', () => {
  it('takes an import the same way', async () => {
    const onDisk = createTestDatabase();
    try {
      await importInto(onDisk.db, fileWith(goodText));
      expect(snapshotAllTables(onDisk.db)).toEqual(snapshotAllTables(source.db));
    } finally {
      onDisk.cleanup();
    }
  });
});

describe('the import use case asks which file', () => {
  it('imports the file chosen, and answers nothing imported on Cancel', async () => {
    const files = createFakeFiles();
    const service = createImportService(target.db, { files });
    files.answerOpen(fileWith(goodText), null);
    expect(await service.importFromChosenFile()).toMatchObject({
      imported: true,
      fileName: 'chosen.json',
      backup: null,
      counts: { moodEntries: 13 },
    });
    expect(files.openRequests[0]?.extensions).toEqual(['json']);
    const before = snapshotAllTables(target.db);
    expect(await service.importFromChosenFile()).toEqual({ imported: false });
    expect(snapshotAllTables(target.db)).toEqual(before);
  });
});
