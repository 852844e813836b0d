import type Database from 'better-sqlite3';
import { createSettingsRepo } from '../db/repositories/settings-repo';
import { DEFAULT_SETTINGS, type SettingKey } from '../shared/domain/settings';
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
  const now = () => (options.now ?? (() => new Date()))().toISOString();

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
      return update(settingsPatchSchema.parse(patch));
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
