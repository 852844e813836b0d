import { CHANNELS, type Channel } from '../../src-main/shared/ipc-channels';
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

/** The verb of a channel: `create` of `mood:create`. */
type Verb = Channel extends `${string}:${infer V}` ? V : never;

/**
 * Whether a successful call with this verb changes what screens show. Keyed by every verb in the
 * channel list, so a channel with a new verb does not compile until someone decides.
 */
const VERB_CHANGES_DATA = {
  info: false,
  list: false,
  daily: false,
  grid: false,
  get: false,
  history: false,
  names: false,
  preview: false,
  // Writes a file the person chose; nothing the app shows changes.
  export: false,
  csv: false,
  save: false,
  create: true,
  update: true,
  delete: true,
  restore: true,
  archive: true,
  set: true,
  clear: true,
  import: true,
} as const satisfies Record<Verb, boolean>;

function isVerb(value: string): value is Verb {
  return Object.hasOwn(VERB_CHANGES_DATA, value);
}

/** True when a successful call on `channel` changes data some screen shows. */
export function changesData(channel: Channel): boolean {
  const verb = channel.slice(channel.indexOf(':') + 1);
  // Every verb is in the table (it would not compile otherwise); reading again is the safe default.
  return isVerb(verb) ? VERB_CHANGES_DATA[verb] : true;
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
      if (result.ok && changesData(channel)) {
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
