import type Database from 'better-sqlite3';
import { createSettingsRepo } from '../db/repositories/settings-repo';
import { addDays, systemTimeZone, todayAt } from '../shared/calendar';
import { DEFAULT_SETTINGS, type SettingKey } from '../shared/domain/settings';
import { ServiceError } from './service-error';
import {
  settingSchemas,
  settingsPatchSchema,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '../shared/contract/settings';

export interface SettingsServiceOptions {
  /** The current instant, injectable so tests can pin it. */
  readonly now?: () => Date;
}

function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingSchemas, key);
}

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS).filter(isSettingKey);

/** Said when the breakup day is after today, as the welcome and Settings say it beside the field. */
export const BREAKUP_DAY_IN_FUTURE =
  'The day you broke up is after today: choose a day that has already come (today or earlier), or leave it empty.';

/**
 * Refuses a breakup day that has not come yet. The main process cannot know the zone the person
 * reads their calendar in (settings:update carries none), and a zone ahead of this computer's can
 * already be a day further on, so a day at most one after this computer's today is taken; the
 * screens, which know the person's today, refuse any day after it before asking.
 */
function checkBreakupDay(day: string | null | undefined, now: Date): void {
  if (day === undefined || day === null) return;
  if (day > addDays(todayAt(now, systemTimeZone()), 1)) {
    throw new ServiceError('invalid_input', BREAKUP_DAY_IN_FUTURE, 'breakupDay');
  }
}

/** A stored value, or undefined when it is not JSON or no longer fits its setting's schema. */
function storedValue(key: SettingKey, json: string): unknown {
  try {
    const parsed = settingSchemas[key].safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Settings, one row per key holding its value as JSON. Only choices that differ from the default
 * are stored: setting a key back to its default removes its row, so undoing a first change leaves
 * the table exactly as it was. A stored value that no longer fits its schema (a damaged file, a
 * setting from a newer version) reads as the default instead of breaking the app.
 */
export function createSettingsService(db: Database.Database, options: SettingsServiceOptions = {}) {
  const repo = createSettingsRepo(db);
  const clock = options.now ?? (() => new Date());
  const now = () => clock().toISOString();

  function read(): Settings {
    const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const row of repo.readAll()) {
      if (!isSettingKey(row.key)) continue;
      const value = storedValue(row.key, row.value);
      if (value !== undefined) settings[row.key] = value;
    }
    // Every key now holds a checked value or its default; parsing gives it its type.
    return settingsSchema.parse(settings);
  }

  const update = db.transaction((patch: Partial<Settings>): Settings => {
    const current = read();
    const at = now();
    for (const key of SETTING_KEYS) {
      const value = patch[key];
      if (value === undefined) continue;
      const json = JSON.stringify(value);
      if (json === JSON.stringify(current[key])) continue;
      if (json === JSON.stringify(DEFAULT_SETTINGS[key])) repo.remove(key);
      else repo.write(key, json, at);
    }
    return read();
  });

  return {
    /** Every setting, with defaults for those never changed. */
    get(): Settings {
      return read();
    },
    /** Changes the settings named in `patch` and answers with every setting afterwards. */
    update(patch: SettingsPatch): Settings {
      const checked = settingsPatchSchema.parse(patch);
      checkBreakupDay(checked.breakupDay, clock());
      return update(checked);
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
