import type { MenuItemConstructorOptions } from 'electron';
import { SECTIONS } from '../shared/sections';
import { shortcutById, type MenuCommand } from '../shared/shortcuts';

export interface MenuContext {
  readonly isPackaged: boolean;
  /** Passes a chosen item's command to the window's page (see menu-commands.ts). */
  readonly send: (command: MenuCommand) => void;
}

/**
 * The application menu. Editing, zoom and window controls are Electron's roles; the app's own items
 * (a new entry, Undo, each section, Support, the shortcuts help, About) only send a command from the
 * closed list in shared/shortcuts.ts to the page, which does the rest, so no item can open a website
 * (the app never goes to the network) or do anything the page's own keys cannot.
 *
 * Keys: on Linux and Windows the items show their keys but do not register them
 * (`registerAccelerator: false`): the page's key handler is the one path, so a key never fires
 * twice and Ctrl+Z inside a text box stays the box's own undo. On macOS the menu owns the keys, as
 * Mac apps do, and the page leaves those combinations to it.
 */
export function applicationMenuTemplate(
  platform: string,
  context: MenuContext,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const item = (label: string, command: MenuCommand, shortcutId?: string) =>
    ({
      label,
      click: () => context.send(command),
      ...(shortcutId !== undefined && {
        accelerator: shortcutById(shortcutId).accelerator,
        registerAccelerator: isMac,
      }),
    }) satisfies MenuItemConstructorOptions;

  const about = item('About Mending', 'show-about');
  const view: MenuItemConstructorOptions[] = [
    ...SECTIONS.map(({ id, label }) => item(label, `go:${id}`, `go-${id}`)),
    { type: 'separator' },
    { role: 'reload' },
    ...(context.isPackaged
      ? []
      : ([{ role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[])),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  // Mac's app menu, spelled out so that its About opens the app's own About (the version, the
  // licence, the components and their licences), not the system's panel, which shows less.
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Mending',
          submenu: [
            about,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        item('New Mood Entry', 'new-mood-entry', 'new-mood-entry'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Not the role: outside a text box, Undo takes back what the screen just did.
        item('Undo', 'undo', 'undo'),
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    {
      label: 'Help',
      submenu: [
        item('Support', 'go:support', 'support'),
        item('Keyboard Shortcuts', 'show-shortcuts', 'show-shortcuts'),
        { type: 'separator' },
        about,
      ],
    },
  ];
}
