import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from '../../src-main/app/menu';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

describe('applicationMenuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'])(
    'on %s, has no Help menu and nothing that opens a link',
    (platform) => {
      const items = flatten(applicationMenuTemplate(platform, { isPackaged: true }));
      expect(items.some((item) => item.role === 'help' || /help/i.test(item.label ?? ''))).toBe(
        false,
      );
      expect(items.some((item) => item.click !== undefined)).toBe(false);
    },
  );

  it('offers copy and paste, and quitting', () => {
    const roles = flatten(applicationMenuTemplate('linux', { isPackaged: true })).map(
      (i) => i.role,
    );
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'quit', 'zoomIn', 'zoomOut']));
  });

  it('offers dev tools only in an unpackaged app', () => {
    const roles = (isPackaged: boolean) =>
      flatten(applicationMenuTemplate('linux', { isPackaged })).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('follows macOS conventions there: an app menu first, Close instead of Quit under File', () => {
    const template = applicationMenuTemplate('darwin', { isPackaged: true });
    expect(template[0]?.role).toBe('appMenu');
    expect(template[1]?.submenu).toEqual([{ role: 'close' }]);
  });
});
