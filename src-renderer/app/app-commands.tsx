import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { menuFromWindow } from '../api/menu-bridge';
import {
  SHORTCUTS,
  isPressOf,
  type KeyPress,
  type MenuCommand,
  type Shortcut,
} from '../../src-main/shared/shortcuts';
import { AboutDialog } from './AboutDialog';
import { ShortcutsHelp } from './ShortcutsHelp';
import { UndoSlotContext, createUndoSlot } from './undo';

/*
 * The app's commands (shared/shortcuts.ts), run the same way from the keyboard and from the app
 * menu: the page's one key handler and the preload's menu global both end here. The Chromium
 * tests have no menu, so the keys they press test the very code the menu's items run.
 */

/** True on macOS, where the command key is ⌘ and the help writes it so. */
export function isMacPlatform(nav: Pick<Navigator, 'platform' | 'userAgent'>): boolean {
  return /Mac|iPhone|iPad/.test(nav.platform || nav.userAgent);
}

/** Input types a person writes in. */
const WRITTEN_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password']);

/** Input types that take keys as text but hold a value picked: a number, a date, a time. */
const TEXT_INPUT_TYPES = new Set([
  ...WRITTEN_INPUT_TYPES,
  'number',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
]);

/**
 * True when `element` takes typing: there "?" is a question mark and Ctrl+Z undoes the typing,
 * so the app's own meanings of those keys stand aside. A radio button, a checkbox or a button
 * types nothing, so there Ctrl+Z is the screen's Undo.
 */
export function isTextEditing(element: Element | null): boolean {
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(element.type);
  // `=== true`: a DOM without editing (jsdom) leaves isContentEditable undefined.
  return element instanceof HTMLElement && element.isContentEditable === true;
}

/** Keys that mean something else while typing: typed characters, and the text's own undo. */
function isLeftToTyping(shortcut: Shortcut, index: number): boolean {
  const keys = shortcut.keys[index];
  if (shortcut.command === 'undo') return true;
  return keys !== undefined && keys.primary !== true && keys.key.length === 1;
}

/**
 * The shortcut a keydown asks for, if any. On macOS with the app's menu, the menu owns the keys
 * it shows (the first of each shortcut's keys; menu.ts registers them there), so the page leaves
 * those to it and a key never runs twice.
 */
export function shortcutForPress(
  press: KeyPress,
  where: { readonly isMac: boolean; readonly menuOwnsKeys: boolean; readonly isTyping: boolean },
): Shortcut | null {
  for (const shortcut of SHORTCUTS) {
    const index = shortcut.keys.findIndex((keys) => isPressOf(press, keys, where.isMac));
    if (index === -1) continue;
    if (where.menuOwnsKeys && index === 0) continue;
    if (where.isTyping && isLeftToTyping(shortcut, index)) continue;
    return shortcut;
  }
  return null;
}

type OpenDialog = 'shortcuts' | 'about' | null;

/** The commands that act on the page rather than open a dialog. */
type PageCommand = Exclude<MenuCommand, 'show-shortcuts' | 'show-about'>;

/** The store behind "a new mood entry was asked for": the check-in form takes each ask once. */
interface NewEntryAsks {
  readonly ask: () => void;
  /** Calls `onAsked` for an ask waiting now and for each later one; returns how to stop. */
  readonly listen: (onAsked: () => void) => () => void;
}

function createNewEntryAsks(): NewEntryAsks {
  let isWaiting = false;
  const listeners = new Set<() => void>();
  return {
    ask() {
      isWaiting = true;
      for (const listener of listeners) listener();
    },
    listen(onAsked) {
      const take = () => {
        if (!isWaiting) return;
        isWaiting = false;
        onAsked();
      };
      listeners.add(take);
      // An ask made before the form was on screen (from another section) is taken now.
      take();
      return () => listeners.delete(take);
    },
  };
}

interface AppCommandsValue {
  readonly run: (command: MenuCommand) => void;
  readonly newEntryAsks: NewEntryAsks;
}

const AppCommandsContext = createContext<AppCommandsValue | null>(null);

/** Runs an app command (a button in Settings opens About this way); null outside the App. */
export function useAppCommand(): ((command: MenuCommand) => void) | null {
  return useContext(AppCommandsContext)?.run ?? null;
}

/**
 * Calls `onAsked` when a new mood entry is asked for (Ctrl+N, File › New Mood Entry), also when
 * the ask came before this form was drawn. The form that answers focuses its first field.
 */
export function useNewMoodEntryAsked(onAsked: () => void): void {
  const asks = useContext(AppCommandsContext)?.newEntryAsks;
  const answer = useEffectEvent(onAsked);
  useEffect(() => asks?.listen(() => answer()), [asks]);
}

/** Asked before a command leaves the screen while the focused box holds words not yet saved. */
export const LEAVE_TYPING_QUESTION =
  'Leave this screen? The words in the box you are typing in are not saved yet, and would be lost.';

/**
 * True when the focused element is a box with words in it: a key pressed by mistake mid-sentence
 * (Ctrl+2 for Ctrl+W, say) must not throw away a half-written note or apology. Forms here keep no
 * drafts, so leaving the screen loses what is typed; the person is asked first.
 */
export function holdsTyping(element: Element | null): boolean {
  if (!isTextEditing(element)) return false;
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    return element.value.trim() !== '' && !isPickedValue(element);
  }
  return (element?.textContent ?? '').trim() !== '';
}

/** A date, time or number box holds a value picked, not writing: nothing is lost that cannot be picked again. */
function isPickedValue(element: HTMLInputElement | HTMLTextAreaElement): boolean {
  return element instanceof HTMLInputElement && !WRITTEN_INPUT_TYPES.has(element.type);
}

function goTo(hash: string): void {
  window.location.hash = hash;
  // As the skip link does: the next Tab starts in the page, not back in the navigation.
  document.getElementById('content')?.focus();
}

/**
 * Listens to the keys and the app menu, runs their commands, and shows the shortcuts help and
 * About. Wraps the App's frame, so every screen can reach `useAppCommand`.
 */
export function AppCommands({ children }: { readonly children: ReactNode }) {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // A command that waits for the open dialog to close (and give the focus back) first.
  const waiting = useRef<PageCommand | null>(null);
  const undoSlot = useMemo(() => createUndoSlot(), []);
  const newEntryAsks = useMemo(() => createNewEntryAsks(), []);
  const listenToMenu = useMemo(() => menuFromWindow(window), []);
  const isMac = useMemo(() => isMacPlatform(navigator), []);

  /** Runs a command on the page itself (no dialog open). */
  const runOnPage = useCallback(
    (command: PageCommand, from: 'keys' | 'menu') => {
      if (
        command !== 'undo' &&
        holdsTyping(document.activeElement) &&
        !window.confirm(LEAVE_TYPING_QUESTION)
      ) {
        return;
      }
      switch (command) {
        case 'new-mood-entry':
          newEntryAsks.ask();
          window.location.hash = '#/today';
          return;
        case 'undo':
          // From the menu inside a text box, Edit › Undo is the box's own undo, as Ctrl+Z is.
          // execCommand is deprecated, but it is still the only way to reach a field's undo.
          if (from === 'menu' && isTextEditing(document.activeElement)) {
            document.execCommand('undo');
            return;
          }
          undoSlot.run();
          return;
        default:
          goTo(`#/${command.slice('go:'.length)}`);
      }
    },
    [newEntryAsks, undoSlot],
  );

  const run = useCallback(
    (command: MenuCommand, from: 'keys' | 'menu' = 'menu') => {
      if (command === 'show-shortcuts') return setDialog('shortcuts');
      if (command === 'show-about') return setDialog('about');
      if (dialog === null) return runOnPage(command, from);
      // Undo is for the screen, which the dialog covers: it waits for the dialog to be closed.
      if (command === 'undo') return;
      waiting.current = command;
      setDialog(null);
    },
    [dialog, runOnPage],
  );

  useEffect(() => {
    const command = waiting.current;
    if (dialog !== null || command === null) return;
    waiting.current = null;
    runOnPage(command, 'menu');
  }, [dialog, runOnPage]);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const shortcut = shortcutForPress(event, {
      isMac,
      menuOwnsKeys: isMac && listenToMenu !== null,
      isTyping: isTextEditing(document.activeElement),
    });
    if (!shortcut) return;
    event.preventDefault();
    run(shortcut.command, 'keys');
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const onMenuCommand = useEffectEvent((command: MenuCommand) => run(command, 'menu'));
  useEffect(() => listenToMenu?.((command) => onMenuCommand(command)), [listenToMenu]);

  const value = useMemo(() => ({ run, newEntryAsks }), [run, newEntryAsks]);
  const close = useCallback(() => setDialog(null), []);
  return (
    <AppCommandsContext value={value}>
      <UndoSlotContext value={undoSlot}>{children}</UndoSlotContext>
      {dialog === 'shortcuts' && <ShortcutsHelp isMac={isMac} onClose={close} />}
      {dialog === 'about' && <AboutDialog onClose={close} />}
    </AppCommandsContext>
  );
}
