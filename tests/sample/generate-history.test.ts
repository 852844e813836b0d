import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import {
  DEFAULT_SEED,
  generateHistory,
  type GeneratedHistory,
} from '../../src-main/sample/generate-history';
import { addDays, daysFrom, weekStart } from '../../src-main/shared/calendar';
import { createDataRepo } from '../../src-main/db/repositories/data-repo';
import {
  exportDataSchema,
  exportFileSchema,
  type ExportData,
} from '../../src-main/shared/contract/data';
import { APOLOGY_DRAFT_KIND } from '../../src-main/shared/journey/apology';
import { DECIDE_WORKSHEET_KIND } from '../../src-main/shared/journey/decide-words';
import { HONEST_REFLECTION_KIND } from '../../src-main/shared/journey/honest-reflection';
import { CHART_CHANNELS, type Channel } from '../../src-main/shared/ipc-channels';
import type { ChannelInput, ChannelOutput } from '../../src-main/shared/ipc-contract';
import { CHART_RANGES } from '../../src-main/shared/series/ranges';
import { createFakeFiles } from '../helpers/fake-files';
import { FIXED_NOW } from '../helpers/fixed-clock';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

const APP_PAGE = { url: 'app://mending/index.html' };
/** The history's last day: the day before FIXED_NOW, so it has ended in every zone. */
const TODAY = addDays(FIXED_NOW.slice(0, 10), -1);

function routerOver(testDb: ReturnType<typeof createTestDatabase>) {
  const files = createFakeFiles();
  const router = createRouter({
    handlers: createHandlers({
      db: testDb.db,
      version: 'test',
      databasePath: testDb.path,
      now: () => new Date(FIXED_NOW),
      files,
    }),
    isTrustedSender: (sender) => sender.url === APP_PAGE.url,
    onUnexpectedError: (error) => {
      throw error;
    },
  });
  /** The channel's answer, checked by the router against its output schema; throws when refused. */
  async function call<C extends Channel>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<ChannelOutput<C>> {
    const result = await router.dispatch(channel, input, APP_PAGE);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    // The router has parsed the value with this channel's own output schema.
    return result.value as ChannelOutput<C>;
  }
  return { call, files };
}

describe('a generated history is the same for the same seed', () => {
  function generated(seed: number): Record<string, unknown[]> {
    const testDb = createTestDatabase();
    try {
      generateHistory(testDb.db, { years: 0.1, today: TODAY, seed });
      return snapshotAllTables(testDb.db);
    } finally {
      testDb.cleanup();
    }
  }

  it('writes the same rows twice for one seed, and other rows for another', () => {
    const first = generated(DEFAULT_SEED);
    expect(generated(DEFAULT_SEED)).toEqual(first);
    const other = generated(DEFAULT_SEED + 1);
    expect(other.mood_entries).not.toEqual(first.mood_entries);
    expect(other.habit_checkins).not.toEqual(first.habit_checkins);
    expect(other.communication_entries).not.toEqual(first.communication_entries);
  });
});

describe('what generateHistory refuses', () => {
  let testDb: ReturnType<typeof createTestDatabase>;
  beforeAll(() => {
    testDb = createTestDatabase();
  });
  afterAll(() => testDb.cleanup());

  it.each([
    [{ years: 0 }, 'years must be a positive number'],
    [{ years: -1 }, 'years must be a positive number'],
    [{ years: Number.NaN }, 'years must be a positive number'],
    [{ years: 31 }, 'years must be at most 30'],
    [{ today: '2026-02-30' }, 'today must be a real date'],
    [{ today: '30/11/2026' }, 'today must be a real date'],
    [{ today: '1900-06-01', years: 1 }, 'must fall between 1900-01-01 and 2999-12-31'],
    [{ seed: -1 }, 'seed must be a whole number'],
    [{ seed: 1.5 }, 'seed must be a whole number'],
    [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone must be a time zone'],
  ] as const)('%o, naming the option, and writes nothing', (change, message) => {
    const before = snapshotAllTables(testDb.db);
    expect(() => generateHistory(testDb.db, { years: 1, today: TODAY, ...change })).toThrow(
      message,
    );
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('a database that already holds anything, and leaves it as it was', () => {
    testDb.db
      .prepare(
        `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, created_at, updated_at)
         VALUES ('2026-11-01T12:00:00.000Z', 'UTC', '2026-11-01', 5, '2026-11-01T12:00:00.000Z',
                 '2026-11-01T12:00:00.000Z')`,
      )
      .run();
    const before = snapshotAllTables(testDb.db);
    expect(() => generateHistory(testDb.db, { years: 0.1, today: TODAY })).toThrow(
      /already holds data \(1 moodEntries\).*nothing was written/,
    );
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });
});

describe('a day and a month of generated history', () => {
  it.each([
    [1 / 365, 1],
    [1 / 12, 30],
  ])('years %f covers %i days ending today, one to three mood entries on each', (years, days) => {
    const testDb = createTestDatabase();
    try {
      const history = generateHistory(testDb.db, { years, today: TODAY });
      expect(history).toMatchObject({ from: addDays(TODAY, -(days - 1)), to: TODAY, days });
      const perDay = testDb.db
        .prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM mood_entries GROUP BY local_day')
        .all()
        .map((r) => r.n);
      expect(perDay).toHaveLength(days);
      expect(Math.min(...perDay)).toBeGreaterThanOrEqual(1);
      expect(Math.max(...perDay)).toBeLessThanOrEqual(3);
    } finally {
      testDb.cleanup();
    }
  });
});

describe('seven months of generated history in zones far from UTC', () => {
  it.each(['Pacific/Apia', 'America/St_Johns', 'Asia/Kathmandu'])(
    'in %s files every entry under the day its moment falls on there, as the import checks',
    (timeZone) => {
      const testDb = createTestDatabase();
      try {
        generateHistory(testDb.db, { years: 0.6, today: TODAY, timeZone });
        const data = createDataRepo(testDb.db).readAll();
        expect(exportDataSchema.safeParse(data).error?.issues[0]).toBeUndefined();
        const zones = new Set(data.moodEntries.map((e) => e.timeZone));
        expect(zones.has(timeZone)).toBe(true);
      } finally {
        testDb.cleanup();
      }
    },
  );
});

describe('half a year of generated history, read as the app reads it', () => {
  let testDb: ReturnType<typeof createTestDatabase>;
  let history: GeneratedHistory;
  let call: ReturnType<typeof routerOver>['call'];
  let files: ReturnType<typeof routerOver>['files'];
  let exported: ExportData;

  beforeAll(async () => {
    testDb = createTestDatabase();
    history = generateHistory(testDb.db, { years: 0.5, today: TODAY });
    ({ call, files } = routerOver(testDb));
    const exportPath = join(testDb.path, '..', 'export.json');
    files.answerSave(exportPath);
    await call('data:export', {});
    exported = exportFileSchema.parse(JSON.parse(readFileSync(exportPath, 'utf8'))).data;
  });
  afterAll(() => testDb.cleanup());

  const range = () => ({ from: history.from, to: TODAY });

  it('says what it wrote, and the export holds exactly that', () => {
    expect(history.days).toBe(daysFrom(history.from, TODAY) + 1);
    expect({
      moodEntries: exported.moodEntries.length,
      moodTags: exported.moodEntries.reduce((sum, e) => sum + e.tags.length, 0),
      customEmotionTags: exported.customEmotionTags.length,
      habits: exported.habits.length,
      checkins: exported.habitCheckins.length,
      conversations: exported.communicationEntries.length,
      trustCheckins: exported.trustCheckins.length,
      stageChanges: exported.stageChanges.length,
      reflections: exported.reflections.length,
      settings: exported.settings.length,
    }).toEqual(history.counts);
  });

  it('opens every screen: each channel answers within its contract', async () => {
    expect(await call('mood:list', range())).toHaveLength(history.counts.moodEntries);
    expect(await call('mood:daily', range())).toHaveLength(history.days);
    await call('mood:grid', range());
    await call('tag:list', {});
    await call('settings:get', {});
    const habits = await call('habit:list', { day: TODAY, includeArchived: true });
    expect(habits).toHaveLength(history.counts.habits);
    for (const habit of habits) await call('habit:history', { habitId: habit.id, ...range() });
    expect(await call('communication:list', range())).toHaveLength(history.counts.conversations);
    await call('stage:list', {});
    await call('journey:overview', { day: TODAY });
    await call('trust:list', range());
    await call('trust:summary', range());
    for (const channel of [...CHART_CHANNELS, 'insight:list'] as const) {
      for (const chartRange of CHART_RANGES)
        await call(channel, { range: chartRange, today: TODAY });
    }
  });

  it('keeps every reflection readable: the honest reflection, the worksheets, the apology drafts', async () => {
    const kinds = (kind: string) => exported.reflections.filter((r) => r.kind === kind).length;
    expect(await call('honest:list', {})).toHaveLength(kinds(HONEST_REFLECTION_KIND));
    expect(await call('worksheet:list', {})).toHaveLength(kinds(DECIDE_WORKSHEET_KIND));
    const apology = await call('apology:list', { day: TODAY });
    expect(apology.drafts).toHaveLength(kinds(APOLOGY_DRAFT_KIND));
    expect(apology.unreadable).toEqual([]);
  });

  it('builds the progress report over all of it', async () => {
    // Full: every note and reflection goes in, so every kind of row is rendered.
    const { html } = await call('report:preview', { ...range(), privacy: 'full', redactions: [] });
    expect(html).toContain('<svg');
  });

  it('imports its own export whole into another file', async () => {
    const other = createTestDatabase();
    try {
      const { call: callOther, files: otherFiles } = routerOver(other);
      otherFiles.answerOpen(join(testDb.path, '..', 'export.json'));
      const imported = await callOther('data:import', { mode: 'replace' });
      expect(imported).toMatchObject({ imported: true });
      expect(snapshotAllTables(other.db)).toEqual(snapshotAllTables(testDb.db));
    } finally {
      other.cleanup();
    }
  });

  it('has habits of both kinds with several targets, skips, slips, back-filled days and an archived habit', () => {
    const { habits, habitCheckins } = exported;
    expect(new Set(habits.map((h) => h.kind))).toEqual(new Set(['build', 'break']));
    expect(new Set(habits.map((h) => h.period))).toEqual(new Set(['day', 'week']));
    expect(
      new Set(habits.map((h) => `${h.kind} ${h.targetCount}/${h.period}`)).size,
    ).toBeGreaterThanOrEqual(6);
    expect(habits.length).toBeGreaterThanOrEqual(8);
    expect(habits.length).toBeLessThanOrEqual(12);
    expect(habits.filter((h) => h.archivedAt !== null).length).toBeGreaterThanOrEqual(1);
    expect(habitCheckins.filter((c) => c.isSkip).length).toBeGreaterThan(0);
    const byId = new Map(habits.map((h) => [h.id, h]));
    const slips = habitCheckins.filter((c) => {
      const habit = byId.get(c.habitId);
      return (
        habit?.kind === 'break' && habit.period === 'day' && (c.count ?? 0) > habit.targetCount
      );
    });
    expect(slips.length).toBeGreaterThan(0);
    // Back-filled: a day recorded before the habit was added to the app.
    const backFilled = habitCheckins.filter(
      (c) => c.day < (byId.get(c.habitId)?.createdAt ?? '').slice(0, 10),
    );
    expect(backFilled.length).toBeGreaterThan(0);
  });

  it('has several conversations a week, contact with the ex among them', () => {
    const conversations = exported.communicationEntries;
    const weeks = new Map<string, number>();
    for (const c of conversations)
      weeks.set(weekStart(c.day), (weeks.get(weekStart(c.day)) ?? 0) + 1);
    const fullWeeks = Math.floor(history.days / 7) - 1;
    expect(conversations.length / fullWeeks).toBeGreaterThanOrEqual(2.5);
    expect(conversations.filter((c) => c.isContactWithEx).length).toBeGreaterThan(5);
    expect(new Set(conversations.map((c) => c.tone)).size).toBeGreaterThanOrEqual(4);
  });

  it('walks the article’s path in its order, with worksheets and apology drafts on the way', () => {
    const stages = exported.stageChanges.map((s) => s.stage);
    expect(stages.slice(0, 2)).toEqual(['decide', 'apologize']);
    expect(['take_it_slow', 'heal_and_grow']).toContain(stages[2]);
    expect(stages).toHaveLength(3);
    const moments = exported.stageChanges.map((s) => s.changedAt);
    expect([...moments].sort()).toEqual(moments);
    const kinds = exported.reflections.map((r) => r.kind);
    expect(kinds.filter((k) => k === HONEST_REFLECTION_KIND)).toHaveLength(2);
    expect(kinds.filter((k) => k === DECIDE_WORKSHEET_KIND)).toHaveLength(1);
    expect(kinds.filter((k) => k === APOLOGY_DRAFT_KIND)).toHaveLength(2);
    const rehearsals = exported.communicationEntries.filter(
      (c) => c.counterpart === 'rehearsal_alone' && c.skill === 'apology',
    );
    expect(rehearsals.length).toBeGreaterThan(0);
  });

  it('heals over time, and not in a straight line', () => {
    const monthMean = (month: string) => {
      const moods = exported.moodEntries.filter((e) => e.day.startsWith(month)).map((e) => e.mood);
      return moods.reduce((sum, m) => sum + m, 0) / moods.length;
    };
    const months = [...new Set(exported.moodEntries.map((e) => e.day.slice(0, 7)))].sort();
    const [first, ...later] = months.slice(0, -1).map(monthMean);
    for (const mean of later.slice(2)) expect(mean).toBeGreaterThan((first ?? 10) + 0.5);
    // Not a straight line: bad weeks come, and some week is a good deal lower than the one before.
    const weekMeans = [...new Set(exported.moodEntries.map((e) => weekStart(e.day)))]
      .sort()
      .map((week) => {
        const moods = exported.moodEntries
          .filter((e) => weekStart(e.day) === week)
          .map((e) => e.mood);
        return moods.reduce((sum, m) => sum + m, 0) / moods.length;
      });
    expect(weekMeans.some((mean, i) => i > 0 && mean < (weekMeans[i - 1] ?? 0) - 1)).toBe(true);
    const hurtOf = (days: readonly { hurt: number | null }[]) => {
      const rated = days.flatMap((e) => (e.hurt === null ? [] : [e.hurt]));
      return rated.reduce((sum, h) => sum + h, 0) / rated.length;
    };
    const firstMonth = exported.moodEntries.filter((e) => e.day < addDays(history.from, 30));
    const lastMonth = exported.moodEntries.filter((e) => e.day > addDays(TODAY, -30));
    expect(hurtOf(lastMonth)).toBeLessThan(hurtOf(firstMonth) - 2);
  });
});
