import fc from 'fast-check';
import { describe, it } from 'vitest';
import { APOLOGY_ANSWERS } from '../../src-main/shared/journey/apology';
import {
  expectChannelIsTotal,
  hostileValue,
  humanText,
  mutated,
} from '../helpers/channel-properties';

const ZONES = ['UTC', 'Europe/Paris', 'Pacific/Apia', 'Asia/Kathmandu'];
const part = fc.oneof(fc.constant(''), fc.constant('  \n'), humanText(200));

const validSave = fc.record(
  {
    id: fc.option(fc.integer({ min: 1, max: 4 })),
    owning: part,
    changes: part,
    tryAgain: part,
    basedOnId: fc.option(fc.integer({ min: 1, max: 4 })),
    markReady: fc.boolean(),
    timeZone: fc.constantFrom(...ZONES),
  },
  { requiredKeys: ['owning', 'changes', 'tryAgain', 'timeZone'] },
);

const validOutcome = fc.record({
  id: fc.integer({ min: 1, max: 4 }),
  answer: fc.constantFrom(...APOLOGY_ANSWERS),
  day: fc.constantFrom('2026-11-01', '2026-11-28', '2999-12-31'),
  timeZone: fc.constantFrom(...ZONES),
  move: fc.boolean(),
});

const validDraft = fc.record({
  id: fc.integer({ min: 1, max: 6 }),
  day: fc.constantFrom('2026-11-01', '2026-11-28'),
  createdAt: fc.constant('2026-11-01T10:00:00.000Z'),
  updatedAt: fc.constant('2026-11-02T10:00:00.000Z'),
  owning: part,
  changes: part,
  tryAgain: part,
  basedOnId: fc.option(fc.integer({ min: 1, max: 4 })),
  readyAt: fc.option(fc.constant('2026-11-02T10:00:00.000Z')),
  outcome: fc.option(
    fc.record({
      answer: fc.constantFrom(...APOLOGY_ANSWERS),
      day: fc.constant('2026-11-03'),
      recordedAt: fc.constant('2026-11-03T10:00:00.000Z'),
    }),
  ),
});
const validRestore = fc.record(
  { draft: validDraft, moveId: fc.option(fc.integer({ min: 1, max: 3 })) },
  { requiredKeys: ['draft'] },
);

describe('apology channels under arbitrary input', () => {
  it.each([
    ['apology:list', fc.oneof(hostileValue, fc.constant({ day: '2026-11-28' }))],
    ['apology:save', fc.oneof(hostileValue, mutated(validSave), validSave)],
    ['apology:outcome', fc.oneof(hostileValue, mutated(validOutcome), validOutcome)],
    ['apology:delete', fc.oneof(hostileValue, fc.record({ id: fc.integer({ min: -2, max: 5 }) }))],
    ['apology:restore', fc.oneof(hostileValue, mutated(validRestore), validRestore)],
  ] as const)(
    '%s answers every input with a typed result and writes nothing when refusing',
    async (channel, inputs) => {
      await expectChannelIsTotal(channel, inputs, {
        seed: async (dispatch) => {
          const words = {
            owning: 'I was wrong.',
            changes: 'I walk.',
            tryAgain: 'I would like to.',
          };
          await dispatch('apology:save', { ...words, timeZone: 'UTC' });
          await dispatch('apology:save', { ...words, markReady: true, timeZone: 'UTC' });
          await dispatch('apology:save', { ...words, tryAgain: '', timeZone: 'UTC' });
        },
      });
    },
  );
});
