import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSettingsService,
  type SettingsService,
} from '../../src-main/services/settings-service';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';
import { DEFAULT_SETTINGS } from '../../src-main/shared/domain/settings';
import { ServiceError } from '../../src-main/services/service-error';
import { addDays, systemTimeZone, todayAt } from '../../src-main/shared/calendar';

let testDb: ReturnType<typeof createTestDatabase>;
let settings: SettingsService;
let clock = new Date('2026-11-27T12:00:00.000Z');

beforeEach(() => {
  testDb = createTestDatabase();
  clock = new Date('2026-11-27T12:00:00.000Z');
  settings = createSettingsService(testDb.db, { now: () => clock });
});
afterEach(() => testDb.cleanup());

const rows = () => snapshotAllTables(testDb.db)['settings'];

describe('settings service', () => {
  it('answers with the defaults before anything is chosen', () => {
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(settings.get()).toEqual({
      unavoidableSituations: [],
      welcome: 'not_shown',
      breakupDay: null,
      lowEntrySupportDay: null,
      theme: 'system',
    });
    expect(rows()).toEqual([]);
  });

  it('keeps the appearance chosen, and forgets it (no row) when set back to the system', () => {
    expect(settings.update({ theme: 'dark' }).theme).toBe('dark');
    expect(rows()).toEqual([expect.objectContaining({ key: 'theme', value: '"dark"' })]);
    expect(settings.update({ theme: 'light' }).theme).toBe('light');
    expect(settings.update({ theme: 'system' }).theme).toBe('system');
    expect(rows()).toEqual([]);
  });

  it('refuses an appearance it does not offer, naming the choices, writing nothing', () => {
    settings.update({ theme: 'dark' });
    const before = snapshotAllTables(testDb.db);
    expect(() => settings.update({ theme: 'sepia' } as never)).toThrow(
      'The appearance can be as the system is set, light or dark.',
    );
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('stores each choice as JSON under its key, in the order Settings lists them', () => {
    const after = settings.update({
      unavoidableSituations: ['working_or_studying_together', 'children_together'],
    });
    expect(after).toEqual({
      ...DEFAULT_SETTINGS,
      unavoidableSituations: ['children_together', 'working_or_studying_together'],
    });
    expect(settings.get()).toEqual(after);
    expect(rows()).toEqual([
      {
        key: 'unavoidableSituations',
        value: '["children_together","working_or_studying_together"]',
        updated_at: '2026-11-27T12:00:00.000Z',
      },
    ]);
  });

  it('leaves settings not named in a change as they were', () => {
    settings.update({ unavoidableSituations: ['living_together'] });
    const before = snapshotAllTables(testDb.db);
    clock = new Date('2026-11-28T12:00:00.000Z');
    expect(settings.update({})).toEqual({
      ...DEFAULT_SETTINGS,
      unavoidableSituations: ['living_together'],
    });
    // Saving the same choice again is not a change: not even its time moves.
    settings.update({ unavoidableSituations: ['living_together'] });
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('undoing a first change leaves the table exactly as it was', () => {
    const before = snapshotAllTables(testDb.db);
    settings.update({ unavoidableSituations: ['children_together'] });
    settings.update({ unavoidableSituations: [] });
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('refuses unknown keys, unknown situations and repeats, writing nothing', () => {
    settings.update({ unavoidableSituations: ['living_together'] });
    const before = snapshotAllTables(testDb.db);
    expect(() => settings.update({ fontSize: 'large' } as never)).toThrow();
    expect(() => settings.update({ unavoidableSituations: ['same_gym'] } as never)).toThrow(
      'Choose from',
    );
    expect(() =>
      settings.update({ unavoidableSituations: ['living_together', 'living_together'] }),
    ).toThrow('chosen once');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('reads a damaged or unknown stored value as the default instead of failing', () => {
    const insert = testDb.db.prepare(
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)',
    );
    insert.run('unavoidableSituations', '["moon_base"]', '2026-01-01T00:00:00.000Z');
    insert.run('fromANewerVersion', '{"x":1}', '2026-01-01T00:00:00.000Z');
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(settings.update({ unavoidableSituations: ['children_together'] })).toEqual({
      ...DEFAULT_SETTINGS,
      unavoidableSituations: ['children_together'],
    });
  });

  it('keeps the welcome state and the breakup day, and refuses a day that is not a date', () => {
    expect(settings.update({ welcome: 'skipped', breakupDay: '2026-10-03' })).toEqual({
      ...DEFAULT_SETTINGS,
      welcome: 'skipped',
      breakupDay: '2026-10-03',
    });
    const before = snapshotAllTables(testDb.db);
    expect(() => settings.update({ breakupDay: '2026-02-30' })).toThrow('real calendar date');
    expect(() => settings.update({ welcome: 'later' } as never)).toThrow('finished or skipped');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
    // Back to no day: the row goes, as for every setting set back to its default.
    expect(settings.update({ breakupDay: null }).breakupDay).toBeNull();
    expect(rows()).toHaveLength(1);
  });

  it('refuses a breakup day more than a day after this computer’s today, naming the field', () => {
    // The pinned instant's day here (a zone such as Pacific/Apia is already a day on).
    const today = todayAt(clock, systemTimeZone());
    settings.update({ breakupDay: '2026-10-03' });
    const before = snapshotAllTables(testDb.db);
    for (const later of [addDays(today, 2), addDays(today, 400), '2999-12-31']) {
      let refusal: unknown;
      try {
        settings.update({ breakupDay: later, welcome: 'finished' });
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(ServiceError);
      expect(refusal).toMatchObject({
        code: 'invalid_input',
        field: 'breakupDay',
        message: expect.stringMatching(/after today.*today or earlier.*leave it empty/),
      });
      // Nothing written, not even the other setting the same change named.
      expect(snapshotAllTables(testDb.db)).toEqual(before);
    }
    // A zone ahead of this computer's can be a day on: that day is taken, as are today and before.
    expect(settings.update({ breakupDay: addDays(today, 1) }).breakupDay).toBe(addDays(today, 1));
    expect(settings.update({ breakupDay: today }).breakupDay).toBe(today);
    expect(settings.update({ breakupDay: '1900-01-01' }).breakupDay).toBe('1900-01-01');
  });

  it('reads today from the clock it is given, not the real one', () => {
    clock = new Date('2031-06-15T12:00:00.000Z');
    const today = todayAt(clock, systemTimeZone());
    expect(settings.update({ breakupDay: addDays(today, 1) }).breakupDay).toBe(addDays(today, 1));
    expect(() => settings.update({ breakupDay: addDays(today, 2) })).toThrow(/after today/);
  });

  it('remembers the day the line pointing to Support was last shown, and refuses a non-date', () => {
    expect(settings.update({ lowEntrySupportDay: '2028-02-29' })).toEqual({
      ...DEFAULT_SETTINGS,
      lowEntrySupportDay: '2028-02-29',
    });
    expect(rows()).toEqual([
      {
        key: 'lowEntrySupportDay',
        value: '"2028-02-29"',
        updated_at: '2026-11-27T12:00:00.000Z',
      },
    ]);
    const before = snapshotAllTables(testDb.db);
    expect(() => settings.update({ lowEntrySupportDay: '2027-02-29' })).toThrow(
      'real calendar date',
    );
    expect(() => settings.update({ lowEntrySupportDay: 'today' })).toThrow('real calendar date');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
    expect(settings.get().lowEntrySupportDay).toBe('2028-02-29');
  });
});
