import type { BrowserWindowConstructorOptions } from 'electron';
import type { Bounds, WindowSizes } from './window-state';

/** The window's size on a first start, and the smallest it may be made. */
export const WINDOW_SIZES = {
  width: 1280,
  height: 800,
  minWidth: 800,
  minHeight: 600,
} as const satisfies WindowSizes;

export interface WindowOptionsContext {
  /** A packaged app has no dev tools: a stranger at the keyboard should not get a console. */
  readonly isPackaged: boolean;
  /** Paint the empty window in the colour the page will have, so there is no white flash. */
  readonly prefersDark?: boolean;
  /** Where the window opens (window-state.ts); the default size, placed by the system, without. */
  readonly bounds?: Bounds;
}

export const LIGHT_BACKGROUND = '#f7f3ee';
export const DARK_BACKGROUND = '#1c1a19';

/**
 * The main window, locked down per Electron's security checklist: an isolated, sandboxed renderer
 * with no Node, no webviews, and nothing that reaches the network on its own.
 */
export function mainWindowOptions(
  preloadPath: string,
  context: WindowOptionsContext,
): BrowserWindowConstructorOptions {
  return {
    title: 'Mending',
    ...WINDOW_SIZES,
    ...context.bounds,
    backgroundColor: context.prefersDark ? DARK_BACKGROUND : LIGHT_BACKGROUND,
    // Shown on 'ready-to-show' so the first thing a person sees is the page, not a blank frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's spell checker downloads its dictionaries from Google's servers.
      spellcheck: false,
      devTools: !context.isPackaged,
    },
  };
}
