import { SECTIONS, SUPPORT_KEY, type SidebarSectionId } from './sections';

/*
 * The app's keyboard shortcuts and menu commands, declared once. The menu (src-main/app/menu.ts)
 * takes each item's accelerator from here, the page's one key handler
 * (src-renderer/app/app-commands.tsx) matches the same keys, and the shortcuts help lists them in
 * these words, so the three cannot drift apart (tests/shared/shortcuts.test.ts and the menu's test
 * check that they agree).
 */

/**
 * What a menu item or a shortcut asks the page to do: a closed list, so the preload passes on
 * nothing else (src-main/preload/menu-bridge.ts).
 */
export type MenuCommand =
  `go:${SidebarSectionId}` | 'new-mood-entry' | 'undo' | 'show-shortcuts' | 'show-about';

export const MENU_COMMANDS: readonly MenuCommand[] = [
  ...SECTIONS.map(({ id }) => `go:${id}` as const),
  'new-mood-entry',
  'undo',
  'show-shortcuts',
  'show-about',
];

/** True for the commands listed in MENU_COMMANDS, and for nothing else. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && MENU_COMMANDS.some((command) => command === value);
}

/**
 * The one channel the main process pushes on (`webContents.send`): a menu item was chosen. It is
 * not a request the page makes, so it is not in ipc-channels.ts, whose channels are invoked.
 */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** The name of the preload's second, small global: `window.mendingMenu.onCommand(listener)`. */
export const MENU_GLOBAL = 'mendingMenu';

/** One combination of keys, as the page sees it in a keydown. */
export interface PageKeys {
  /** `KeyboardEvent.key`, compared without regard to case ("n" matches "N" with Caps Lock). */
  readonly key: string;
  /** Held with the platform's command key: Ctrl on Linux and Windows, ⌘ on macOS. */
  readonly primary?: boolean;
  /**
   * `KeyboardEvent.code` that counts too: on a French keyboard Ctrl+1 sends the key "&", but the
   * key is still Digit1, and Electron's CmdOrCtrl+1 means that key.
   */
  readonly code?: string;
}

export interface Shortcut {
  readonly id: string;
  readonly command: MenuCommand;
  /** The menu item's accelerator in Electron's words, made from the first of `keys`. */
  readonly accelerator: string;
  /** Every combination that runs it in the page; the first is the one the menu shows. */
  readonly keys: readonly [PageKeys, ...PageKeys[]];
  /** What it does, in the words the shortcuts help shows. */
  readonly does: string;
}

/** A key as menus and help write it: a letter in capitals ("N"), a named key as it is ("F1"). */
function keyName(keys: PageKeys): string {
  return keys.key.length === 1 ? keys.key.toUpperCase() : keys.key;
}

/** Electron's accelerator for a combination ("CmdOrCtrl+N", "F1"). */
export function acceleratorOf(keys: PageKeys): string {
  const key = keyName(keys);
  return keys.primary === true ? `CmdOrCtrl+${key}` : key;
}

function shortcut(
  id: string,
  command: MenuCommand,
  keys: readonly [PageKeys, ...PageKeys[]],
  does: string,
): Shortcut {
  return { id, command, accelerator: acceleratorOf(keys[0]), keys, does };
}

/** Going to each section, CmdOrCtrl+1 to 9 in the sidebar's order. */
const GO_TO_SECTIONS: readonly Shortcut[] = SECTIONS.map(({ id, label }, index) =>
  shortcut(
    `go-${id}`,
    `go:${id}`,
    [{ key: String(index + 1), primary: true, code: `Digit${index + 1}` }],
    `Go to ${label}`,
  ),
);

/** Every shortcut, in the order the shortcuts help lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  shortcut('support', 'go:support', [{ key: SUPPORT_KEY }], 'Open Support, for a hard night'),
  // Today's check-in, not the Mood screen's form: a new entry is nearly always how one feels
  // now, which is what the check-in is for, with the mood scale first and the time taken from
  // the clock; the Mood screen's form opens on its date and time, for writing one after the fact.
  shortcut(
    'new-mood-entry',
    'new-mood-entry',
    [{ key: 'n', primary: true }],
    "Write a new mood entry (Today's check-in)",
  ),
  shortcut(
    'undo',
    'undo',
    [{ key: 'z', primary: true }],
    'Undo what you just did on this screen (in a text box, it undoes your typing)',
  ),
  shortcut(
    'show-shortcuts',
    'show-shortcuts',
    [{ key: '/', primary: true }, { key: '?' }],
    'Show these keyboard shortcuts',
  ),
  ...GO_TO_SECTIONS,
];

/** The shortcut with this id; throws for an id that is not declared (a typo in the menu). */
export function shortcutById(id: string): Shortcut {
  const found = SHORTCUTS.find((s) => s.id === id);
  if (!found) throw new Error(`No keyboard shortcut is declared with the id "${id}".`);
  return found;
}

/** The parts of a keydown that a shortcut looks at. */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

/**
 * True when `press` is exactly `keys`: no other modifier held, so Ctrl+Shift+Z (Redo) is not
 * Ctrl+Z and Ctrl+F1 is not F1. Shift is ignored only for a character typed on its own, such as
 * "?", which most keyboards make with Shift.
 */
export function isPressOf(press: KeyPress, keys: PageKeys, isMac: boolean): boolean {
  if (press.altKey) return false;
  const isPrimary = isMac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  const isBare = !press.ctrlKey && !press.metaKey;
  if (keys.primary === true ? !isPrimary : !isBare) return false;
  const isTypedCharacter = keys.primary !== true && keys.key.length === 1;
  if (press.shiftKey && !isTypedCharacter) return false;
  return (
    press.key.toLowerCase() === keys.key.toLowerCase() ||
    (keys.code !== undefined && press.code === keys.code)
  );
}

/** How the platform writes a combination: "Ctrl+N" on Linux and Windows, "⌘N" on macOS. */
export function keysLabel(keys: PageKeys, isMac: boolean): string {
  const key = keyName(keys);
  if (keys.primary !== true) return key;
  return isMac ? `⌘${key}` : `Ctrl+${key}`;
}
