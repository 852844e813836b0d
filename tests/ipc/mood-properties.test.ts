import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMoodService } from '../../src-main/services/mood-service';
import { moodEntryInputSchema } from '../../src-main/shared/contract/mood';
import { EMOTION_TAGS, MOOD_NOTE_MAX } from '../../src-main/shared/domain/mood';
import {
  expectChannelIsTotal,
  hostileValue,
  humanText,
  mutated,
  EDGE_ZONES,
  anyAcceptedInstant,
  anyEmotionWord,
} from '../helpers/channel-properties';
import { createTestDatabase } from '../helpers/test-db';

const ZONES = ['UTC', 'America/New_York', 'Pacific/Apia', 'Australia/Lord_Howe', 'Asia/Kathmandu'];

const validMood = fc.record({
  // Any instant the contract takes, 1900-2999 and its ends, where a zone can move the day out.
  occurredAt: anyAcceptedInstant,
  timeZone: fc.constantFrom(...ZONES, ...EDGE_ZONES),
  mood: fc.integer({ min: 1, max: 10 }),
  energy: fc.option(fc.integer({ min: 1, max: 10 })),
  hurt: fc.option(fc.integer({ min: 0, max: 10 })),
  tags: fc.uniqueArray(fc.oneof(fc.constantFrom(...EMOTION_TAGS), anyEmotionWord), {
    maxLength: 5,
  }),
  note: fc.option(humanText(200)),
});

const dayRange = fc.record({
  from: fc.constantFrom('2026-01-01', '2024-02-29'),
  to: fc.constantFrom('2026-12-31'),
});

describe('mood channels under arbitrary input', () => {
  it.each([
    ['mood:create', fc.oneof(hostileValue, mutated(validMood), validMood)],
    ['mood:update', fc.oneof(hostileValue, mutated(validMood.map((m) => ({ ...m, id: 1 }))))],
    [
      'mood:delete',
      fc.oneof(hostileValue, fc.record({ id: fc.oneof(fc.integer(), hostileValue) })),
    ],
    [
      'mood:restore',
      fc.oneof(
        hostileValue,
        mutated(
          validMood.map((m) => ({
            ...m,
            id: 99,
            createdAt: m.occurredAt,
            updatedAt: m.occurredAt,
          })),
        ),
      ),
    ],
    ['mood:list', fc.oneof(hostileValue, mutated(dayRange))],
    ['mood:daily', fc.oneof(hostileValue, mutated(dayRange))],
    ['mood:grid', fc.oneof(hostileValue, mutated(dayRange))],
    ['app:info', hostileValue],
    ['app:reveal', hostileValue],
  ] as const)(
    '%s answers every input with a typed result and writes nothing when refusing',
    async (channel, inputs) => {
      await expectChannelIsTotal(channel, inputs, {
        seed: async (dispatch) => {
          await dispatch('mood:create', {
            occurredAt: '2026-05-01T10:00:00.000Z',
            timeZone: 'UTC',
            mood: 5,
          });
        },
      });
    },
  );

  it('saves and reads back any valid entry unchanged, long notes and odd scripts included', () => {
    const testDb = createTestDatabase();
    try {
      const service = createMoodService(testDb.db);
      fc.assert(
        fc.property(
          fc
            .oneof(
              validMood,
              validMood.map((m) => ({ ...m, note: '🌧️'.repeat(MOOD_NOTE_MAX) })),
            )
            // Only what the contract accepts is saved; the channel tests cover the rest.
            .filter((m) => moodEntryInputSchema.safeParse(m).success),
          (input) => {
            const saved = service.create(input);
            const [read] = service
              .list({ from: saved.day, to: saved.day })
              .filter((e) => e.id === saved.id);
            expect(read).toEqual(saved);
            expect(read?.occurredAt).toBe(input.occurredAt);
            expect(read?.note).toBe(
              input.note === null || input.note.trim() === '' ? null : input.note,
            );
            // Words are kept trimmed; their order is the database's, which is not JavaScript's
            // for letters beyond the first 65,536 code points.
            // Words come back in code-point order (SQLite compares UTF-8 bytes), the same on every read.
            expect(read?.tags).toEqual(
              input.tags
                .map((t) => t.trim())
                .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
            );
          },
        ),
        { numRuns: 200 },
      );
    } finally {
      testDb.cleanup();
    }
  });
});
