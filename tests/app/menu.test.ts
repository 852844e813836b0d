import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from '../../src-main/app/menu';
import { SECTIONS } from '../../src-main/shared/sections';
import {
  MENU_COMMANDS,
  SHORTCUTS,
  isMenuCommand,
  type MenuCommand,
} from '../../src-main/shared/shortcuts';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

/** The menu for `platform`, and every command its items send when chosen. */
function menuOn(platform: string, isPackaged = true) {
  const sent: unknown[] = [];
  const template = applicationMenuTemplate(platform, {
    isPackaged,
    send: (command: MenuCommand) => sent.push(command),
  });
  return { template, items: flatten(template), sent };
}

/** Runs an item's click. Electron passes the item, the window and the event; ours use none. */
function clickItem(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`The item "${item?.label ?? ''}" does nothing when chosen.`);
  // Called with no arguments: a click that read them would fail here, and none of ours should.
  Reflect.apply(item.click, undefined, []);
}

/** Chooses the first item with this label, and returns what it sent. */
function choose(platform: string, label: string): unknown[] {
  const { items, sent } = menuOn(platform);
  clickItem(items.find((item) => item.label === label));
  return sent;
}

function submenuOf(template: readonly MenuItemConstructorOptions[], label: string) {
  const menu = template.find((item) => item.label === label)?.submenu;
  if (!Array.isArray(menu)) throw new Error(`No menu "${label}".`);
  return menu;
}

describe('applicationMenuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'])(
    'on %s, every item of its own only sends a listed command to the page (none opens a link)',
    (platform) => {
      const { items, sent } = menuOn(platform);
      const clickable = items.filter((item) => item.click !== undefined);
      for (const item of clickable) {
        const before = sent.length;
        clickItem(item);
        expect(sent.length, item.label).toBe(before + 1);
      }
      expect(sent.every(isMenuCommand)).toBe(true);
      // Every command has a way in from the menu.
      expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
      // Electron's "help" role only names the menu; no role opens a website.
      expect(items.some((item) => item.role === 'help')).toBe(false);
    },
  );

  it.each(['linux', 'win32', 'darwin'])(
    'on %s, shows every declared shortcut beside the item that sends its command',
    (platform) => {
      const { items, sent } = menuOn(platform);
      for (const shortcut of SHORTCUTS) {
        const withKeys = items.filter((item) => item.accelerator === shortcut.accelerator);
        expect(withKeys, shortcut.id).toHaveLength(1);
        sent.length = 0;
        clickItem(withKeys[0]);
        expect(sent, shortcut.id).toEqual([shortcut.command]);
      }
    },
  );

  it('lists the sections under View in the sidebar order, each with its number', () => {
    const view = submenuOf(menuOn('linux').template, 'View');
    const sections = view.slice(0, SECTIONS.length);
    expect(sections.map((item) => item.label)).toEqual(SECTIONS.map((s) => s.label));
    expect(sections.map((item) => item.accelerator)).toEqual(
      SECTIONS.map((_, index) => `CmdOrCtrl+${index + 1}`),
    );
    expect(view.map((item) => item.role)).toEqual(
      expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
  });

  it('has File with a new entry, Edit with Undo and the editing roles, Help with Support, the shortcuts and About', () => {
    const { template } = menuOn('linux');
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      'File',
      'Edit',
      'View',
      'windowMenu',
      'Help',
    ]);
    expect(submenuOf(template, 'File').map((item) => item.label ?? item.role)).toEqual([
      'New Mood Entry',
      undefined,
      'quit',
    ]);
    expect(submenuOf(template, 'Edit').map((item) => item.label ?? item.role)).toEqual([
      'Undo',
      'redo',
      undefined,
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(submenuOf(template, 'Help').map((item) => item.label)).toEqual([
      'Support',
      'Keyboard Shortcuts',
      undefined,
      'About Mending',
    ]);
    expect(choose('linux', 'New Mood Entry')).toEqual(['new-mood-entry']);
    expect(choose('linux', 'Undo')).toEqual(['undo']);
    expect(choose('linux', 'Keyboard Shortcuts')).toEqual(['show-shortcuts']);
    expect(choose('linux', 'About Mending')).toEqual(['show-about']);
    expect(choose('linux', 'Communication')).toEqual(['go:communication']);
  });

  it.each(['linux', 'win32'])(
    'on %s, shows the keys but leaves them to the page, so none fires twice',
    (platform) => {
      const withKeys = menuOn(platform).items.filter((item) => item.click !== undefined);
      for (const item of withKeys.filter((i) => i.accelerator !== undefined)) {
        expect(item.registerAccelerator, item.label).toBe(false);
      }
    },
  );

  it('on macOS, lets the menu own the keys, as Mac apps do', () => {
    const withKeys = menuOn('darwin').items.filter((item) => item.accelerator !== undefined);
    expect(withKeys.length).toBe(SHORTCUTS.length);
    for (const item of withKeys) expect(item.registerAccelerator, item.label).toBe(true);
  });

  it("on macOS, starts with the app's menu, whose About is the app's own, and Close under File", () => {
    const { template } = menuOn('darwin');
    expect(template[0]?.label).toBe('Mending');
    const appMenu = submenuOf(template, 'Mending');
    expect(appMenu[0]?.label).toBe('About Mending');
    expect(appMenu.map((item) => item.role)).toEqual(
      expect.arrayContaining(['services', 'hide', 'hideOthers', 'unhide', 'quit']),
    );
    expect(choose('darwin', 'About Mending')).toEqual(['show-about']);
    expect(submenuOf(template, 'File').map((item) => item.role)).toContain('close');
    expect(submenuOf(template, 'File').map((item) => item.role)).not.toContain('quit');
  });

  it('offers dev tools only in an unpackaged app', () => {
    const roles = (isPackaged: boolean) => menuOn('linux', isPackaged).items.map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });
});
