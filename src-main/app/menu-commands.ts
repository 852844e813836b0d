import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/shortcuts';

/** The part of a window the menu's commands need: its page's webContents. */
export interface CommandTarget {
  readonly webContents: { send(channel: string, ...args: unknown[]): void };
}

/**
 * Sends a chosen menu item's command to the window's page, on the one push channel the preload
 * listens to. Without a window (on macOS, the app stays open after its last window closes) the
 * menu opens one instead, so choosing an item is never met with nothing; the person chooses again
 * once the page is there, rather than a command racing the page's start.
 */
export function createMenuCommandSender(
  currentWindow: () => CommandTarget | undefined,
  openWindow: () => void,
): (command: MenuCommand) => void {
  return (command) => {
    const window = currentWindow();
    if (window) window.webContents.send(MENU_COMMAND_CHANNEL, command);
    else openWindow();
  };
}
