import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWindowStateFile, WINDOW_STATE_FILE } from '../../src-main/app/window-state-file';
import type { Bounds } from '../../src-main/app/window-state';
import { WINDOW_SIZES } from '../../src-main/app/window-options';

const laptop = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const displays = { all: [laptop], primary: laptop };

/** A stand-in window: its place and state as a person left them, and the calls made on it. */
function fakeWindow(bounds: Bounds, isMaximized: boolean) {
  const listeners: (() => void)[] = [];
  const painted: (() => void)[] = [];
  const calls: string[] = [];
  return {
    calls,
    close: () => listeners.forEach((listener) => listener()),
    paint: () => painted.splice(0).forEach((listener) => listener()),
    once: (event: 'ready-to-show', listener: () => void) => {
      calls.push(`once:${event}`);
      painted.push(listener);
    },
    getNormalBounds: () => bounds,
    isMaximized: () => isMaximized,
    maximize: () => void calls.push('maximize'),
    on: (event: 'close', listener: () => void) => {
      calls.push(`on:${event}`);
      listeners.push(listener);
    },
  };
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'mending-window-'));
  file = join(dir, WINDOW_STATE_FILE);
});
afterEach(() => {
  fs.chmodSync(dir, 0o700);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('openWindowStateFile', () => {
  it('opens centred at the default size on a first start, and saves the place at close', () => {
    const first = openWindowStateFile(file);
    const placement = first.placement(displays, WINDOW_SIZES);
    expect(placement).toEqual({
      bounds: { x: 320, y: 120, width: 1280, height: 800 },
      isMaximized: false,
    });
    const window = fakeWindow({ x: 100, y: 60, width: 1000, height: 700 }, true);
    first.track(window, placement);
    expect(window.calls).toEqual(['on:close']);
    window.close();

    // The next start opens where the window was, and maximises it again.
    const next = openWindowStateFile(file);
    const reopened = next.placement(displays, WINDOW_SIZES);
    expect(reopened).toEqual({
      bounds: { x: 100, y: 60, width: 1000, height: 700 },
      isMaximized: true,
    });
    const again = fakeWindow(reopened.bounds, true);
    next.track(again, reopened);
    // Maximised only once the page has painted: maximize() shows a hidden window at once.
    expect(again.calls).toEqual(['once:ready-to-show', 'on:close']);
    again.paint();
    expect(again.calls).toEqual(['once:ready-to-show', 'on:close', 'maximize']);
  });

  it('writes the file owner-only, whole, with no temporary file left beside it', () => {
    const store = openWindowStateFile(file);
    const window = fakeWindow({ x: 0, y: 0, width: 900, height: 650 }, false);
    store.track(window, store.placement(displays, WINDOW_SIZES));
    window.close();
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({
      version: 1,
      window: { bounds: { x: 0, y: 0, width: 900, height: 650 }, isMaximized: false },
    });
  });

  it('keeps the theme and the window side by side', () => {
    const store = openWindowStateFile(file);
    store.rememberTheme('dark');
    const window = fakeWindow({ x: 5, y: 5, width: 900, height: 650 }, false);
    store.track(window, store.placement(displays, WINDOW_SIZES));
    window.close();
    const next = openWindowStateFile(file);
    expect(next.theme()).toBe('dark');
    expect(next.placement(displays, WINDOW_SIZES).bounds).toEqual({
      x: 5,
      y: 5,
      width: 900,
      height: 650,
    });
  });

  it.each([
    ['damaged', '{"version": 1, "wind'],
    ['from a newer version', JSON.stringify({ version: 7, theme: 'dark', window: {} })],
  ])('opens at the defaults, saying nothing, when the file is %s', (_, text) => {
    fs.writeFileSync(file, text);
    const reported: unknown[] = [];
    const store = openWindowStateFile(file, (error) => reported.push(error));
    expect(store.theme()).toBeUndefined();
    expect(store.placement(displays, WINDOW_SIZES).bounds).toEqual({
      x: 320,
      y: 120,
      width: 1280,
      height: 800,
    });
    expect(reported).toEqual([]);
  });

  it('lets the window close when the file cannot be written, and says so in the log only', () => {
    const reported: unknown[] = [];
    const store = openWindowStateFile(file, (error) => reported.push(error));
    fs.chmodSync(dir, 0o500);
    const window = fakeWindow({ x: 0, y: 0, width: 900, height: 650 }, false);
    store.track(window, store.placement(displays, WINDOW_SIZES));
    // Root ignores folder modes; the check below is only meaningful for other users.
    const canWrite = (() => {
      try {
        fs.accessSync(dir, fs.constants.W_OK);
        return true;
      } catch {
        return false;
      }
    })();
    expect(() => window.close()).not.toThrow();
    expect(reported).toHaveLength(canWrite ? 0 : 1);
    fs.chmodSync(dir, 0o700);
  });

  it('lets the window close when the folder has gone, reporting it', () => {
    const reported: unknown[] = [];
    const store = openWindowStateFile(join(dir, 'gone', WINDOW_STATE_FILE), (error) =>
      reported.push(error),
    );
    const window = fakeWindow({ x: 0, y: 0, width: 900, height: 650 }, false);
    store.track(window, store.placement(displays, WINDOW_SIZES));
    expect(() => window.close()).not.toThrow();
    expect(reported).toHaveLength(1);
  });
});
