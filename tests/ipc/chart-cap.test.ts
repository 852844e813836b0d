import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { generateHistory, type GeneratedHistory } from '../../src-main/sample/generate-history';
import { CHART_CHANNELS, type ChartChannel } from '../../src-main/shared/ipc-channels';
import {
  contract,
  dailyMoodSchema,
  habitSummarySchema,
  type ChannelOutput,
} from '../../src-main/shared/ipc-contract';
import {
  CHART_RANGES,
  MAX_SERIES_POINTS,
  seriesBucketFor,
  type ChartRange,
} from '../../src-main/shared/series/ranges';
import { createTestDatabase } from '../helpers/test-db';

const APP_PAGE = { url: 'app://mending/index.html' };
const TODAY = '2026-11-27';

let testDb: ReturnType<typeof createTestDatabase>;
let history: GeneratedHistory;
let router: ReturnType<typeof createRouter>;

beforeAll(() => {
  testDb = createTestDatabase();
  // Six years: the shortest history whose all-time mood (over 2,000 days) and habits (twelve lines
  // of over 166 weeks) must both be grouped coarser, kept short so the test stays quick.
  history = generateHistory(testDb.db, { today: TODAY, years: 6 });
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

describe('the chart cap over six years of history', () => {
  it('has a history long and busy enough to need it', () => {
    expect(history.from).toBe('2020-11-28');
    expect(history.counts.moodEntries).toBeGreaterThan(4000);
    expect(history.counts.checkins).toBeGreaterThan(15000);
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
    const count = (sql: string) => testDb.db.prepare<[], number>(sql).pluck().get();
    const mood = await chart('chart:mood', 'all');
    expect(mood.points.reduce((sum, p) => sum + p.entries, 0)).toBe(history.counts.moodEntries);
    expect(mood.points.reduce((sum, p) => sum + p.days, 0)).toBe(
      count('SELECT COUNT(DISTINCT local_day) FROM mood_entries'),
    );
    const hurt = await chart('chart:hurt', 'all');
    expect(hurt.points.reduce((sum, p) => sum + p.entries, 0)).toBe(
      count('SELECT COUNT(*) FROM mood_entries WHERE hurt IS NOT NULL'),
    );
    const practice = await chart('chart:practice', 'all');
    expect(practice.points.reduce((sum, p) => sum + p.total, 0)).toBe(history.counts.conversations);
    for (const point of practice.points) {
      const bySkill = Object.values(point.skills).reduce((sum, n) => sum + n, 0);
      const byOutcome = Object.values(point.outcomes).reduce((sum, n) => sum + n, 0);
      expect([bySkill, byOutcome]).toEqual([point.total, point.total]);
    }
    const contact = await chart('chart:contact', 'all');
    expect(contact.points.reduce((sum, p) => sum + p.total, 0)).toBe(
      count('SELECT COUNT(*) FROM communication_entries WHERE is_contact_with_ex = 1'),
    );
  });

  it('gives each day the mood the app already shows for it (mood:daily)', async () => {
    const { from, points } = await chart('chart:mood', 'year');
    const daily = await router.dispatch('mood:daily', { from, to: TODAY }, APP_PAGE);
    if (!daily.ok) throw new Error(daily.error.message);
    const shown = z.array(dailyMoodSchema).parse(daily.value);
    expect(points.map((p) => [p.day, p.mean, p.entries])).toEqual(
      shown.map((d) => [d.day, d.average, d.count]),
    );
  });

  it('ends each habit in use on the strength the Habits screen shows today', async () => {
    const onScreen = await router.dispatch(
      'habit:list',
      { day: TODAY, includeArchived: true },
      APP_PAGE,
    );
    if (!onScreen.ok) throw new Error(onScreen.error.message);
    const inUse = z
      .array(habitSummarySchema)
      .parse(onScreen.value)
      .filter((h) => h.archivedAt === null);
    expect(inUse).toHaveLength(10);
    for (const range of CHART_RANGES) {
      const { habits } = await chart('chart:habits', range);
      for (const habit of inUse) {
        const line = habits.find((h) => h.habitId === habit.id);
        expect({ range, name: habit.name, strength: line?.points.at(-1)?.strength }).toEqual({
          range,
          name: habit.name,
          strength: habit.strength,
        });
      }
    }
  });
});

describe('every chart channel in the first days the app accepts', () => {
  it('answers for every range, starting no earlier than 1 January 1900', async () => {
    const early = createTestDatabase();
    try {
      const earlyRouter = createRouter({
        handlers: createHandlers({ db: early.db, version: 'test', databasePath: early.path }),
        isTrustedSender: (sender) => sender.url === APP_PAGE.url,
        onUnexpectedError: (error) => {
          throw error;
        },
      });
      for (const channel of [...CHART_CHANNELS, 'insight:list'] as const) {
        for (const range of CHART_RANGES) {
          const result = await earlyRouter.dispatch(
            channel,
            { range, today: '1900-01-03' },
            APP_PAGE,
          );
          // With no history, all time is today alone; every other range is clamped.
          const from = range === 'all' ? '1900-01-03' : '1900-01-01';
          expect(result, `${channel} ${range}`).toMatchObject({
            ok: true,
            value: { from, to: '1900-01-03' },
          });
        }
      }
    } finally {
      early.cleanup();
    }
  });
});
