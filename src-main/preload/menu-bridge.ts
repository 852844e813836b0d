import { isMenuCommand, type MenuCommand } from '../shared/shortcuts';

/** Starts passing each message on the menu's push channel to `onMessage`; returns how to stop. */
export type SubscribeToMenu = (onMessage: (command: unknown) => void) => () => void;

/** What the page finds on `window.mendingMenu`. */
export interface MenuBridge {
  /** Calls `listener` with each command chosen in the menu; returns the way to stop listening. */
  readonly onCommand: (listener: (command: MenuCommand) => void) => () => void;
}

/**
 * The page's one way to hear the menu: a listener gets a command from the closed list and nothing
 * else (no ipcRenderer, no event object with its `sender`), and anything else on the channel is
 * dropped here, before the page sees it.
 */
export function buildMenuBridge(subscribe: SubscribeToMenu): MenuBridge {
  return Object.freeze({
    onCommand(listener: (command: MenuCommand) => void) {
      if (typeof listener !== 'function') {
        throw new TypeError('mendingMenu.onCommand needs a function to call with each command.');
      }
      const stop = subscribe((command) => {
        if (isMenuCommand(command)) listener(command);
      });
      return () => stop();
    },
  });
}
