import { describe, expect, it } from 'vitest';
import { createMenuCommandSender } from '../../src-main/app/menu-commands';
import { MENU_COMMAND_CHANNEL } from '../../src-main/shared/shortcuts';

describe('createMenuCommandSender', () => {
  it("sends the command to the window's page on the menu's one channel", () => {
    const sent: unknown[][] = [];
    let opened = 0;
    const send = createMenuCommandSender(
      () => ({ webContents: { send: (...args: unknown[]) => void sent.push(args) } }),
      () => (opened += 1),
    );
    send('new-mood-entry');
    expect(sent).toEqual([[MENU_COMMAND_CHANNEL, 'new-mood-entry']]);
    expect(opened).toBe(0);
  });

  it('opens a window when none is open (macOS keeps the app running without one)', () => {
    let opened = 0;
    const send = createMenuCommandSender(
      () => undefined,
      () => (opened += 1),
    );
    send('show-about');
    expect(opened).toBe(1);
  });
});
