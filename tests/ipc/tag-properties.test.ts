import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { createTagService } from '../../src-main/services/tag-service';
import { EMOTION_TAGS } from '../../src-main/shared/domain/mood';
import { EMOTION_WORD_MAX, emotionWordKey } from '../../src-main/shared/domain/tags';
import { visibleLength } from '../../src-main/shared/ipc-contract';
import {
  expectChannelIsTotal,
  hostileValue,
  humanText,
  mutated,
  type Dispatch,
} from '../helpers/channel-properties';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

const BUILT_IN_KEYS = new Set(EMOTION_TAGS.map(emotionWordKey));

/** True for what the contract accepts as a word: something visible, one line, at most 40. */
function isAcceptable(name: string): boolean {
  const trimmed = name.trim();
  return (
    /[^\p{White_Space}\p{Cc}\p{Cf}\p{Z}]/u.test(trimmed) &&
    !/\p{Cc}/u.test(trimmed) &&
    visibleLength(trimmed) <= EMOTION_WORD_MAX
  );
}

/** Words a person might add: emoji, right-to-left scripts, SQL-looking text, text at the cap. */
const validWord = fc
  .oneof(
    humanText(EMOTION_WORD_MAX),
    fc.constantFrom(
      'x'.repeat(EMOTION_WORD_MAX),
      '🌧️'.repeat(EMOTION_WORD_MAX),
      ` ${'ب'.repeat(EMOTION_WORD_MAX)} `,
      "wistful'); DROP TABLE custom_emotion_tags;--".slice(0, EMOTION_WORD_MAX),
      'Calm-ish',
    ),
  )
  .filter((name) => isAcceptable(name) && !BUILT_IN_KEYS.has(emotionWordKey(name.trim())));

const createdAt = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2090-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

async function seed(dispatch: Dispatch): Promise<void> {
  await dispatch('tag:create', { name: 'wistful' });
  await dispatch('tag:create', { name: 'raw' });
  await dispatch('mood:create', {
    occurredAt: '2026-05-01T10:00:00.000Z',
    timeZone: 'UTC',
    mood: 5,
    energy: 4,
    tags: ['wistful'],
  });
}

describe('tag channels under arbitrary input', () => {
  it.each([
    ['tag:list', fc.oneof(hostileValue, fc.constant({}))],
    [
      'tag:create',
      fc.oneof(
        hostileValue,
        mutated(fc.record({ name: validWord })),
        fc.record({ name: fc.oneof(validWord, fc.constantFrom('Wistful', ' CALM')) }),
      ),
    ],
    [
      'tag:delete',
      fc.oneof(
        hostileValue,
        mutated(fc.record({ name: fc.constantFrom('wistful', 'RAW', 'calm', 'gone') })),
        fc.record({ name: fc.oneof(validWord, fc.constantFrom('wistful', 'calm')) }),
      ),
    ],
    [
      'tag:restore',
      fc.oneof(
        hostileValue,
        mutated(fc.record({ name: validWord, createdAt })),
        fc.record({ name: fc.oneof(validWord, fc.constantFrom('Raw', 'hopeful')), createdAt }),
      ),
    ],
  ] as const)(
    '%s answers every input with a typed result and writes nothing when refusing',
    async (channel, inputs) => {
      await expectChannelIsTotal(channel, inputs, { seed, numRuns: 100 });
    },
  );

  it('names the field and the rule when it refuses a word, and writes nothing', async () => {
    const testDb = createTestDatabase();
    try {
      const page = { url: 'app://mending/index.html' };
      const router = createRouter({
        handlers: createHandlers({ db: testDb.db, version: 'test', databasePath: testDb.path }),
        isTrustedSender: (sender) => sender.url === page.url,
      });
      await router.dispatch('tag:create', { name: 'wistful' }, page);
      const before = snapshotAllTables(testDb.db);
      const cases: [unknown, string][] = [
        [{ name: '   ' }, 'Write the emotion word you want to add: it cannot be empty.'],
        [{}, '"name" is missing.'],
        [{ name: 42 }, 'The emotion word must be text.'],
        [
          { name: 'x'.repeat(EMOTION_WORD_MAX + 1) },
          'The emotion word is too long: keep it to 40 characters.',
        ],
        [
          { name: 'a\u0000b' },
          'The emotion word contains a character that cannot be saved (such as a line break).',
        ],
        [{ name: 'Hopeful' }, '“hopeful” is already one of the emotions you can choose.'],
        [{ name: ' WISTFUL ' }, 'You have already added “wistful”.'],
      ];
      for (const [input, message] of cases) {
        const result = await router.dispatch('tag:create', input, page);
        expect(result).toEqual({
          ok: false,
          error: { code: expect.any(String), message, field: 'name' },
        });
      }
      expect(snapshotAllTables(testDb.db)).toEqual(before);
    } finally {
      testDb.cleanup();
    }
  });

  it('adds, lists, removes and puts back any valid word unchanged', () => {
    const testDb = createTestDatabase();
    try {
      const tags = createTagService(testDb.db);
      fc.assert(
        fc.property(validWord, createdAt, (name, when) => {
          const service = createTagService(testDb.db, { now: () => new Date(when) });
          const added = service.create(name);
          expect(added).toEqual({ name: name.trim(), createdAt: when, usedCount: 0 });
          expect(tags.list().custom).toEqual([added]);

          const before = snapshotAllTables(testDb.db);
          const { usedCount: _count, ...restorable } = tags.remove(name.trim());
          expect(tags.list().custom).toEqual([]);
          expect(tags.restore(restorable)).toEqual(added);
          expect(snapshotAllTables(testDb.db)).toEqual(before);
          tags.remove(added.name);
        }),
        { numRuns: 200 },
      );
    } finally {
      testDb.cleanup();
    }
  });
});
