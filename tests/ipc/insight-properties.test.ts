import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHART_RANGES } from '../../src-main/shared/series/ranges';
import {
  expectChannelIsTotal,
  hostileValue,
  mutated,
  type Dispatch,
} from '../helpers/channel-properties';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { createTestDatabase } from '../helpers/test-db';

const validRequest = fc.record({
  range: fc.constantFrom(...CHART_RANGES),
  // The ends of the accepted days too: a year back from 1 January 1900 is before them.
  today: fc.constantFrom('2026-11-28', '2024-02-29', '1900-01-01', '1900-03-01', '2999-12-31'),
});

async function seed(dispatch: Dispatch) {
  const zone = 'Pacific/Apia';
  for (const [occurredAt, mood] of [
    ['1900-01-01T12:00:00.000Z', 3],
    ['2026-11-20T10:00:00.000Z', 7],
    ['2999-12-30T10:00:00.000Z', 5],
  ] as const) {
    await dispatch('mood:create', { occurredAt, timeZone: zone, mood, tags: ['calm'] });
  }
  const habit = await dispatch('habit:create', {
    name: 'Walk',
    kind: 'build',
    targetCount: 1,
    period: 'day',
  });
  if (habit.ok) await dispatch('checkin:set', { habitId: 1, day: '2026-11-20', count: 1 });
}

describe('insight:list under arbitrary input', () => {
  it('answers every input with a typed result and writes nothing', async () => {
    await expectChannelIsTotal(
      'insight:list',
      fc.oneof(hostileValue, mutated(validRequest), validRequest),
      { seed },
    );
  });

  it('names the field to fix when the range or the day is wrong', async () => {
    const testDb = createTestDatabase();
    const router = createRouter({
      handlers: createHandlers({ db: testDb.db, version: 'test', databasePath: testDb.path }),
      isTrustedSender: () => true,
    });
    const dispatch: Dispatch = (channel, input) => router.dispatch(channel, input, { url: '' });
    const badRange = await dispatch('insight:list', { range: 'fortnight', today: '2026-11-28' });
    expect(badRange).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'range',
        message: 'Choose a range: a week, a month, a quarter, a year or all time.',
      },
    });
    const badDay = await dispatch('insight:list', { range: 'week', today: '2026-02-30' });
    expect(badDay).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'today' } });
    testDb.cleanup();
  });
});
