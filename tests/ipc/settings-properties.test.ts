import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import {
  DEFAULT_SETTINGS,
  UNAVOIDABLE_SITUATIONS,
  WELCOME_STATES,
} from '../../src-main/shared/domain/settings';
import { expectChannelIsTotal, hostileValue, mutated } from '../helpers/channel-properties';
import { createTestDatabase } from '../helpers/test-db';

const situations = fc.uniqueArray(fc.constantFrom(...UNAVOIDABLE_SITUATIONS));
const breakupDay = fc.option(
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
);
const validPatch = fc.record(
  {
    unavoidableSituations: situations,
    welcome: fc.constantFrom(...WELCOME_STATES),
    breakupDay,
    lowEntrySupportDay: breakupDay,
  },
  { requiredKeys: [] },
);

describe('settings channels under arbitrary input', () => {
  it.each([
    ['settings:get', fc.oneof(hostileValue, fc.constant({}))],
    ['settings:update', fc.oneof(hostileValue, mutated(validPatch), validPatch)],
  ] as const)(
    '%s answers every input with a typed result and writes nothing when refusing',
    async (channel, inputs) => {
      await expectChannelIsTotal(channel, inputs, {
        seed: async (dispatch) => {
          await dispatch('settings:update', { unavoidableSituations: ['living_together'] });
        },
      });
    },
  );

  it('reads back every saved choice, whatever order it was ticked in', async () => {
    const testDb = createTestDatabase();
    try {
      const router = createRouter({
        handlers: createHandlers({ db: testDb.db, version: 'test', databasePath: testDb.path }),
        isTrustedSender: () => true,
      });
      const page = { url: 'app://mending/index.html' };
      await fc.assert(
        fc.asyncProperty(situations, async (chosen) => {
          const updated = await router.dispatch(
            'settings:update',
            { unavoidableSituations: chosen },
            page,
          );
          const read = await router.dispatch('settings:get', {}, page);
          const expected = {
            ...DEFAULT_SETTINGS,
            unavoidableSituations: UNAVOIDABLE_SITUATIONS.filter((s) => chosen.includes(s)),
          };
          expect(updated).toEqual({ ok: true, value: expected });
          expect(read).toEqual({ ok: true, value: expected });
        }),
        { numRuns: 60 },
      );
    } finally {
      testDb.cleanup();
    }
  });
});
