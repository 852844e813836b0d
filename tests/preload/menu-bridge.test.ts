import { describe, expect, it } from 'vitest';
import { buildMenuBridge } from '../../src-main/preload/menu-bridge';
import { MENU_COMMANDS } from '../../src-main/shared/shortcuts';

/** A stand-in for the push channel: what the main process would send, and who listens. */
function fakeChannel() {
  const listeners = new Set<(message: unknown) => void>();
  return {
    push: (message: unknown) => listeners.forEach((listener) => listener(message)),
    listening: () => listeners.size,
    subscribe: (onMessage: (message: unknown) => void) => {
      listeners.add(onMessage);
      return () => listeners.delete(onMessage);
    },
  };
}

describe('buildMenuBridge', () => {
  it('has onCommand and nothing else, and cannot be changed by the page', () => {
    const bridge = buildMenuBridge(fakeChannel().subscribe);
    expect(Object.keys(bridge)).toEqual(['onCommand']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(() => Object.assign(bridge, { send: () => undefined })).toThrow(TypeError);
  });

  it('passes on every listed command, and only the command', () => {
    const channel = fakeChannel();
    const heard: unknown[][] = [];
    buildMenuBridge(channel.subscribe).onCommand((...args: unknown[]) => heard.push(args));
    for (const command of MENU_COMMANDS) channel.push(command);
    expect(heard).toEqual(MENU_COMMANDS.map((command) => [command]));
  });

  it('drops anything that is not a listed command', () => {
    const channel = fakeChannel();
    const heard: unknown[] = [];
    buildMenuBridge(channel.subscribe).onCommand((command) => heard.push(command));
    for (const other of ['go:welcome', 'reload', { command: 'undo' }, null, 7]) channel.push(other);
    expect(heard).toEqual([]);
  });

  it('stops listening when asked, and refuses a listener that is not a function', () => {
    const channel = fakeChannel();
    const bridge = buildMenuBridge(channel.subscribe);
    const heard: unknown[] = [];
    const stop = bridge.onCommand((command) => heard.push(command));
    expect(channel.listening()).toBe(1);
    stop();
    stop();
    expect(channel.listening()).toBe(0);
    channel.push('undo');
    expect(heard).toEqual([]);
    const notAFunction: unknown = 'undo';
    expect(() => Reflect.apply(bridge.onCommand, bridge, [notAFunction])).toThrow(/function/);
  });
});
