import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { CHART_CHANNELS, type ChartChannel } from '../../src-main/shared/ipc-channels';
import { contract, type ChannelOutput } from '../../src-main/shared/ipc-contract';
import {
  CHART_RANGES,
  MAX_SERIES_POINTS,
  seriesBucketFor,
  type ChartRange,
} from '../../src-main/shared/series/ranges';
import { insertLongHistory, type LongHistory } from '../helpers/long-history';
import { createTestDatabase } from '../helpers/test-db';

const APP_PAGE = { url: 'app://mending/index.html' };
const TODAY = '2026-11-27';

let testDb: ReturnType<typeof createTestDatabase>;
let history: LongHistory;
let router: ReturnType<typeof createRouter>;

beforeAll(() => {
  testDb = createTestDatabase();
  history = insertLongHistory(testDb.db, { today: TODAY, years: 12 });
  router = createRouter({
    handlers: createHandlers({ db: testDb.db, version: 'test', databasePath: testDb.path }),
    isTrustedSender: (sender) => sender.url === APP_PAGE.url,
    onUnexpectedError: (error) => {
      throw error;
    },
  });
});
afterAll(() => testDb.cleanup());

async function chart<C extends ChartChannel>(
  channel: C,
  range: ChartRange,
): Promise<ChannelOutput<C>> {
  const result = await router.dispatch(channel, { range, today: TODAY }, APP_PAGE);
  if (!result.ok) throw new Error(`${channel} ${range}: ${result.error.message}`);
  // Parsed by the channel's own schema; TypeScript cannot tie a generic channel to its schema's
  // output type, so the cast only names what the parse already checked.
  return contract[channel].output.parse(result.value) as ChannelOutput<C>;
}

/** How many points a chart sends, summed over its lines, and how many lines it has. */
async function pointsOf(
  channel: ChartChannel,
  range: ChartRange,
): Promise<{ points: number; lines: number; bucket: string | null; from: string }> {
  switch (channel) {
    case 'chart:mood':
    case 'chart:hurt':
    case 'chart:practice':
    case 'chart:contact': {
      const series = await chart(channel, range);
      return { points: series.points.length, lines: 1, bucket: series.bucket, from: series.from };
    }
    case 'chart:habits': {
      const series = await chart(channel, range);
      return {
        points: series.habits.reduce((sum, h) => sum + h.points.length, 0),
        lines: series.habits.length,
        bucket: series.bucket,
        from: series.from,
      };
    }
    case 'chart:stages': {
      const timeline = await chart(channel, range);
      return {
        points: timeline.spans.length + timeline.moves.length,
        lines: 1,
        bucket: null,
        from: timeline.from,
      };
    }
    default: {
      const unhandled: never = channel;
      return unhandled;
    }
  }
}

describe('the chart cap over twelve years of history', () => {
  it('has a history long and busy enough to need it', () => {
    expect(history.from).toBe('2014-11-27');
    expect(history.moodEntries).toBeGreaterThan(8000);
    expect(history.checkins).toBeGreaterThan(25000);
  });

  it.each(
    CHART_CHANNELS.flatMap((channel) => CHART_RANGES.map((range) => [channel, range] as const)),
  )(
    '%s over %s sends at most MAX_SERIES_POINTS points and says its bucket',
    async (channel, range) => {
      const { points, lines, bucket, from } = await pointsOf(channel, range);
      expect(points).toBeGreaterThan(0);
      expect(points).toBeLessThanOrEqual(MAX_SERIES_POINTS);
      if (bucket !== null) expect(bucket).toBe(seriesBucketFor(from, TODAY, lines));
      if (range === 'all') expect(from).toBe(history.from);
    },
  );

  it('groups all time by week for one line and by month for twelve habits', async () => {
    expect((await chart('chart:mood', 'all')).bucket).toBe('week');
    const habits = await chart('chart:habits', 'all');
    expect(habits.habits).toHaveLength(12);
    expect(habits.bucket).toBe('month');
    expect((await chart('chart:habits', 'year')).bucket).toBe('week');
    expect((await chart('chart:mood', 'year')).bucket).toBe('day');
  });

  it('loses no entry to the buckets', async () => {
    const mood = await chart('chart:mood', 'all');
    expect(mood.points.reduce((sum, p) => sum + p.entries, 0)).toBe(history.moodEntries);
    const practice = await chart('chart:practice', 'all');
    expect(practice.points.reduce((sum, p) => sum + p.total, 0)).toBe(history.conversations);
  });
});
