import { formatCount } from '../../src-main/shared/locale-format';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import {
  DONE_BUT_UNREADABLE,
  FAILED_MAYBE_CHANGED,
  FAILED_READING,
  channelWrites,
  createRouter,
  type IpcSender,
} from '../../src-main/ipc/router';
import { CHANNELS } from '../../src-main/shared/ipc-channels';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

const APP_PAGE: IpcSender = { url: 'app://mending/index.html' };
const valid = { occurredAt: '2026-11-27T09:15:00.000Z', timeZone: 'Europe/Paris', mood: 6 };

let testDb: ReturnType<typeof createTestDatabase>;
let router: ReturnType<typeof createRouter>;
const onUnexpectedError = vi.fn();

beforeEach(() => {
  testDb = createTestDatabase();
  onUnexpectedError.mockReset();
  router = createRouter({
    handlers: createHandlers({ db: testDb.db, version: '1.2.3', databasePath: testDb.path }),
    isTrustedSender: (sender) => sender.url?.startsWith('app://mending/') ?? false,
    onUnexpectedError,
  });
});
afterEach(() => testDb.cleanup());

describe('IPC router', () => {
  it('answers a valid request with the saved entry in an ok envelope', async () => {
    const result = await router.dispatch('mood:create', valid, APP_PAGE);
    expect(result).toMatchObject({ ok: true, value: { mood: 6, day: '2026-11-27', tags: [] } });
  });

  it('refuses senders that are not the app’s own page before reading anything', async () => {
    for (const url of ['https://example.com/', 'file:///etc/passwd', undefined, 'app://other/']) {
      const result = await router.dispatch('mood:create', valid, { url });
      expect(result).toEqual({
        ok: false,
        error: { code: 'untrusted_sender', message: expect.any(String) },
      });
    }
    expect(snapshotAllTables(testDb.db)['mood_entries']).toEqual([]);
  });

  it('refuses unknown channels, including inherited object keys', async () => {
    for (const channel of ['mood:drop', '__proto__', 'constructor', 42, null]) {
      const result = await router.dispatch(channel, {}, APP_PAGE);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('unknown_channel');
    }
  });

  it.each([
    [{ ...valid, mood: 11 }, 'mood', 'Choose a number for your mood, from 1 to 10.'],
    [{ ...valid, mood: 0 }, 'mood', 'Choose a number for your mood, from 1 to 10.'],
    [{ ...valid, mood: 5.5 }, 'mood', 'Choose a number for your mood, from 1 to 10.'],
    [{ ...valid, mood: Number.NaN }, 'mood', 'Choose a number for your mood, from 1 to 10.'],
    [
      { ...valid, energy: Infinity },
      'energy',
      'Choose a number for your energy, from 1 to 10, or leave it out.',
    ],
    [
      { ...valid, hurt: 11 },
      'hurt',
      'Choose a number for how much it hurts right now, from 0 to 10, or leave it out.',
    ],
    [
      { ...valid, occurredAt: '2024-02-30T10:00:00.000Z' },
      'occurredAt',
      'Choose a real date and time.',
    ],
    [
      { ...valid, timeZone: 'Mars/Base' },
      'timeZone',
      'The time zone is not one this computer knows.',
    ],
    [{ ...valid, note: 'a\u0000b' }, 'note', 'The note contains a character that cannot be saved.'],
    [
      { ...valid, note: 'x'.repeat(5001) },
      'note',
      `The note is too long: keep it to ${formatCount(5_000)} characters.`,
    ],
    [{ ...valid, tags: ['sad', 'sad'] }, 'tags', 'Each emotion can be chosen once.'],
    [{ ...valid, isAdmin: true }, 'isAdmin', '"isAdmin" is not something this form knows about.'],
    [{ timeZone: 'UTC', mood: 5 }, 'occurredAt', '"occurredAt" is missing.'],
  ])('rejects %j naming the field, and writes nothing', async (input, field, message) => {
    const before = snapshotAllTables(testDb.db);
    const result = await router.dispatch('mood:create', input, APP_PAGE);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', field, message } });
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('counts the note cap in characters a person sees, not in code units', async () => {
    const family = '👨‍👩‍👧‍👦'; // one visible character, eleven UTF-16 code units
    const atCap = await router.dispatch(
      'mood:create',
      { ...valid, note: family.repeat(5000) },
      APP_PAGE,
    );
    expect(atCap.ok).toBe(true);
  });

  it('refuses a backwards date range with a message on the end date', async () => {
    const result = await router.dispatch(
      'mood:list',
      { from: '2026-11-02', to: '2026-11-01' },
      APP_PAGE,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'to',
        message: 'The start date must be on or before the end date.',
      },
    });
  });

  it('passes on a service’s own message when an entry is missing', async () => {
    const result = await router.dispatch('mood:delete', { id: 404 }, APP_PAGE);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        field: 'id',
        message: 'This mood entry was deleted elsewhere, so nothing was changed.',
      },
    });
  });

  it('hides the details of unexpected failures and reports them', async () => {
    testDb.db.close();
    const result = await router.dispatch(
      'mood:list',
      { from: '2026-11-01', to: '2026-11-02' },
      APP_PAGE,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong on our side and nothing was changed.',
      },
    });
    expect(onUnexpectedError).toHaveBeenCalledOnce();
  });

  it('refuses a moment whose local day is before 1900, saying which dates it takes, and saves nothing', async () => {
    // 00:30 UTC on 1 January 1900 is still 31 December 1899 in New York.
    const result = await router.dispatch(
      'mood:create',
      { occurredAt: '1900-01-01T00:30:00.000Z', timeZone: 'America/New_York', mood: 5 },
      APP_PAGE,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'occurredAt',
        message: 'Choose a date between 1 January 1900 and 31 December 2999.',
      },
    });
    expect(snapshotAllTables(testDb.db)['mood_entries']).toEqual([]);
    expect(onUnexpectedError).not.toHaveBeenCalled();
  });

  it('keeps the same moment where its local day is in range, and deletes it with a true answer', async () => {
    const saved = await router.dispatch(
      'mood:create',
      { occurredAt: '1900-01-01T00:30:00.000Z', timeZone: 'Europe/Paris', mood: 5 },
      APP_PAGE,
    );
    expect(saved).toMatchObject({ ok: true, value: { day: '1900-01-01' } });
    const id = saved.ok ? (saved.value as { id: number }).id : 0;
    const deleted = await router.dispatch('mood:delete', { id }, APP_PAGE);
    expect(deleted).toMatchObject({ ok: true, value: { id, day: '1900-01-01' } });
  });

  it.each([
    [
      'mood:create',
      { occurredAt: '9999-01-01T10:00:00.000Z', timeZone: 'UTC', mood: 5 },
      'occurredAt',
    ],
    [
      'mood:create',
      { occurredAt: '2999-12-31T23:00:00.000Z', timeZone: 'Pacific/Kiritimati', mood: 5 },
      'occurredAt',
    ],
    ['mood:list', { from: '1899-12-31', to: '2026-11-02' }, 'from'],
    ['habit:list', { day: '3000-01-01' }, 'day'],
    [
      'communication:create',
      {
        counterpart: 'friend',
        isContactWithEx: false,
        skill: 'listening',
        occurredAt: '1900-01-01T03:00:00.000Z',
        timeZone: 'Pacific/Pago_Pago',
      },
      'occurredAt',
    ],
  ] as const)(
    '%s: a date outside 1900-2999 is refused with the range in words (%j)',
    async (channel, input, field) => {
      const result = await router.dispatch(channel, input, APP_PAGE);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'invalid_input',
          field,
          message: 'Choose a date between 1 January 1900 and 31 December 2999.',
        },
      });
    },
  );

  it('takes emotions on an entry by the same rules as words a person adds', async () => {
    const twice = await router.dispatch(
      'mood:create',
      { ...valid, tags: ['wistful', 'WISTFUL'] },
      APP_PAGE,
    );
    expect(twice).toMatchObject({
      ok: false,
      error: { field: 'tags', message: 'Each emotion can be chosen once.' },
    });
    const broken = await router.dispatch(
      'mood:create',
      { ...valid, tags: ['sad\nbut ok'] },
      APP_PAGE,
    );
    expect(broken).toMatchObject({
      ok: false,
      error: { field: 'tags.0', message: expect.stringMatching(/such as a line break/) },
    });
    const blank = await router.dispatch('mood:create', { ...valid, tags: ['\u200B'] }, APP_PAGE);
    expect(blank).toMatchObject({ ok: false, error: { field: 'tags.0' } });
    expect(snapshotAllTables(testDb.db)['mood_entry_tags']).toEqual([]);
    const spaced = await router.dispatch('mood:create', { ...valid, tags: [' Calm '] }, APP_PAGE);
    expect(spaced).toMatchObject({ ok: true, value: { tags: ['Calm'] } });
  });

  it('says a date that does not exist is not real, rather than out of range', async () => {
    const result = await router.dispatch(
      'mood:list',
      { from: '2026-02-30', to: '2026-03-02' },
      APP_PAGE,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { field: 'from', message: 'Choose a real calendar date (YYYY-MM-DD).' },
    });
  });
});

describe('an answer after a change never says nothing was changed', () => {
  const broken = (value: unknown) =>
    createRouter({
      handlers: {
        ...createHandlers({ db: testDb.db, version: '1.2.3', databasePath: testDb.path }),
        // A handler that did its work but answers what the contract does not promise.
        'mood:create': () => value as never,
        'mood:list': () => value as never,
      },
      isTrustedSender: () => true,
      onUnexpectedError,
    });

  it('says the change was made when only the answer broke the contract', async () => {
    const result = await broken({ id: 1, day: '1899-12-31' }).dispatch(
      'mood:create',
      valid,
      APP_PAGE,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: DONE_BUT_UNREADABLE },
    });
    expect(DONE_BUT_UNREADABLE).not.toMatch(/nothing was changed/i);
    expect(onUnexpectedError).toHaveBeenCalledOnce();
  });

  it('says nothing was changed only on a channel that cannot change anything', async () => {
    const result = await broken({ nope: true }).dispatch(
      'mood:list',
      { from: '2026-11-01', to: '2026-11-02' },
      APP_PAGE,
    );
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: FAILED_READING } });
  });

  it('does not claim nothing changed when a writing handler fails unexpectedly', async () => {
    testDb.db.close();
    const result = await router.dispatch('mood:create', valid, APP_PAGE);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: FAILED_MAYBE_CHANGED },
    });
    expect(FAILED_MAYBE_CHANGED).not.toMatch(/nothing was changed/i);
  });

  it('classes every channel whose handler writes as writing', () => {
    for (const channel of CHANNELS) {
      const verb = channel.split(':')[1] ?? '';
      const reads = [
        'info',
        'list',
        'daily',
        'grid',
        'get',
        'history',
        'preview',
        'names',
        'summary',
        'overview',
        'status',
        // app:reveal opens the data folder in the file manager; nothing in the app changes.
        'reveal',
      ];
      // A chart channel's verb names its series (chart:mood); every one of them only reads.
      const isChart = channel.startsWith('chart:');
      expect({ channel, writes: channelWrites(channel) }).toEqual({
        channel,
        writes: !reads.includes(verb) && !isChart,
      });
    }
  });
});
