import { CHANNELS, type Channel } from '../shared/ipc-channels';

export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>;

/** What the renderer finds on `window.mending`: one method per channel, named after it. */
export type BridgeApi = { readonly [C in Channel]: (input: unknown) => Promise<unknown> };

/**
 * One method per channel and nothing else: the page can ask the main process only the questions
 * the contract lists, and never gets ipcRenderer itself (which would let it send anything).
 */
export function buildBridgeApi(invoke: Invoke): BridgeApi {
  const api = Object.fromEntries(
    CHANNELS.map((channel) => [channel, (input: unknown) => invoke(channel, input)]),
  ) satisfies Record<string, (input: unknown) => Promise<unknown>>;
  // Object.fromEntries forgets which keys it made; they are exactly CHANNELS (the test checks).
  return Object.freeze(api as BridgeApi);
}
