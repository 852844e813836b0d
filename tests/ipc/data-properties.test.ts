import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { dayOfInstant } from '../../src-main/shared/calendar';
import {
  COMMUNICATION_SKILLS,
  CONTACT_CONTEXTS,
  COUNTERPARTS,
  INITIATORS,
  OUTCOMES,
  TONES,
} from '../../src-main/shared/domain/communication';
import { HABIT_KINDS, HABIT_PERIODS } from '../../src-main/shared/domain/habits';
import { EMOTION_TAGS, MOOD_NOTE_MAX } from '../../src-main/shared/domain/mood';
import { emotionWordKey } from '../../src-main/shared/domain/tags';
import { isAcceptedDay } from '../../src-main/shared/contract/common';
import { emotionWordProblem } from '../../src-main/shared/contract/tags';
import { UNAVOIDABLE_SITUATIONS } from '../../src-main/shared/domain/settings';
import type { DataChannel } from '../../src-main/shared/ipc-channels';
import {
  contract,
  type ExportData,
  type ExportFile,
  type HabitCheckinRow,
} from '../../src-main/shared/ipc-contract';
import {
  EDGE_ZONES,
  anyAcceptedInstant,
  anyEmotionWord,
  hostileValue,
  humanText,
  mutated,
} from '../helpers/channel-properties';
import { createFakeFiles, type FakeFiles } from '../helpers/fake-files';
import { seedEverything } from '../helpers/sample-data';
import { snapshotAllTables } from '../helpers/test-db';

const APP_PAGE = { url: 'app://mending/index.html' };
const ZONES = ['UTC', 'America/New_York', 'Pacific/Apia', 'Australia/Lord_Howe', 'Asia/Kathmandu'];

let dir: string;
let fileCount = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mending-data-properties-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh path in the test folder, for a save dialog to answer with. */
function freshPath(extension: string): string {
  fileCount += 1;
  return join(dir, `file-${fileCount}.${extension}`);
}

/** The channels the round-trip property writes through before exporting. */
type WritingChannel = 'mood:create' | 'tag:create' | 'communication:create' | 'habit:create';

/** The app's router over an in-memory database, with file dialogs a test answers. */
function testApp() {
  const db = openDatabase(':memory:');
  const files = createFakeFiles();
  const router = createRouter({
    handlers: createHandlers({ db, version: 'test', databasePath: ':memory:', files }),
    isTrustedSender: (sender) => sender.url === APP_PAGE.url,
    onUnexpectedError: (error) => {
      throw error;
    },
  });
  const dispatch = (channel: DataChannel | WritingChannel, input: unknown) =>
    router.dispatch(channel, input, APP_PAGE);
  return { db, files, dispatch };
}

/**
 * The export's data in the order an export lists it, to compare a generated file with one read
 * back: rows with an id by id (the id is the rowid), check-ins by habit and day, tags by code
 * point (SQLite's order). Lists keyed by text keep the order they were stored in.
 */
function canonical(data: ExportData): ExportData {
  const byCodePoint = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
  const byId = <T extends { id: number }>(rows: readonly T[]) =>
    [...rows].sort((a, b) => a.id - b.id);
  return {
    ...data,
    moodEntries: byId(data.moodEntries).map((e) => ({ ...e, tags: [...e.tags].sort(byCodePoint) })),
    habits: byId(data.habits),
    communicationEntries: byId(data.communicationEntries),
    trustCheckins: byId(data.trustCheckins),
    stageChanges: byId(data.stageChanges),
    reflections: byId(data.reflections),
    habitCheckins: [...data.habitCheckins].sort((a, b) =>
      a.habitId === b.habitId ? (a.day < b.day ? -1 : 1) : a.habitId - b.habitId,
    ),
  };
}

// ---- valid export files, generated ----

/** Every instant and day the contract accepts, its ends included. */
const instant = anyAcceptedInstant;
const day = instant.map((i) => i.slice(0, 10));
const zone = fc.constantFrom(...ZONES, ...EDGE_ZONES);
const id = fc.integer({ min: 1, max: 2 ** 40 });
/** Stored text: anything a person types, text at the cap included, never empty. */
const text = (max: number) =>
  fc.oneof(
    { weight: 12, arbitrary: humanText(80).filter((s) => s.length > 0) },
    // At the cap: emoji where counting graphemes is cheap enough, Cyrillic for the long caps
    // (import-service.test.ts checks 5,000 emoji against the mood note's cap once).
    { weight: 1, arbitrary: fc.constant((max <= 500 ? '🌱' : 'ж').repeat(max)) },
  );
/** An emotion word as the app stores it: trimmed, and within the contract's word rules. */
const word = anyEmotionWord.map((s) => s.trim()).filter((s) => emotionWordProblem(s) === null);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
/** A moment and its zone whose local day the app accepts (1900-01-01T00:30Z is 1899 in New York). */
const when = fc
  .tuple(instant, zone)
  .map(([occurredAt, timeZone]) => ({
    occurredAt,
    timeZone,
    day: dayOfInstant(occurredAt, timeZone),
  }))
  .filter((w) => isAcceptedDay(w.day));

const moodEntry = fc
  .record({
    id,
    when,
    mood: fc.integer({ min: 1, max: 10 }),
    energy: optional(fc.integer({ min: 1, max: 10 })),
    hurt: optional(fc.integer({ min: 0, max: 10 })),
    tags: fc.uniqueArray(word, { selector: emotionWordKey, maxLength: 5 }),
    note: optional(text(MOOD_NOTE_MAX)),
    createdAt: instant,
    updatedAt: instant,
  })
  .map(({ when: w, ...rest }) => ({ ...rest, ...w }));

const habit = fc.record({
  id,
  // As the app saves a name: trimmed, not blank, at most 80 characters.
  name: text(80)
    .map((s) =>
      [...new Intl.Segmenter().segment(s.trim())]
        .slice(0, 80)
        .map((g) => g.segment)
        .join('')
        .trim(),
    )
    .filter((s) => s.length > 0),
  kind: fc.constantFrom(...HABIT_KINDS),
  targetCount: fc.integer({ min: 0, max: 99 }),
  period: fc.constantFrom(...HABIT_PERIODS),
  createdAt: instant,
  archivedAt: optional(instant),
});

const habitsWithCheckins = fc
  .uniqueArray(habit, { selector: (h) => h.id, maxLength: 3 })
  // Names are unique in any case, as the database compares them.
  .filter(
    (habits) =>
      new Set(habits.map((h) => h.name.replace(/[A-Z]/g, (c) => c.toLowerCase()))).size ===
      habits.length,
  )
  .chain((habits) =>
    fc.record({
      habits: fc.constant(habits),
      habitCheckins:
        habits.length === 0
          ? fc.constant<HabitCheckinRow[]>([])
          : fc.uniqueArray(
              fc
                .record({
                  habitId: fc.constantFrom(...habits.map((h) => h.id)),
                  day,
                  count: optional(fc.integer({ min: 0, max: 999 })),
                  note: optional(text(500)),
                  createdAt: instant,
                  updatedAt: instant,
                })
                .map((c) => ({ ...c, isSkip: c.count === null })),
              { selector: (c) => `${c.habitId} ${c.day}`, maxLength: 6 },
            ),
    }),
  );

const communicationEntry = fc
  .record({
    id,
    when,
    skill: optional(fc.constantFrom(...COMMUNICATION_SKILLS)),
    counterpart: fc.constantFrom(...COUNTERPARTS),
    isContactWithEx: fc.boolean(),
    contactContext: optional(fc.constantFrom(...CONTACT_CONTEXTS)),
    initiatedBy: optional(fc.constantFrom(...INITIATORS)),
    tone: optional(fc.constantFrom(...TONES)),
    selfRating: optional(fc.integer({ min: 1, max: 5 })),
    outcome: optional(fc.constantFrom(...OUTCOMES)),
    moodBefore: optional(fc.integer({ min: 1, max: 10 })),
    moodAfter: optional(fc.integer({ min: 1, max: 10 })),
    doDifferently: optional(text(2000)),
    note: optional(text(5000)),
    createdAt: instant,
    updatedAt: instant,
  })
  // Only contact with the ex may name no skill.
  .map(({ when: w, ...rest }) => ({
    ...rest,
    ...w,
    skill: rest.isContactWithEx ? rest.skill : (rest.skill ?? 'listening'),
  }));

const stage = fc.constantFrom(
  'heal_yourself',
  'decide',
  'apologize',
  'take_it_slow',
  'heal_and_grow',
);

/** A valid export file (as JSON: it is written to disk before it is read). */
const exportFile = fc
  .record({
    moodEntries: fc.uniqueArray(moodEntry, { selector: (e) => e.id, maxLength: 5 }),
    customEmotionTags: fc.uniqueArray(
      fc
        .record({ name: word, createdAt: instant })
        .filter((t) => !EMOTION_TAGS.some((b) => emotionWordKey(b) === emotionWordKey(t.name))),
      { selector: (t) => emotionWordKey(t.name), maxLength: 3 },
    ),
    habitsWithCheckins,
    communicationEntries: fc.uniqueArray(communicationEntry, {
      selector: (e) => e.id,
      maxLength: 3,
    }),
    trustCheckins: fc.uniqueArray(
      fc
        .record({
          id,
          when,
          trust: fc.integer({ min: 0, max: 10 }),
          tension: fc.integer({ min: 0, max: 10 }),
          note: optional(text(5000)),
          createdAt: instant,
        })
        .map(({ when: w, ...rest }) => ({ ...rest, ...w })),
      { selector: (t) => t.id, maxLength: 2 },
    ),
    stageChanges: fc.uniqueArray(
      fc
        .record({
          id,
          stage,
          changedAt: when,
          reason: optional(text(1000)),
          wasSuggested: fc.boolean(),
        })
        .map(({ changedAt: w, ...rest }) => ({
          ...rest,
          changedAt: w.occurredAt,
          timeZone: w.timeZone,
        })),
      { selector: (s) => s.id, maxLength: 3 },
    ),
    reflections: fc.uniqueArray(
      fc.record({
        id,
        kind: fc.constantFrom('decide_worksheet', 'apology_draft', 'right_reasons'),
        stage: optional(stage),
        day,
        answers: fc.jsonValue({ maxDepth: 3 }),
        createdAt: instant,
        updatedAt: instant,
      }),
      { selector: (r) => r.id, maxLength: 2 },
    ),
    settings: fc
      .option(fc.subarray([...UNAVOIDABLE_SITUATIONS]), { nil: undefined })
      .chain((value) =>
        value === undefined
          ? fc.constant<ExportData['settings']>([])
          : instant.map((updatedAt) => [{ key: 'unavoidableSituations', value, updatedAt }]),
      ),
  })
  .map(({ habitsWithCheckins: hc, ...rest }) => ({
    format: 'mending-export' as const,
    formatVersion: 1 as const,
    exportedAt: '2024-06-01T12:00:00.000Z',
    appVersion: 'test',
    schemaVersion: 1,
    data: { ...rest, ...hc },
  }));

function writeJson(value: unknown): string {
  const path = freshPath('json');
  writeFileSync(path, JSON.stringify(value));
  return path;
}

async function importFile(app: ReturnType<typeof testApp>, path: string) {
  app.files.answerOpen(path);
  return app.dispatch('data:import', { mode: 'replace' });
}

async function exportToFile(app: ReturnType<typeof testApp>): Promise<ExportFile> {
  const path = freshPath('json');
  app.files.answerSave(path);
  const result = await app.dispatch('data:export', {});
  expect(result).toMatchObject({ ok: true, value: { saved: true } });
  return JSON.parse(readFileSync(path, 'utf8')) as ExportFile;
}

describe('export and import through the channels', () => {
  it('any valid file imports into an empty database and exports back unchanged, and a second import matches the first', async () => {
    await fc.assert(
      fc.asyncProperty(exportFile, async (file) => {
        const first = testApp();
        const second = testApp();
        try {
          const sent = JSON.parse(JSON.stringify(file)) as ExportFile;
          const imported = await importFile(first, writeJson(sent));
          expect(imported).toMatchObject({ ok: true, value: { imported: true } });
          const back = await exportToFile(first);
          expect(canonical(back.data)).toEqual(canonical(sent.data));

          await importFile(second, writeJson(back));
          expect(snapshotAllTables(second.db)).toEqual(snapshotAllTables(first.db));
        } finally {
          first.db.close();
          second.db.close();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('whatever the channels accept and save, the person’s own export imports back as it was', async () => {
    // Writes through the channels, with inputs from the whole range the contract accepts: an
    // accepted input must answer within the contract, and what it stored must import back.
    const when = fc.record({ occurredAt: anyAcceptedInstant, timeZone: zone });
    const command = fc.oneof(
      fc.record({
        channel: fc.constant('mood:create' as const),
        input: fc
          .tuple(when, fc.uniqueArray(anyEmotionWord, { maxLength: 4 }), optional(humanText(60)))
          .map(([w, tags, note]) => ({ ...w, mood: 5, tags, note })),
      }),
      fc.record({
        channel: fc.constant('tag:create' as const),
        input: anyEmotionWord.map((name) => ({ name })),
      }),
      fc.record({
        channel: fc.constant('communication:create' as const),
        input: fc.tuple(when, optional(humanText(60))).map(([w, note]) => ({
          ...w,
          counterpart: 'friend',
          isContactWithEx: false,
          skill: 'listening',
          note,
        })),
      }),
      fc.record({
        channel: fc.constant('communication:create' as const),
        // Contact with the ex that practised no skill in particular.
        input: fc.tuple(when, optional(humanText(60))).map(([w, note]) => ({
          ...w,
          counterpart: 'ex',
          isContactWithEx: true,
          contactContext: 'i_reached_out',
          skill: null,
          note,
        })),
      }),
      fc.record({
        channel: fc.constant('habit:create' as const),
        input: humanText(90).map((name) => ({
          name,
          kind: 'build',
          targetCount: 1,
          period: 'day',
        })),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 8 }), async (commands) => {
        const first = testApp();
        const second = testApp();
        try {
          for (const { channel, input } of commands) {
            const result = await first.dispatch(channel, input);
            if (result.ok) {
              expect(contract[channel].output.safeParse(result.value).success).toBe(true);
            } else {
              expect(['invalid_input', 'conflict']).toContain(result.error.code);
            }
          }
          const exported = await exportToFile(first);
          const imported = await importFile(second, writeJson(exported));
          expect(imported).toMatchObject({ ok: true, value: { imported: true } });
          expect(snapshotAllTables(second.db)).toEqual(snapshotAllTables(first.db));
        } finally {
          first.db.close();
          second.db.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a good file with any one value spoiled imports whole or changes nothing', async () => {
    const source = testApp();
    seedEverything(source.db);
    const good = await exportToFile(source);
    source.db.close();
    const lists = Object.keys(good.data) as (keyof ExportData)[];

    const app = testApp();
    seedEverything(app.db);
    app.db.prepare("UPDATE mood_entries SET note = 'the data already here'").run();
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...lists),
          fc.nat(),
          fc.nat(),
          hostileValue,
          async (list, rowPick, keyPick, value) => {
            const file = JSON.parse(JSON.stringify(good)) as ExportFile;
            const rows: object[] = file.data[list];
            const row = rows[rowPick % Math.max(rows.length, 1)];
            if (row === undefined) return;
            const keys = Object.keys(row);
            Object.assign(row, { [keys[keyPick % keys.length] ?? 'extra']: value });

            const before = snapshotAllTables(app.db);
            const path = writeJson(file);
            const result = await importFile(app, path);
            if (result.ok) {
              const sent = JSON.parse(readFileSync(path, 'utf8')) as ExportFile;
              expect(canonical((await exportToFile(app)).data)).toEqual(canonical(sent.data));
              // Put the data back for the next run.
              await importFile(app, writeJson(good));
            } else {
              expect(result.error.code).toBe('invalid_input');
              expect(result.error.message).toMatch(/Nothing was changed\.$/);
              expect(snapshotAllTables(app.db)).toEqual(before);
            }
          },
        ),
        { numRuns: 120 },
      );
    } finally {
      app.db.close();
    }
  });
});

describe('data channels under arbitrary input', () => {
  /** What a dialog answers: a new file, Cancel, or a folder that is not there. */
  const saveAnswer = fc.constantFrom('new', 'cancel', 'missing-folder');

  it.each([
    ['data:export', fc.oneof(hostileValue, fc.constant({}))],
    [
      'data:csv',
      fc.oneof(
        hostileValue,
        mutated(
          fc.record({ kind: fc.constantFrom('mood', 'habits', 'checkins', 'communication') }),
        ),
      ),
    ],
  ] as const)(
    '%s answers every input with a typed result, and a refusal writes no file',
    async (channel, inputs) => {
      const app = testApp();
      seedEverything(app.db);
      try {
        await fc.assert(
          fc.asyncProperty(inputs, saveAnswer, async (input, answer) => {
            app.files.clearAnswers();
            const path =
              answer === 'missing-folder' ? join(dir, 'not-here', 'x') : freshPath('out');
            app.files.answerSave(answer === 'cancel' ? null : path);
            const before = snapshotAllTables(app.db);
            const result = await app.dispatch(channel, input);
            expect(snapshotAllTables(app.db)).toEqual(before);
            if (result.ok) {
              const value = contract[channel].output.parse(result.value);
              expect(existsSync(path)).toBe(value.saved);
            } else {
              expect(existsSync(path)).toBe(false);
              if (answer === 'missing-folder' && result.error.code === 'conflict') {
                expect(result.error.message).toMatch(
                  /^Mending could not save x: that folder no longer exists/,
                );
              } else {
                expect(result.error.code).toBe('invalid_input');
              }
            }
          }),
          { numRuns: 120 },
        );
      } finally {
        app.db.close();
      }
    },
  );

  it('data:import answers every input with a typed result, and a refusal changes nothing', async () => {
    const app = testApp();
    seedEverything(app.db);
    const good = await exportToFile(app);
    const goodPath = writeJson(good);
    const badPath = writeJson({ ...good, formatVersion: 2 });
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            hostileValue,
            mutated(fc.constant({ mode: 'replace' })),
            fc.constant({ mode: 'replace' }),
          ),
          fc.constantFrom(goodPath, badPath, null, join(dir, 'missing.json')),
          async (input, answer) => {
            app.files.clearAnswers();
            app.files.answerOpen(answer);
            const before = snapshotAllTables(app.db);
            const result = await app.dispatch('data:import', input);
            if (result.ok) {
              const value = contract['data:import'].output.parse(result.value);
              expect(value.imported).toBe(answer === goodPath);
              // The good file holds the same data, so the tables read the same.
              expect(snapshotAllTables(app.db)).toEqual(before);
            } else {
              expect(result.error.code).toBe('invalid_input');
              expect(snapshotAllTables(app.db)).toEqual(before);
            }
          },
        ),
        { numRuns: 150 },
      );
    } finally {
      app.db.close();
    }
  });

  it('without file dialogs (a context that has none) the channels say so and do nothing', async () => {
    const db = openDatabase(':memory:');
    try {
      const router = createRouter({
        handlers: createHandlers({ db, version: 'test', databasePath: ':memory:' }),
        isTrustedSender: () => true,
      });
      const result = await router.dispatch('data:export', {}, APP_PAGE);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'internal',
          message: 'Mending cannot show a file dialog here, so nothing was saved.',
        },
      });
    } finally {
      db.close();
    }
  });
});

describe('Delete everything through the channels', () => {
  it('data:erase refuses every input but the typed word, naming the field, and deletes nothing', async () => {
    const app = testApp();
    seedEverything(app.db);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            hostileValue,
            mutated(fc.record({ confirmation: fc.constant('delete') })),
            fc.record({
              confirmation: fc.constantFrom('Delete', ' delete', 'delete everything', 'yes', ''),
            }),
          ),
          async (input) => {
            const before = snapshotAllTables(app.db);
            const result = await app.dispatch('data:erase', input);
            expect(result.ok).toBe(false);
            if (result.ok) return;
            expect(result.error.code).toBe('invalid_input');
            expect(snapshotAllTables(app.db)).toEqual(before);
          },
        ),
        { numRuns: 150 },
      );
      const wrongWord = await app.dispatch('data:erase', { confirmation: 'yes' });
      expect(wrongWord).toMatchObject({
        ok: false,
        error: {
          field: 'confirmation',
          message: 'To delete everything, type “delete” in the box. Nothing was deleted.',
        },
      });
    } finally {
      app.db.close();
    }
  });

  it('data:summary counts what would go, and data:erase with the word empties every table', async () => {
    const app = testApp();
    seedEverything(app.db);
    try {
      const summary = await app.dispatch('data:summary', {});
      expect(summary).toMatchObject({
        ok: true,
        value: { counts: { moodEntries: 13, habits: 2, habitCheckins: 3 }, backups: 0 },
      });
      const done = await app.dispatch('data:erase', { confirmation: 'delete' });
      expect(done).toEqual(summary);
      expect(Object.values(snapshotAllTables(app.db)).flat()).toEqual([]);
      expect(await app.dispatch('data:summary', {})).toMatchObject({
        ok: true,
        value: { counts: { moodEntries: 0, habits: 0, settings: 0 } },
      });
    } finally {
      app.db.close();
    }
  });
});

describe('saving over the data file', () => {
  it('is refused, and the database file is left as it was', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mending-live-'));
    const databasePath = join(dataDir, 'mending.sqlite3');
    const db = openDatabase(databasePath);
    try {
      seedEverything(db);
      const files = createFakeFiles();
      const router = createRouter({
        handlers: createHandlers({ db, version: 'test', databasePath, files }),
        isTrustedSender: () => true,
      });
      const before = readFileSync(databasePath);
      files.answerSave(databasePath, `${databasePath}-wal`);
      for (const [channel, input] of [
        ['data:export', {}],
        ['data:csv', { kind: 'mood' }],
      ] as const) {
        const result = await router.dispatch(channel, input, APP_PAGE);
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        if (!result.ok) expect(result.error.message).toMatch(/is Mending's own data file/);
      }
      expect(readFileSync(databasePath).equals(before)).toBe(true);
      expect(snapshotAllTables(db).mood_entries).toHaveLength(13);
    } finally {
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('what the dialogs are asked', () => {
  it('suggests dated names and the right file types, and Cancel writes nothing', async () => {
    const app = testApp();
    const files: FakeFiles = app.files;
    try {
      files.answerSave(null, null);
      files.answerOpen(null);
      expect(await app.dispatch('data:export', {})).toEqual({ ok: true, value: { saved: false } });
      expect(await app.dispatch('data:csv', { kind: 'checkins' })).toEqual({
        ok: true,
        value: { saved: false },
      });
      expect(await app.dispatch('data:import', { mode: 'replace' })).toEqual({
        ok: true,
        value: { imported: false },
      });
      expect(
        files.saveRequests.map((r) => [
          r.defaultName.replace(/\d{4}-\d{2}-\d{2}/, 'DAY'),
          r.extensions,
        ]),
      ).toEqual([
        ['mending-export-DAY.json', ['json']],
        ['mending-checkins-DAY.csv', ['csv']],
      ]);
      expect(files.openRequests.map((r) => r.extensions)).toEqual([['json']]);
    } finally {
      app.db.close();
    }
  });
});
