import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
} from 'react';
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
  /** Which read this answers: the key, the data version and the reloads asked for it. */
  readonly request: string;
  readonly data: T | undefined;
  readonly error: string | null;
}

/**
 * Counts the reads under way below it, so the page can say when a screen has everything it asked
 * for (see App's `data-reads-pending`): a screen is settled when its content is drawn and no read
 * is waiting for an answer. `begin` answers the function that ends the read it counted.
 */
export interface ReadTracker {
  readonly begin: () => () => void;
}

const UNTRACKED: ReadTracker = { begin: () => () => undefined };

export const ReadTrackerContext = createContext<ReadTracker>(UNTRACKED);

/**
 * A tracker that writes how many reads are under way into `data-reads-pending` on the element it
 * is attached to (a callback ref), at once: counting happens in layout effects, in the same
 * commit that draws the screen, so the count is never zero while a screen waits for its data.
 */
export function createReadTracker(): {
  readonly tracker: ReadTracker;
  readonly attach: (element: HTMLElement | null) => void;
} {
  let pending = 0;
  let target: HTMLElement | null = null;
  const show = () => {
    if (target) target.dataset.readsPending = String(pending);
  };
  return {
    tracker: {
      begin() {
        pending += 1;
        show();
        let isDone = false;
        return () => {
          if (isDone) return;
          isDone = true;
          pending -= 1;
          show();
        };
      },
    },
    attach(element) {
      target = element;
      show();
    },
  };
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
  const tracker = useContext(ReadTrackerContext);
  const request = `${version}:${reloads}:${key}`;
  const isWaiting = answer?.request !== request;
  useLayoutEffect(() => (isWaiting ? tracker.begin() : undefined), [isWaiting, tracker]);

  useEffect(() => {
    let isCurrent = true;
    void read().then((result) => {
      if (!isCurrent) return;
      setAnswer((previous) => ({
        key,
        request,
        // A failed re-read keeps what was shown for this key, beside the message.
        data: result.ok ? result.value : previous?.key === key ? previous.data : undefined,
        error: result.ok ? null : result.error.message,
      }));
    });
    return () => {
      isCurrent = false;
    };
  }, [api, key, version, reloads, request]);

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
