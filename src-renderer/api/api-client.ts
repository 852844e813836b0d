import { CHANNELS, type Channel } from '../../src-main/shared/ipc-channels';
import type { ChannelInput, ChannelOutput } from '../../src-main/shared/ipc-contract';
import type { Result } from '../../src-main/shared/result';

/** What the preload installs: one method per channel, each answering with a result envelope. */
export type Bridge = { readonly [C in Channel]: (input: unknown) => Promise<unknown> };

/** The typed API every screen uses; it never throws, failures come back as `{ ok: false }`. */
export interface ApiClient {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
}

/** True when `value` looks like the preload's bridge (every channel present as a function). */
export function isBridge(value: unknown): value is Bridge {
  if (typeof value !== 'object' || value === null) return false;
  return CHANNELS.every((c) => typeof (value as Record<string, unknown>)[c] === 'function');
}

export function createApiClient(bridge: Bridge): ApiClient {
  return {
    async call(channel, input) {
      try {
        // The main process validated this answer against the contract before sending it.
        return (await bridge[channel](input)) as Result<ChannelOutput<typeof channel>>;
      } catch {
        return {
          ok: false,
          error: {
            code: 'internal',
            message: 'The app could not reach its data. Please restart it.',
          },
        };
      }
    },
  };
}
