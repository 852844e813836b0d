import fc from 'fast-check';
import { describe, it } from 'vitest';
import { STAGES } from '../../src-main/shared/domain/stages';
import {
  expectChannelIsTotal,
  hostileValue,
  humanText,
  mutated,
} from '../helpers/channel-properties';

const validMove = fc.record(
  {
    stage: fc.constantFrom(...STAGES),
    reason: fc.option(humanText(200)),
    wasSuggested: fc.boolean(),
    timeZone: fc.constantFrom('UTC', 'Europe/Paris', 'Pacific/Apia', 'Asia/Kathmandu'),
  },
  { requiredKeys: ['stage'] },
);
const validChange = fc.record({
  id: fc.integer({ min: 1, max: 50 }),
  stage: fc.constantFrom(...STAGES),
  changedAt: fc.constantFrom('2026-11-01T10:00:00.000Z', '2026-11-27T23:30:00.000Z'),
  timeZone: fc.constantFrom('UTC', 'Pacific/Auckland'),
  day: fc.constantFrom('2026-11-01', '2026-11-28'),
  reason: fc.option(humanText(200)),
  wasSuggested: fc.boolean(),
});

describe('stage channels under arbitrary input', () => {
  it.each([
    ['stage:list', fc.oneof(hostileValue, fc.constant({}))],
    ['stage:move', fc.oneof(hostileValue, mutated(validMove), validMove)],
    ['stage:remove', fc.oneof(hostileValue, fc.record({ id: fc.integer({ min: -2, max: 5 }) }))],
    ['stage:restore', fc.oneof(hostileValue, mutated(validChange), validChange)],
  ] as const)(
    '%s answers every input with a typed result and writes nothing when refusing',
    async (channel, inputs) => {
      await expectChannelIsTotal(channel, inputs, {
        seed: async (dispatch) => {
          await dispatch('stage:move', { stage: 'decide', reason: 'Ready to look honestly.' });
        },
      });
    },
  );
});
