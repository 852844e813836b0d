import { CHANNELS, channelEffect, type Channel } from '../../src-main/shared/ipc-channels';
import type { ChannelInput, ChannelOutput } from '../../src-main/shared/ipc-contract';
import type { Result } from '../../src-main/shared/result';

/** What the preload installs: one method per channel, each answering with a result envelope. */
export type Bridge = { readonly [C in Channel]: (input: unknown) => Promise<unknown> };

/** The typed API every screen uses; it never throws, failures come back as `{ ok: false }`. */
export interface ApiClient {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /**
   * A number that grows after every successful call that changes the person's data, whichever
   * screen made it: screens read again when it changes (see useQuery).
   */
  dataVersion(): number;
  /** Calls `listener` after each change of dataVersion; returns the way to stop. */
  onDataChange(listener: () => void): () => void;
}

/**
 * True when a successful call on `channel` changes data some screen shows, so screens read again.
 * Saving a file (export, CSV, report) does not; a new backup does (Settings lists backups).
 */
export function changesData(channel: Channel): boolean {
  return channelEffect(channel) === 'changes-data';
}

/** True when `value` looks like the preload's bridge (every channel present as a function). */
export function isBridge(value: unknown): value is Bridge {
  if (typeof value !== 'object' || value === null) return false;
  return CHANNELS.every((c) => typeof (value as Record<string, unknown>)[c] === 'function');
}

export function createApiClient(bridge: Bridge): ApiClient {
  let version = 0;
  const listeners = new Set<() => void>();
  return {
    async call(channel, input) {
      let result: Result<ChannelOutput<typeof channel>>;
      try {
        // The main process validated this answer against the contract before sending it.
        result = (await bridge[channel](input)) as Result<ChannelOutput<typeof channel>>;
      } catch {
        return {
          ok: false,
          error: {
            code: 'internal',
            message: 'The app could not reach its data. Please restart it.',
          },
        };
      }
      // "Not found" on a change means the screen shows something already deleted elsewhere: it
      // reads again too, so the list agrees with the message saying it was deleted.
      const isStale = !result.ok && result.error.code === 'not_found';
      if ((result.ok || isStale) && changesData(channel)) {
        version += 1;
        for (const listener of [...listeners]) listener();
      }
      return result;
    },
    dataVersion: () => version,
    onDataChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
