import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  ALL_RIGHT_ANSWERS,
  HABITS_ANSWERS,
  MAKES_SENSE_ANSWERS,
  OVER_THEM_ANSWERS,
} from '../../src-main/shared/journey/honest-reflection';
import { STAGES } from '../../src-main/shared/domain/stages';
import {
  expectChannelIsTotal,
  hostileValue,
  humanText,
  mutated,
} from '../helpers/channel-properties';

const someDay = fc.constantFrom(
  '2026-11-01',
  '2026-11-28',
  '1900-01-01',
  '2999-12-31',
  '2024-02-29',
);

const validAnswers = fc.record(
  {
    day: someDay,
    overThem: fc.constantFrom(...OVER_THEM_ANSWERS),
    habits: fc.constantFrom(...HABITS_ANSWERS),
    allRight: fc.constantFrom(...ALL_RIGHT_ANSWERS),
    makesSense: fc.constantFrom(...MAKES_SENSE_ANSWERS),
    note: fc.option(humanText(200)),
  },
  { requiredKeys: ['day', 'overThem', 'habits', 'allRight', 'makesSense'] },
);

const validSaved = fc.record({
  id: fc.integer({ min: 1, max: 5 }),
  day: someDay,
  stage: fc.option(fc.constantFrom(...STAGES)),
  answers: fc.record({
    overThem: fc.constantFrom(...OVER_THEM_ANSWERS),
    habits: fc.constantFrom(...HABITS_ANSWERS),
    allRight: fc.constantFrom(...ALL_RIGHT_ANSWERS),
    makesSense: fc.constantFrom(...MAKES_SENSE_ANSWERS),
    note: fc.option(humanText(50)),
  }),
  createdAt: fc.constantFrom('2026-11-01T10:00:00.000Z', '2026-11-27T23:30:00.000Z'),
  updatedAt: fc.constantFrom('2026-11-01T10:00:00.000Z', '2026-11-27T23:30:00.000Z'),
});

describe('journey channels under arbitrary input', () => {
  it.each([
    ['journey:overview', fc.oneof(hostileValue, fc.record({ day: someDay }))],
    ['honest:save', fc.oneof(hostileValue, mutated(validAnswers), validAnswers)],
    ['honest:list', fc.oneof(hostileValue, fc.constant({}))],
    ['honest:delete', fc.oneof(hostileValue, fc.record({ id: fc.integer({ min: -2, max: 5 }) }))],
    ['honest:restore', fc.oneof(hostileValue, mutated(validSaved), validSaved)],
  ] as const)(
    '%s answers every input with a typed result and writes nothing when refusing',
    async (channel, inputs) => {
      await expectChannelIsTotal(channel, inputs, {
        seed: async (dispatch) => {
          await dispatch('mood:create', {
            occurredAt: '2026-11-20T10:00:00.000Z',
            timeZone: 'UTC',
            mood: 5,
            hurt: 6,
          });
          await dispatch('honest:save', {
            day: '2026-11-20',
            overThem: 'some',
            habits: 'some',
            allRight: 'some_days',
            makesSense: 'not_sure',
          });
          await dispatch('stage:move', { stage: 'apologize', reason: 'Ready.' });
        },
      });
    },
  );
});
