import { describe, expect, it, vi } from 'vitest';
import { buildBridgeApi, type Invoke } from '../../src-main/preload/bridge-api';
import { CHANNELS } from '../../src-main/shared/ipc-channels';

describe('buildBridgeApi', () => {
  it('has one method per channel and nothing else (no raw ipcRenderer)', () => {
    const api = buildBridgeApi(vi.fn<Invoke>());
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof api[channel]).toBe('function');
    expect(Object.getOwnPropertySymbols(api)).toEqual([]);
  });

  it.each(CHANNELS)(
    '%s sends its input on its own channel and returns the answer',
    async (channel) => {
      const invoke = vi.fn<Invoke>(async (c) => ({ ok: true, value: c }));
      const api = buildBridgeApi(invoke);
      const input = { probe: channel };
      await expect(api[channel](input)).resolves.toEqual({ ok: true, value: channel });
      expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, input);
    },
  );

  it('forwards only the first argument', async () => {
    const invoke = vi.fn<Invoke>(async () => null);
    const call: (...args: unknown[]) => Promise<unknown> = buildBridgeApi(invoke)['mood:list'];
    await call({ from: '2026-01-01', to: '2026-01-02' }, 'extra', 'more');
    expect(invoke).toHaveBeenCalledExactlyOnceWith('mood:list', {
      from: '2026-01-01',
      to: '2026-01-02',
    });
  });

  it('cannot be changed by the page', () => {
    const api = buildBridgeApi(vi.fn<Invoke>());
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => Object.assign(api, { 'mood:create': () => 'hijacked' })).toThrow(TypeError);
    expect(() => Object.defineProperty(api, 'send', { value: () => undefined })).toThrow(TypeError);
  });
});
