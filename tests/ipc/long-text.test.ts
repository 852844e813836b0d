import { formatCount } from '../../src-main/shared/locale-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportService } from '../../src-main/services/export-service';
import { IMPORT_FILE, startRouterWorker } from '../helpers/contract-worker';
import { seedEverything } from '../helpers/sample-data';
import { createTestDatabase } from '../helpers/test-db';

/*
 * Text of any length is refused quickly, on every text field of every channel: a 10 MB note used
 * to freeze the main process for good. Each request runs in a worker with a time limit, so a check
 * that never ends fails its test rather than the whole run. How fast the refusal is, is measured in
 * tests/bench/contract.bench.ts; here only that it happens, and on the right field.
 */

const TEN_MB = 10 * 1024 * 1024;
/** Far longer than any refusal takes; only a check that does not end reaches it. */
const TIMEOUT_MS = 10_000;

const moodEntry = {
  occurredAt: '2026-11-27T09:15:00.000Z',
  timeZone: 'Europe/Paris',
  mood: 6,
  energy: 4,
  hurt: 3,
  tags: ['calm'],
  note: 'A quiet morning.',
};
const communicationEntry = {
  counterpart: 'ex',
  isContactWithEx: true,
  contactContext: 'co_parenting',
  skill: 'i_statements',
  occurredAt: '2026-11-27T09:15:00.000Z',
  timeZone: 'Europe/Paris',
  initiatedBy: null,
  tone: null,
  outcome: null,
  selfRating: null,
  moodBefore: null,
  moodAfter: null,
  doDifferently: 'Pause first.',
  note: 'About the school run.',
};
const times = { createdAt: '2026-11-27T09:15:00.000Z', updatedAt: '2026-11-27T09:15:00.000Z' };
const checkin = {
  habitId: 1,
  day: '2026-11-27',
  count: 1,
  isSkip: false,
  note: 'Walked.',
  ...times,
};
const trustCheckin = {
  occurredAt: '2026-11-27T20:15:00.000Z',
  timeZone: 'Europe/Paris',
  trust: 4,
  tension: 6,
  note: 'We talked it through.',
};
const report = { from: '2026-11-01', to: '2026-11-27', privacy: 'therapist', redactions: ['Sam'] };

/** A valid input for every channel that takes text; every string in it is a field to attack. */
const SAMPLES: readonly (readonly [channel: string, input: Record<string, unknown>])[] = [
  ['mood:create', moodEntry],
  ['mood:update', { ...moodEntry, id: 1 }],
  ['mood:restore', { ...moodEntry, id: 1, ...times }],
  ['mood:list', { from: '2026-11-01', to: '2026-11-27' }],
  ['mood:daily', { from: '2026-11-01', to: '2026-11-27' }],
  ['mood:grid', { from: '2026-11-01', to: '2026-11-27' }],
  ['tag:create', { name: 'tired; wired' }],
  ['tag:delete', { name: 'tired; wired' }],
  ['tag:restore', { name: 'tired; wired', createdAt: '2026-11-27T09:15:00.000Z' }],
  ['communication:create', communicationEntry],
  ['communication:update', { ...communicationEntry, id: 1 }],
  ['communication:restore', { ...communicationEntry, id: 1, ...times }],
  ['communication:list', { from: '2026-11-01', to: '2026-11-27' }],
  ['settings:update', { unavoidableSituations: ['children_together'] }],
  ['habit:create', { name: 'Walk', kind: 'build', targetCount: 1, period: 'day' }],
  ['habit:update', { id: 1, name: 'Walk', targetCount: 1, period: 'day' }],
  ['habit:list', { day: '2026-11-27', includeArchived: false }],
  ['checkin:set', { habitId: 1, day: '2026-11-27', count: 1, isSkip: false, note: 'Walked.' }],
  ['checkin:clear', { habitId: 1, day: '2026-11-27' }],
  ['checkin:restore', { habitId: 1, day: '2026-11-27', previous: checkin }],
  ['habit:history', { habitId: 1, from: '2026-11-01', to: '2026-11-27' }],
  ['trust:create', trustCheckin],
  ['trust:update', { ...trustCheckin, id: 1 }],
  ['trust:restore', { ...trustCheckin, id: 1, createdAt: '2026-11-27T20:16:00.000Z' }],
  ['trust:list', { from: '2026-11-01', to: '2026-11-27' }],
  ['trust:summary', { from: '2026-11-01', to: '2026-11-27' }],
  ['report:preview', report],
  ['report:names', { from: '2026-11-01', to: '2026-11-27' }],
  ['report:save', { ...report, format: 'pdf', pageSize: 'A4' }],
  ['data:import', { mode: 'replace' }],
  ['data:csv', { kind: 'mood' }],
  ['backup:restore', { fileName: 'mending-2026-11-27T09-15-00Z-manual.sqlite3' }],
];

type Path = readonly (string | number)[];

/** Where text goes in `value`: every string, and one more item at the end of every list of text. */
function textPaths(value: unknown, at: Path = []): Path[] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) {
    const inside = value.flatMap((item: unknown, i) => textPaths(item, [...at, i]));
    return value.some((item) => typeof item === 'string')
      ? [...inside, [...at, value.length]]
      : inside;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => textPaths(item, [...at, key]));
  }
  return [];
}

/** Fields a person writes in, whose refusal must say how long they may be. */
const FREE_TEXT = /^(note|doDifferently|name|tags\.\d+|redactions\.\d+|previous\.note)$/;

let router: ReturnType<typeof startRouterWorker>;
beforeAll(() => {
  router = startRouterWorker();
});
afterAll(async () => {
  await router.stop();
});

describe('text of any length is refused quickly, on the field it was typed in', () => {
  it('knows a text field in every channel listed (a sample the contract refuses tests nothing)', async () => {
    for (const [channel, input] of SAMPLES) {
      const answer = await router.dispatch(channel, input, { timeoutMs: TIMEOUT_MS });
      expect({ channel, answer }).toEqual({
        channel,
        answer: { ok: false, error: { code: 'reached_handler', message: '' } },
      });
      expect(textPaths(input).length).toBeGreaterThan(0);
    }
  });

  for (const [channel, input] of SAMPLES) {
    it(`${channel}: 10 MB in any of its text fields is refused, naming the field`, async () => {
      for (const path of textPaths(input)) {
        const field = path.join('.');
        const answer = await router.dispatch(channel, input, {
          path,
          length: TEN_MB,
          timeoutMs: TIMEOUT_MS,
        });
        expect({ field, answer }).toMatchObject({
          field,
          answer: { ok: false, error: { code: 'invalid_input', field } },
        });
        if (FREE_TEXT.test(field)) {
          expect(answer.error?.message).toMatch(
            /keep (it|each [a-z ]+|the name) to [\d.,\s\u00a0\u202f]+ characters/i,
          );
        }
      }
    });
  }

  it('an import file: 10 MB in any text of any row is refused, naming the row and field', async () => {
    const testDb = createTestDatabase();
    let file: Record<string, unknown>;
    try {
      seedEverything(testDb.db);
      file = { ...createExportService(testDb.db, { appVersion: 'test' }).build() };
    } finally {
      testDb.cleanup();
    }
    const whole = await router.dispatch(IMPORT_FILE, file, { timeoutMs: TIMEOUT_MS });
    expect(whole).toEqual({ ok: true });
    const paths = textPaths(file);
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      const field = path.join('.');
      const answer = await router.dispatch(IMPORT_FILE, file, {
        path,
        length: TEN_MB,
        timeoutMs: TIMEOUT_MS,
      });
      expect({ field, answer }).toMatchObject({
        field,
        answer: { ok: false, error: { code: 'invalid_input' } },
      });
      expect(field.startsWith(answer.error?.field ?? '(none)')).toBe(true);
    }
  });

  it('an unknown field with a 10 MB name is refused with a short message', async () => {
    const answer = await router.dispatch(
      'mood:create',
      { ...moodEntry, extra: 1 },
      { path: ['extra'], length: 1, timeoutMs: TIMEOUT_MS },
    );
    expect(answer.error?.field).toBe('extra');
    const huge = await router.dispatch(
      'tag:create',
      { name: 'calm' },
      {
        path: ['x'.repeat(TEN_MB)],
        length: 1,
        timeoutMs: TIMEOUT_MS,
      },
    );
    expect(huge.error).toEqual({
      code: 'invalid_input',
      field: `${'x'.repeat(60)}…`,
      message: `"${'x'.repeat(60)}…" is not something this form knows about.`,
    });
  });

  it('refuses text just over a cap and keeps text at the cap, counted in visible characters', async () => {
    const over = await router.dispatch('mood:create', moodEntry, {
      path: ['note'],
      length: 5001,
      timeoutMs: TIMEOUT_MS,
    });
    expect(over.error).toEqual({
      code: 'invalid_input',
      field: 'note',
      message: `The note is too long: keep it to ${formatCount(5_000)} characters.`,
    });
    const at = await router.dispatch('mood:create', moodEntry, {
      path: ['note'],
      length: 5000,
      timeoutMs: TIMEOUT_MS,
    });
    expect(at.error?.code).toBe('reached_handler');
  });
});
