import { afterEach, describe, expect, it } from 'vitest';
import { MENU_GLOBAL } from '../../../src-main/shared/shortcuts';
import { menuFromWindow } from '../../../src-renderer/api/menu-bridge';

afterEach(() => {
  Reflect.deleteProperty(window, MENU_GLOBAL);
});

function setGlobal(value: unknown) {
  Object.defineProperty(window, MENU_GLOBAL, { configurable: true, value });
}

describe('menuFromWindow', () => {
  it('is null without the app’s menu (a plain browser), or with a global of another shape', () => {
    expect(menuFromWindow(window)).toBeNull();
    for (const other of [null, 'menu', {}, { onCommand: 'yes' }]) {
      setGlobal(other);
      expect(menuFromWindow(window)).toBeNull();
    }
  });

  it('passes on listed commands only, and stops when asked', () => {
    let push: (command: unknown) => void = () => undefined;
    let stopped = 0;
    setGlobal({
      onCommand(listener: (command: unknown) => void) {
        push = listener;
        return () => (stopped += 1);
      },
    });
    const listen = menuFromWindow(window);
    const heard: unknown[] = [];
    const stop = listen?.((command) => heard.push(command));
    push('go:habits');
    push('go:nowhere');
    push({ command: 'undo' });
    expect(heard).toEqual(['go:habits']);
    stop?.();
    expect(stopped).toBe(1);
  });
});
