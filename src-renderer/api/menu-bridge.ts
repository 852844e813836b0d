import { MENU_GLOBAL, isMenuCommand, type MenuCommand } from '../../src-main/shared/shortcuts';

/** Starts hearing the app menu's commands; returns how to stop. */
export type ListenToMenu = (listener: (command: MenuCommand) => void) => () => void;

function hasOnCommand(value: unknown): value is { onCommand: (listener: unknown) => unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'onCommand') === 'function'
  );
}

/**
 * The only reader of the preload's menu global (`window.mendingMenu`). Null when the page runs
 * without the app's menu: in a plain browser, as in the Chromium tests, where the keys alone
 * run the same commands.
 */
export function menuFromWindow(target: Window): ListenToMenu | null {
  const menu: unknown = Reflect.get(target, MENU_GLOBAL);
  if (!hasOnCommand(menu)) return null;
  return (listener) => {
    // Checked again here: the page trusts no shape it did not build itself.
    const stop: unknown = menu.onCommand((command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    });
    return () => {
      if (typeof stop === 'function') stop();
    };
  };
}
