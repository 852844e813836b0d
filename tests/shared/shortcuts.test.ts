import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src-main/shared/sections';
import {
  MENU_COMMANDS,
  SHORTCUTS,
  acceleratorOf,
  isMenuCommand,
  isPressOf,
  keysLabel,
  shortcutById,
} from '../../src-main/shared/shortcuts';
import { SUPPORT_KEY } from '../../src-main/shared/sections';
import { press } from '../helpers/key-press';

describe('the declared shortcuts', () => {
  it('go to each section with CmdOrCtrl+1 to 9, in the sidebar order', () => {
    expect(SECTIONS).toHaveLength(9);
    SECTIONS.forEach(({ id, label }, index) => {
      const go = shortcutById(`go-${id}`);
      expect(go.command).toBe(`go:${id}`);
      expect(go.accelerator).toBe(`CmdOrCtrl+${index + 1}`);
      expect(go.does).toBe(`Go to ${label}`);
    });
  });

  it('keep F1 for Support, the key the Support page and its link name', () => {
    expect(SUPPORT_KEY).toBe('F1');
    expect(shortcutById('support').accelerator).toBe(SUPPORT_KEY);
    expect(shortcutById('support').command).toBe('go:support');
    const link = SECTIONS.find((s) => s.id === 'support');
    expect(link && 'shortcut' in link ? link.shortcut : '').toBe(SUPPORT_KEY);
  });

  it('give a new entry, Undo and the help their usual keys', () => {
    expect(shortcutById('new-mood-entry').accelerator).toBe('CmdOrCtrl+N');
    expect(shortcutById('undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(shortcutById('show-shortcuts').accelerator).toBe('CmdOrCtrl+/');
    expect(shortcutById('show-shortcuts').keys.map((k) => k.key)).toEqual(['/', '?']);
  });

  it('have unique ids, listed commands, and no combination used twice', () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    for (const s of SHORTCUTS) expect(isMenuCommand(s.command)).toBe(true);
    const combos = SHORTCUTS.flatMap((s) => s.keys.map((k) => keysLabel(k, false)));
    expect(new Set(combos).size).toBe(combos.length);
  });

  it('make each menu accelerator from the first keys the page listens to', () => {
    for (const s of SHORTCUTS) expect(s.accelerator).toBe(acceleratorOf(s.keys[0]));
  });

  it('throw for an id nobody declared', () => {
    expect(() => shortcutById('go-nowhere')).toThrow(/go-nowhere/);
  });
});

describe('isMenuCommand', () => {
  it('accepts only the listed commands', () => {
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command)).toBe(true);
    for (const other of ['go:welcome', 'quit', '', 'undo ', 1, null, undefined, {}, ['undo']]) {
      expect(isMenuCommand(other)).toBe(false);
    }
  });
});

describe('isPressOf', () => {
  const ctrlN = { key: 'n', primary: true };
  it('reads the command key as Ctrl on Linux and Windows and ⌘ on macOS', () => {
    expect(isPressOf(press({ key: 'n', ctrlKey: true }), ctrlN, false)).toBe(true);
    expect(isPressOf(press({ key: 'n', metaKey: true }), ctrlN, false)).toBe(false);
    expect(isPressOf(press({ key: 'n', metaKey: true }), ctrlN, true)).toBe(true);
    expect(isPressOf(press({ key: 'n', ctrlKey: true }), ctrlN, true)).toBe(false);
    expect(isPressOf(press({ key: 'n' }), ctrlN, false)).toBe(false);
  });

  it('ignores Caps Lock, and matches a digit by its key on layouts that shift digits', () => {
    expect(isPressOf(press({ key: 'N', ctrlKey: true }), ctrlN, false)).toBe(true);
    const ctrl1 = { key: '1', primary: true, code: 'Digit1' };
    expect(isPressOf(press({ key: '&', code: 'Digit1', ctrlKey: true }), ctrl1, false)).toBe(true);
    expect(isPressOf(press({ key: '2', code: 'Digit2', ctrlKey: true }), ctrl1, false)).toBe(false);
  });

  it('is not fooled by another modifier: Ctrl+Shift+Z is Redo, Ctrl+F1 is not F1', () => {
    const ctrlZ = { key: 'z', primary: true };
    expect(isPressOf(press({ key: 'Z', ctrlKey: true, shiftKey: true }), ctrlZ, false)).toBe(false);
    expect(isPressOf(press({ key: 'z', ctrlKey: true, altKey: true }), ctrlZ, false)).toBe(false);
    expect(isPressOf(press({ key: 'F1', ctrlKey: true }), { key: 'F1' }, false)).toBe(false);
    expect(isPressOf(press({ key: 'F1', shiftKey: true }), { key: 'F1' }, false)).toBe(false);
    expect(isPressOf(press({ key: 'F1' }), { key: 'F1' }, false)).toBe(true);
  });

  it('takes "?" however it is typed, with Shift or without', () => {
    expect(isPressOf(press({ key: '?', shiftKey: true }), { key: '?' }, false)).toBe(true);
    expect(isPressOf(press({ key: '?' }), { key: '?' }, true)).toBe(true);
    expect(isPressOf(press({ key: '?', ctrlKey: true }), { key: '?' }, false)).toBe(false);
  });
});

describe('keysLabel', () => {
  it("writes the platform's names: Ctrl on Linux and Windows, ⌘ on macOS", () => {
    expect(keysLabel({ key: 'n', primary: true }, false)).toBe('Ctrl+N');
    expect(keysLabel({ key: 'n', primary: true }, true)).toBe('⌘N');
    expect(keysLabel({ key: '/', primary: true }, true)).toBe('⌘/');
    expect(keysLabel({ key: 'F1' }, true)).toBe('F1');
    expect(keysLabel({ key: '?' }, false)).toBe('?');
  });
});
