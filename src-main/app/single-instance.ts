import type { App, BrowserWindow } from 'electron';

export interface SingleInstanceApp extends Pick<App, 'requestSingleInstanceLock' | 'quit'> {
  on(event: 'second-instance', listener: () => void): unknown;
}

/**
 * Two copies writing the same database would fight over it. Returns false (and quits) when another
 * copy already runs; otherwise calls `focusExisting` whenever someone starts a second copy.
 */
export function claimSingleInstance(app: SingleInstanceApp, focusExisting: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusExisting());
  return true;
}

export type FocusableWindow = Pick<
  BrowserWindow,
  'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'
>;

/** Brings the window back to the front, restoring it first when it was minimised. */
export function focusWindow(window: FocusableWindow | undefined): void {
  if (window === undefined || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
