import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTrustService } from '../../src-main/services/trust-service';
import { trustCheckinInputSchema } from '../../src-main/shared/contract/trust';
import {
  anyAcceptedInstant,
  EDGE_ZONES,
  expectChannelIsTotal,
  hostileValue,
  humanText,
  mutated,
} from '../helpers/channel-properties';
import { createTestDatabase } from '../helpers/test-db';

const validCheckin = fc.record({
  // Any instant the contract takes, 1900-2999 and its ends, where a zone can move the day out.
  occurredAt: anyAcceptedInstant,
  timeZone: fc.constantFrom(...EDGE_ZONES),
  trust: fc.integer({ min: 0, max: 10 }),
  tension: fc.integer({ min: 0, max: 10 }),
  note: fc.option(humanText(200)),
});

const dayRange = fc.record({
  from: fc.constantFrom('1900-01-01', '2026-01-01', '2024-02-29'),
  to: fc.constantFrom('2026-12-31', '2999-12-31'),
});

const seed = {
  occurredAt: '2026-05-01T10:00:00.000Z',
  timeZone: 'UTC',
  trust: 3,
  tension: 7,
};

describe('trust channels under arbitrary input', () => {
  it.each([
    ['trust:create', fc.oneof(hostileValue, mutated(validCheckin), validCheckin)],
    ['trust:update', fc.oneof(hostileValue, mutated(validCheckin.map((c) => ({ ...c, id: 1 }))))],
    [
      'trust:delete',
      fc.oneof(hostileValue, fc.record({ id: fc.oneof(fc.integer(), hostileValue) })),
    ],
    [
      'trust:restore',
      fc.oneof(
        hostileValue,
        mutated(validCheckin.map((c) => ({ ...c, id: 99, createdAt: c.occurredAt }))),
      ),
    ],
    [
      'trust:list',
      fc.oneof(
        hostileValue,
        mutated(dayRange),
        dayRange,
        dayRange.map((r) => ({ ...r, limit: 1 })),
      ),
    ],
    ['trust:summary', fc.oneof(hostileValue, mutated(dayRange), dayRange)],
  ] as const)(
    '%s answers every input with a typed result and writes nothing when refusing',
    async (channel, inputs) => {
      await expectChannelIsTotal(channel, inputs, {
        seed: async (dispatch) => {
          await dispatch('trust:create', seed);
          await dispatch('communication:create', {
            ...seed,
            counterpart: 'friend',
            isContactWithEx: false,
            skill: 'conflict_resolution',
            outcome: 'resolved',
            tone: 'civil',
          });
        },
      });
    },
  );

  it('saves and reads back any valid check-in unchanged, long notes and odd scripts included', () => {
    const testDb = createTestDatabase();
    try {
      const service = createTrustService(testDb.db);
      fc.assert(
        fc.property(
          fc
            .oneof(
              validCheckin,
              validCheckin.map((c) => ({ ...c, note: '🌙'.repeat(5000) })),
            )
            // Only what the contract accepts is saved; the channel tests cover the rest.
            .filter((c) => trustCheckinInputSchema.safeParse(c).success),
          (input) => {
            const saved = service.create(input);
            const [read] = service
              .list({ from: saved.day, to: saved.day })
              .filter((c) => c.id === saved.id);
            expect(read).toEqual(saved);
            expect(read?.occurredAt).toBe(input.occurredAt);
            expect(read?.note).toBe(
              input.note === null || input.note.trim() === '' ? null : input.note,
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
