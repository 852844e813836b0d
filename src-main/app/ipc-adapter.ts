import type { Channel } from '../shared/ipc-channels';
import { fail, type Result } from '../shared/result';

export interface SenderInfo {
  readonly url: string | undefined;
}

export type Dispatch = (
  channel: unknown,
  rawInput: unknown,
  sender: SenderInfo,
) => Promise<Result<unknown>>;

export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of Electron's ipcMain this adapter uses; the real ipcMain fits. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

/**
 * The only place that touches ipcMain: one `handle` per channel, each passing the renderer's single
 * argument and the sending frame's URL to the router, which checks both. Only the first argument
 * is forwarded. The answer is always a result envelope, even if the router itself fails.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  channels: readonly Channel[],
  dispatch: Dispatch,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input) => {
      try {
        return await dispatch(channel, input, { url: event.senderFrame?.url });
      } catch {
        return fail('internal', 'Something went wrong on our side. Please try again.');
      }
    });
  }
}
