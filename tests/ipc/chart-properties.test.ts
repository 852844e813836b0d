import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { CHART_CHANNELS } from '../../src-main/shared/ipc-channels';
import { CHART_RANGES } from '../../src-main/shared/series/ranges';
import { habitSchema } from '../../src-main/shared/contract/habits';
import {
  expectChannelIsTotal,
  hostileValue,
  mutated,
  type Dispatch,
} from '../helpers/channel-properties';
import { createTestDatabase } from '../helpers/test-db';

/** Any accepted day, often at the edges: the first and last days Mending keeps, leap days. */
const anyToday = fc.oneof(
  fc.constantFrom(
    '1900-01-01',
    '1900-01-03',
    '1900-03-01',
    '2024-02-29',
    '2999-12-31',
    '2026-11-01',
  ),
  fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
);
const validRequest = fc.record({ range: fc.constantFrom(...CHART_RANGES), today: anyToday });

describe('chart channels under arbitrary input', () => {
  it.each(CHART_CHANNELS)(
    '%s answers every input with a typed result and writes nothing when refusing',
    async (channel) => {
      await expectChannelIsTotal(
        channel,
        fc.oneof(hostileValue, mutated(validRequest), validRequest),
        {
          numRuns: 80,
          seed: async (dispatch) => {
            // Every seeding call must work, or the charts would be tried on an empty history.
            const must = async (...call: Parameters<Dispatch>): Promise<unknown> => {
              const result = await dispatch(...call);
              if (!result.ok) throw new Error(`${call[0]}: ${result.error.message}`);
              return result.value;
            };
            const zone = { timeZone: 'Pacific/Apia' };
            for (const occurredAt of [
              '1900-01-01T12:00:00.000Z',
              '2024-02-29T10:00:00.000Z',
              '2026-11-01T05:30:00.000Z',
            ]) {
              await must('mood:create', { ...zone, occurredAt, mood: 6, hurt: 3 });
              await must('communication:create', {
                ...zone,
                occurredAt,
                counterpart: 'ex',
                isContactWithEx: true,
                contactContext: 'shared_home',
                tone: 'civil',
              });
            }
            const habit = habitSchema.parse(
              await must('habit:create', {
                name: 'Walk',
                kind: 'build',
                targetCount: 1,
                period: 'day',
              }),
            );
            await must('checkin:set', { habitId: habit.id, day: '1900-01-02', count: 1 });
            await must('stage:move', { stage: 'decide', reason: 'Ready to look honestly.' });
          },
        },
      );
    },
  );
});

describe('a chart request the contract refuses', () => {
  it.each([
    [
      { range: 'decade', today: '2026-11-27' },
      'range',
      /a week, a month, a quarter, a year or all time/,
    ],
    [{ range: 'week', today: '2026-02-30' }, 'today', /.+/],
    [{ range: 'week', today: '1899-12-31' }, 'today', /1 January 1900/],
    [{ range: 'week' }, 'today', /"today" is missing/],
  ] as const)(
    '%o is refused on its field with words that say what to fix',
    async (input, field, words) => {
      const testDb = createTestDatabase();
      try {
        const router = createRouter({
          handlers: createHandlers({ db: testDb.db, version: 'test', databasePath: testDb.path }),
          isTrustedSender: () => true,
        });
        for (const channel of CHART_CHANNELS) {
          const result = await router.dispatch(channel, input, { url: 'app://mending/index.html' });
          expect(result).toEqual({
            ok: false,
            error: { code: 'invalid_input', field, message: expect.stringMatching(words) },
          });
        }
      } finally {
        testDb.cleanup();
      }
    },
  );
});
