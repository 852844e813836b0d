import { describe, expect, it, vi } from 'vitest';
import {
  registerIpc,
  type Dispatch,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../src-main/app/ipc-adapter';
import { CHANNELS } from '../../src-main/shared/ipc-channels';
import { ok } from '../../src-main/shared/result';

type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
  const invoke = (channel: string, event: InvokeEventLike, ...args: unknown[]) => {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, ...args);
  };
  return { ipcMain, handlers, invoke };
}

const fromApp: InvokeEventLike = { senderFrame: { url: 'app://mending/index.html' } };

describe('registerIpc', () => {
  it('handles exactly the channels in CHANNELS', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpc(ipcMain, CHANNELS, vi.fn<Dispatch>());
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes the channel, the input and the sending frame’s URL to the router', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const dispatch = vi.fn<Dispatch>(async (channel) => ok({ answered: channel }));
    registerIpc(ipcMain, CHANNELS, dispatch);
    const input = { from: '2026-01-01', to: '2026-01-31' };
    const answer = await invoke('mood:list', fromApp, input, 'ignored extra argument');
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('mood:list', input, {
      url: 'app://mending/index.html',
    });
    expect(answer).toEqual({ ok: true, value: { answered: 'mood:list' } });
  });

  it('tells the router there is no URL when the frame is gone', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const dispatch = vi.fn<Dispatch>(async () => ok(null));
    registerIpc(ipcMain, CHANNELS, dispatch);
    await invoke('app:info', { senderFrame: null }, {});
    expect(dispatch).toHaveBeenCalledWith('app:info', {}, { url: undefined });
  });

  it('answers with a result envelope even if the router throws', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, CHANNELS, async () => {
      throw new Error('/home/me/secret/path exploded');
    });
    const answer = await invoke('mood:create', fromApp, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(answer)).not.toContain('/home/me');
  });
});
