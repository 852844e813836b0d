import { z } from 'zod';
import { settingSchemas } from '../shared/contract/settings';
import type { ThemeChoice } from '../shared/domain/settings';

/*
 * Where the window opens: the size, place and maximised state it had when it was last closed,
 * kept in `window-state.json` beside the data, and moved onto a display that still exists. Pure
 * (no Electron, no disk), so every case can be tested under Node; window-state-file.ts reads and
 * writes the file, and the shell passes Electron's displays in.
 */

/** A rectangle in the screen's coordinates (Electron's DIPs), as Electron's `Rectangle`. */
export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What a display offers a window: its work area (the screen minus task bars and docks). */
export interface DisplayArea {
  readonly workArea: Bounds;
}

/** The displays connected now, as `screen.getAllDisplays()` and `screen.getPrimaryDisplay()`. */
export interface Displays {
  readonly all: readonly DisplayArea[];
  readonly primary: DisplayArea;
}

/** The window's size when nothing was saved, and the smallest it may be. */
export interface WindowSizes {
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
}

/** What the file holds: the last normal (not maximised) bounds, and whether it was maximised. */
export interface SavedWindow {
  readonly bounds: Bounds;
  readonly isMaximized: boolean;
}

/** The window-state file's format; a file with another version (a newer app's) is ignored. */
const WINDOW_STATE_VERSION = 1;

export interface WindowState {
  readonly window?: SavedWindow;
  /**
   * The theme last applied, so the next start paints its first frame in the colour the page will
   * have, before the data file is open (see main.ts). A copy: the setting itself is in the data.
   */
  readonly theme?: ThemeChoice;
}

// Electron's bounds are whole DIPs; the limit keeps a hand-edited file from holding numbers no
// screen has, which clamping would still handle but there is no point carrying.
const coordinate = z.int().min(-1_000_000).max(1_000_000);
const boundsSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: z.int().min(1).max(1_000_000),
  height: z.int().min(1).max(1_000_000),
});
const savedWindowSchema = z.object({ bounds: boundsSchema, isMaximized: z.boolean() });

/**
 * The file's contents, or an empty state when it is not JSON, not this version, or not readable:
 * the window then opens at its defaults, and nothing is said (it holds only where a window was).
 * Each part is read on its own, so a damaged theme does not lose the window's place.
 */
export function parseWindowState(text: string): WindowState {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof root !== 'object' || root === null) return {};
  const version = 'version' in root ? root.version : undefined;
  if (version !== WINDOW_STATE_VERSION) return {};
  const window = savedWindowSchema.safeParse('window' in root ? root.window : undefined);
  const theme = settingSchemas.theme.safeParse('theme' in root ? root.theme : undefined);
  return {
    ...(window.success ? { window: window.data } : {}),
    ...(theme.success ? { theme: theme.data } : {}),
  };
}

/** The file's text for a state. */
export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify({ version: WINDOW_STATE_VERSION, ...state }, null, 2)}\n`;
}

function area(bounds: Bounds): number {
  return bounds.width * bounds.height;
}

/** The area two rectangles share (0 when they do not overlap). */
export function overlapArea(a: Bounds, b: Bounds): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** The default size, centred in the work area (shrunk to it on a small screen). */
function centred(workArea: Bounds, sizes: WindowSizes): Bounds {
  const width = Math.min(sizes.width, workArea.width);
  const height = Math.min(sizes.height, workArea.height);
  return {
    x: workArea.x + Math.floor((workArea.width - width) / 2),
    y: workArea.y + Math.floor((workArea.height - height) / 2),
    width,
    height,
  };
}

/**
 * `bounds` moved into `workArea`: shrunk to it when larger (never below the window's minimum
 * size unless the display itself is smaller), then slid inside it. A window that already fits
 * comes back unchanged.
 */
function placedIn(bounds: Bounds, workArea: Bounds, sizes: WindowSizes): Bounds {
  const width = clamp(bounds.width, Math.min(sizes.minWidth, workArea.width), workArea.width);
  const height = clamp(bounds.height, Math.min(sizes.minHeight, workArea.height), workArea.height);
  return {
    x: clamp(bounds.x, workArea.x, workArea.x + workArea.width - width),
    y: clamp(bounds.y, workArea.y, workArea.y + workArea.height - height),
    width,
    height,
  };
}

/**
 * The bounds to open the window with: the saved ones when they fit a display that still exists;
 * otherwise moved (and shrunk when needed) onto the display they overlap most, or the primary
 * display when they overlap none (its display was unplugged); the default size centred on the
 * primary display when nothing was saved. A display whose work area is empty is never used, the
 * primary included (the first display with an area is used in its place).
 */
export function restoreBounds(
  saved: Bounds | undefined,
  displays: Displays,
  sizes: WindowSizes,
): Bounds {
  // A display that reports no area (seen while one is being unplugged) can hold no window.
  // The primary can be one of them for a moment; then the first display with an area stands in.
  const usable = displays.all.filter((display) => area(display.workArea) > 0);
  const primary =
    area(displays.primary.workArea) > 0 ? displays.primary : (usable[0] ?? displays.primary);
  if (saved === undefined) return centred(primary.workArea, sizes);
  let best: DisplayArea = primary;
  let bestOverlap = 0;
  for (const display of usable) {
    const overlap = overlapArea(saved, display.workArea);
    if (overlap > bestOverlap) {
      best = display;
      bestOverlap = overlap;
    }
  }
  return placedIn(saved, best.workArea, sizes);
}
