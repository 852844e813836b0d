import fc from 'fast-check';
import { describe, it } from 'vitest';
import { PATHS } from '../../src-main/shared/domain/stages';
import {
  DEAL_BREAKERS,
  FAULTS,
  LEGACY_UNSAFE,
  NO_CONTACT_ANSWERS,
  SAFETY_ANSWERS,
  WILLINGNESS,
} from '../../src-main/shared/journey/decide-rules';
import {
  EDGE_ZONES,
  expectChannelIsTotal,
  hostileValue,
  humanText,
  mutated,
  type Dispatch,
} from '../helpers/channel-properties';

/** Answers as the form sends them: any mix, including ones the contract refuses together. */
const validAnswers = fc.record(
  {
    id: fc.option(fc.integer({ min: 1, max: 4 })),
    day: fc.constantFrom('2026-11-30', '1900-01-01', '2999-12-31', '2028-02-29'),
    safety: fc.option(fc.constantFrom(...SAFETY_ANSWERS)),
    askedNoContact: fc.option(fc.constantFrom(...NO_CONTACT_ANSWERS)),
    fault: fc.option(fc.constantFrom(...FAULTS)),
    dealBreakers: fc.option(fc.subarray([...DEAL_BREAKERS])),
    willingToTalk: fc.option(fc.constantFrom(...WILLINGNESS)),
    changedHabitIds: fc.subarray([1, 2, 3]),
    changeNote: fc.option(humanText(200)),
  },
  { requiredKeys: ['day'] },
);
const validChoice = fc
  .tuple(validAnswers, fc.constantFrom(...PATHS), fc.constantFrom(...EDGE_ZONES))
  .map(([answers, path, timeZone]) => ({ ...answers, path, timeZone }));

const validWorksheet = fc.record({
  id: fc.integer({ min: 1, max: 6 }),
  day: fc.constantFrom('2026-11-30', '2026-12-03'),
  safety: fc.option(fc.constantFrom(...SAFETY_ANSWERS)),
  askedNoContact: fc.option(fc.constantFrom(...NO_CONTACT_ANSWERS)),
  fault: fc.option(fc.constantFrom(...FAULTS)),
  // A worksheet kept before safety had its own question may still list "unsafe".
  dealBreakers: fc.option(fc.subarray([...DEAL_BREAKERS, LEGACY_UNSAFE])),
  willingToTalk: fc.option(fc.constantFrom(...WILLINGNESS)),
  evidence: fc.constant([]),
  changeNote: fc.option(humanText(200)),
  choice: fc.option(
    fc.record({
      path: fc.constantFrom(...PATHS),
      stageChangeId: fc.option(fc.integer({ min: 1, max: 4 })),
      chosenAt: fc.constant('2026-11-30T10:00:00.000Z'),
      day: fc.constant('2026-11-30'),
    }),
  ),
  createdAt: fc.constant('2026-11-30T10:00:00.000Z'),
  updatedAt: fc.constant('2026-11-30T11:00:00.000Z'),
});

async function seed(dispatch: Dispatch): Promise<void> {
  await dispatch('habit:create', {
    name: 'Walk outside',
    kind: 'build',
    targetCount: 1,
    period: 'day',
  });
  await dispatch('worksheet:save', { day: '2026-11-30', fault: 'me' });
  await dispatch('worksheet:choose', {
    day: '2026-11-30',
    timeZone: 'UTC',
    path: 'move_on',
    safety: 'no',
    askedNoContact: 'no',
    fault: 'them',
    dealBreakers: [],
  });
}

describe('worksheet channels under arbitrary input', () => {
  it.each([
    ['worksheet:list', fc.oneof(hostileValue, fc.constant({}))],
    ['worksheet:save', fc.oneof(hostileValue, mutated(validAnswers), validAnswers)],
    ['worksheet:choose', fc.oneof(hostileValue, mutated(validChoice), validChoice)],
    [
      'worksheet:unchoose',
      fc.oneof(hostileValue, fc.record({ id: fc.integer({ min: -2, max: 5 }) })),
    ],
    [
      'worksheet:delete',
      fc.oneof(hostileValue, fc.record({ id: fc.integer({ min: -2, max: 5 }) })),
    ],
    ['worksheet:restore', fc.oneof(hostileValue, mutated(validWorksheet), validWorksheet)],
  ] as const)(
    '%s answers every input with a typed result and writes nothing when refusing',
    async (channel, inputs) => {
      await expectChannelIsTotal(channel, inputs, { seed, numRuns: 100 });
    },
  );
});
