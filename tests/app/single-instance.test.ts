import { describe, expect, it, vi } from 'vitest';
import {
  claimSingleInstance,
  focusWindow,
  type FocusableWindow,
  type SingleInstanceApp,
} from '../../src-main/app/single-instance';

function fakeApp(hasLock: boolean) {
  const secondInstance: (() => void)[] = [];
  const app = {
    requestSingleInstanceLock: vi.fn(() => hasLock),
    quit: vi.fn(),
    on(event: 'second-instance', listener: () => void) {
      expect(event).toBe('second-instance');
      secondInstance.push(listener);
    },
  } satisfies SingleInstanceApp;
  return { app, startSecondCopy: () => secondInstance.forEach((listener) => listener()) };
}

function fakeWindow(minimized: boolean) {
  const calls: string[] = [];
  const window: FocusableWindow = {
    isDestroyed: () => false,
    isMinimized: () => minimized,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
  };
  return { window, calls };
}

describe('claimSingleInstance', () => {
  it('quits the second copy and reports it', () => {
    const { app } = fakeApp(false);
    const focus = vi.fn();
    expect(claimSingleInstance(app, focus)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(focus).not.toHaveBeenCalled();
  });

  it('keeps the first copy and brings it forward when a second one starts', () => {
    const { app, startSecondCopy } = fakeApp(true);
    const focus = vi.fn();
    expect(claimSingleInstance(app, focus)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    expect(focus).not.toHaveBeenCalled();
    startSecondCopy();
    expect(focus).toHaveBeenCalledOnce();
  });
});

describe('focusWindow', () => {
  it('restores a minimised window before focusing it', () => {
    const { window, calls } = fakeWindow(true);
    focusWindow(window);
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('focuses a window that is already open without restoring it', () => {
    const { window, calls } = fakeWindow(false);
    focusWindow(window);
    expect(calls).toEqual(['show', 'focus']);
  });

  it('does nothing when there is no window yet or it is gone', () => {
    expect(() => focusWindow(undefined)).not.toThrow();
    const { window, calls } = fakeWindow(true);
    focusWindow({ ...window, isDestroyed: () => true });
    expect(calls).toEqual([]);
  });
});
