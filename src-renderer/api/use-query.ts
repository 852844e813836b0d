import { useCallback, useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import type { Result } from '../../src-main/shared/result';
import type { ApiClient } from './api-client';
import { useApi } from './api-context';

/** What a screen shows while it reads: the data, or why it could not be read. */
export interface Query<T> {
  /** The latest answer for the current `key`; undefined until the first one arrives. */
  readonly data: T | undefined;
  /** Why the latest read failed, in words; null when it succeeded or is still under way. */
  readonly error: string | null;
  /** True once an answer (data or error) for the current `key` has arrived. */
  readonly isLoaded: boolean;
  /**
   * Reads again now. Successful changes need no call (see ApiClient.dataVersion); this is for a
   * failure that may still have changed something, such as a restore that kept a backup first.
   */
  readonly reload: () => void;
}

interface Answer<T> {
  readonly key: string;
  readonly data: T | undefined;
  readonly error: string | null;
}

/** The API's data version, re-rendering the caller when any screen changes data. */
export function useDataVersion(api: ApiClient): number {
  const subscribe = useCallback((onChange: () => void) => api.onDataChange(onChange), [api]);
  return useSyncExternalStore(subscribe, api.dataVersion, api.dataVersion);
}

/**
 * The one way screens read data. `load` runs when the screen mounts, whenever `key` changes (say
 * the day or the month shown), and after every change of data anywhere in the app (a save, an
 * import, a restore: see ApiClient.dataVersion), so every visible screen shows the truth.
 *
 * Data read for another key is never shown for this one (yesterday's check-ins are not today's);
 * a re-read for the same key keeps the last answer on screen until the new one arrives, so nothing
 * flickers after a save.
 */
export function useQuery<T>(key: string, load: (api: ApiClient) => Promise<Result<T>>): Query<T> {
  const api = useApi();
  const version = useDataVersion(api);
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const read = useEffectEvent(() => load(api));

  useEffect(() => {
    let isCurrent = true;
    void read().then((result) => {
      if (!isCurrent) return;
      setAnswer((previous) => ({
        key,
        // A failed re-read keeps what was shown for this key, beside the message.
        data: result.ok ? result.value : previous?.key === key ? previous.data : undefined,
        error: result.ok ? null : result.error.message,
      }));
    });
    return () => {
      isCurrent = false;
    };
  }, [api, key, version, reloads]);

  if (answer?.key !== key) return { data: undefined, error: null, isLoaded: false, reload };
  return { data: answer.data, error: answer.error, isLoaded: true, reload };
}

type Values<T> = { [K in keyof T]: T[K] extends Promise<Result<infer V>> ? V : never };

/** One answer from several reads: all their values, or the first failure. */
export async function readAll<const T extends Record<string, Promise<Result<unknown>>>>(
  reads: T,
): Promise<Result<Values<T>>> {
  const entries = await Promise.all(
    Object.entries(reads).map(async ([name, read]) => [name, await read] as const),
  );
  const values: Record<string, unknown> = {};
  for (const [name, result] of entries) {
    if (!result.ok) return result;
    values[name] = result.value;
  }
  // Object.entries loses the link between a key and its type; each value came from its key's read.
  return { ok: true, value: values as Values<T> };
}
