import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter, type IpcSender } from '../../src-main/ipc/router';
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
    [{ ...valid, mood: 11 }, 'mood', 'Mood must be a whole number from 1 to 10.'],
    [{ ...valid, mood: 0 }, 'mood', 'Mood must be a whole number from 1 to 10.'],
    [{ ...valid, mood: 5.5 }, 'mood', 'Mood must be a whole number from 1 to 10.'],
    [{ ...valid, mood: Number.NaN }, 'mood', 'Mood must be a whole number from 1 to 10.'],
    [{ ...valid, energy: Infinity }, 'energy', 'Energy must be a whole number from 1 to 10.'],
    [
      { ...valid, hurt: 11 },
      'hurt',
      'How much it still hurts must be a whole number from 0 to 10.',
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
      'The note is too long: keep it to 5,000 characters.',
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
        message: 'That mood entry (#404) no longer exists.',
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
});
