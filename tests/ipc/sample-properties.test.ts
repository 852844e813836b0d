import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  EDGE_ZONES,
  expectChannelIsTotal,
  hostileValue,
  mutated,
} from '../helpers/channel-properties';

// A valid start writes a year of made-up history (about half a second), so valid starts are few.
const validStart = fc.record({
  today: fc.constantFrom('2026-11-27', '2028-02-29', '1901-01-02', '2999-12-31'),
  timeZone: fc.constantFrom(...EDGE_ZONES),
});

describe('sample channels under arbitrary input', () => {
  it.each([
    ['sample:status', fc.oneof(hostileValue, fc.constant({})), 150],
    ['sample:leave', fc.oneof(hostileValue, fc.constant({})), 150],
    ['sample:start', fc.oneof(hostileValue, mutated(validStart)), 150],
  ] as const)(
    '%s answers every input with a typed result and writes nothing when refusing',
    async (channel, inputs, numRuns) => {
      await expectChannelIsTotal(channel, inputs, { numRuns });
    },
  );

  it('sample:start answers a real day in any zone by opening the sample', async () => {
    await expectChannelIsTotal('sample:start', validStart, { numRuns: 3 });
  });
});
