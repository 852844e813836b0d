import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import type { AppError } from '../../../src-main/shared/result';
import type { SettingKey, SettingsValues } from '../../../src-main/shared/domain/settings';
import { checkRequest } from '../../forms';

/** One setting as a card shows it, saved the moment it changes. */
export interface InstantSetting<K extends SettingKey> {
  /** The value to show: a save in flight at once, else the one read; undefined until read. */
  readonly value: SettingsValues[K] | undefined;
  /** The value last read from the settings (not a save in flight); undefined until read. */
  readonly saved: SettingsValues[K] | undefined;
  /** Why the settings could not be read, in words; null when they were (or are being) read. */
  readonly readError: string | null;
  /**
   * Saves `next`, showing it at once, and gives `setError` the refusal (the input checked here,
   * or main's answer), or null once saved. A refusal puts back the value read before. Answers the
   * refusal's message, or null when saved.
   */
  readonly save: (
    next: SettingsValues[K],
    setError: (error: AppError | null) => void,
  ) => Promise<string | null>;
}

/**
 * A setting that a card saves as soon as it is changed (a tick, a choice), shown at once while
 * the save is in flight and until the settings are read again after it.
 */
export function useInstantSetting<K extends SettingKey>(key: K): InstantSetting<K> {
  const api = useApi();
  const saved = useQuery('settings:get', (a) => a.call('settings:get', {}));
  /** What a save in flight shows at once, until the settings are read again. */
  const [pending, setPending] = useState<{
    readonly basis: typeof saved.data;
    readonly value: SettingsValues[K];
  } | null>(null);
  const value = pending && pending.basis === saved.data ? pending.value : saved.data?.[key];

  async function save(
    next: SettingsValues[K],
    setError: (error: AppError | null) => void,
  ): Promise<string | null> {
    // A computed key types the object as keyed by any string; it holds exactly `key`'s value.
    const input = { [key]: next } as Partial<SettingsValues>;
    const problem = checkRequest('settings:update', input);
    if (problem) {
      setError(problem);
      return problem.message;
    }
    setPending({ basis: saved.data, value: next });
    const result = await api.call('settings:update', input);
    if (!result.ok) {
      setPending(null);
      setError(result.error);
      return result.error.message;
    }
    setError(null);
    return null;
  }

  return { value, saved: saved.data?.[key], readError: saved.error, save };
}
