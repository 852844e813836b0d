import fs from 'node:fs';
import type { ThemeChoice } from '../shared/domain/settings';
import { writePrivateFileSync } from '../db/private-file';
import {
  parseWindowState,
  restoreBounds,
  serializeWindowState,
  type Bounds,
  type Displays,
  type SavedWindow,
  type WindowSizes,
  type WindowState,
} from './window-state';

/** The file's name in the user-data folder, beside the data file. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** What of Electron's BrowserWindow the store uses. */
export interface TrackedWindow {
  getNormalBounds(): Bounds;
  isMaximized(): boolean;
  maximize(): void;
  on(event: 'close', listener: () => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
}

/** Where and how a window opens. */
export interface Placement {
  readonly bounds: Bounds;
  readonly isMaximized: boolean;
}

export interface WindowStateStore {
  /** The theme applied last time, if the file says (for the first frame's colour). */
  readonly theme: () => ThemeChoice | undefined;
  /** Where the next window opens, on the displays connected now. */
  readonly placement: (displays: Displays, sizes: WindowSizes) => Placement;
  /** Maximises `window` if it was, and saves its place whenever it closes. */
  readonly track: (window: TrackedWindow, placement: Placement) => void;
  /** Keeps a copy of the theme just applied, for the next start's first frame. */
  readonly rememberTheme: (theme: ThemeChoice) => void;
}

/**
 * The window's place and the last theme, in `window-state.json` (owner-only, written whole or not
 * at all). Read once, at start; a missing, damaged or newer file means the defaults, silently: it
 * holds where a window was, nothing a person would want to hear about. A failure to write it is
 * logged and otherwise ignored, so closing a window can never fail because of it.
 */
export function openWindowStateFile(
  filePath: string,
  report: (error: unknown) => void = (error) =>
    console.error('Mending could not keep where its window was:', error),
): WindowStateStore {
  let state: WindowState;
  try {
    state = parseWindowState(fs.readFileSync(filePath, 'utf8'));
  } catch {
    state = {};
  }

  function save(next: WindowState): void {
    state = next;
    try {
      writePrivateFileSync(filePath, serializeWindowState(state));
    } catch (error) {
      report(error);
    }
  }

  return {
    theme: () => state.theme,
    placement(displays, sizes) {
      return {
        bounds: restoreBounds(state.window?.bounds, displays, sizes),
        isMaximized: state.window?.isMaximized ?? false,
      };
    },
    track(window, placement) {
      // Maximised after creation: the normal bounds given to the constructor are what the window
      // goes back to when the person un-maximises it. Not before the page has painted: maximize()
      // also shows a hidden window, and the person would see an empty frame (main.ts shows the
      // window on 'ready-to-show'; this listener, added first, runs just before that).
      if (placement.isMaximized) window.once('ready-to-show', () => window.maximize());
      window.on('close', () => {
        const saved: SavedWindow = {
          bounds: window.getNormalBounds(),
          isMaximized: window.isMaximized(),
        };
        save({ ...state, window: saved });
      });
    },
    rememberTheme(theme) {
      if (state.theme !== theme) save({ ...state, theme });
    },
  };
}
