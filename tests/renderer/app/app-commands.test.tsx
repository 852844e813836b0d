import '../dialog-polyfill';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SECTIONS } from '../../../src-main/shared/sections';
import {
  MENU_GLOBAL,
  SHORTCUTS,
  keysLabel,
  type MenuCommand,
  type PageKeys,
} from '../../../src-main/shared/shortcuts';
import { OPEN_SOURCE_COMPONENTS } from '../../../src-main/shared/open-source';
import { App } from '../../../src-renderer/app/App';
import {
  LEAVE_TYPING_QUESTION,
  holdsTyping,
  isMacPlatform,
  isTextEditing,
  shortcutForPress,
} from '../../../src-renderer/app/app-commands';
import { ShortcutsHelp } from '../../../src-renderer/app/ShortcutsHelp';
import { press } from '../../helpers/key-press';
import { renderWithApp } from '../render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
  Reflect.deleteProperty(window, MENU_GLOBAL);
});

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

/** Presses `keys` as Linux or Windows would send them (these tests run with Ctrl). */
function pressKeys(keys: PageKeys, target: Element | Window = document.activeElement ?? window) {
  fireEvent.keyDown(target, {
    key: keys.key,
    code: keys.code ?? '',
    ctrlKey: keys.primary === true,
    shiftKey: keys.key === '?',
  });
}

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const moodScale = () => screen.findByRole('group', { name: /^Mood/ });

/** Puts a stand-in for the preload's menu global on the window; returns how to choose an item. */
function installMenu() {
  const listeners = new Set<(command: unknown) => void>();
  Object.defineProperty(window, MENU_GLOBAL, {
    configurable: true,
    value: {
      onCommand(listener: (command: unknown) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  });
  return {
    choose: (command: MenuCommand | string) =>
      act(async () => {
        for (const listener of listeners) listener(command);
      }),
    listening: () => listeners.size,
  };
}

/** Saves a check-in on Today, which offers Undo; returns the way to count saved entries. */
async function saveCheckIn(user: ReturnType<typeof userEvent.setup>) {
  const scale = await moodScale();
  await user.click(within(scale).getByRole('radio', { name: '6' }));
  await user.click(screen.getByRole('button', { name: 'Save check-in' }));
  await screen.findByRole('button', { name: 'Undo' });
}

describe('the keys of every declared shortcut', () => {
  it.each(
    SHORTCUTS.filter((s) => s.command.startsWith('go:')).flatMap((s) =>
      s.keys.map((keys) => ({ s, keys })),
    ),
  )(
    '$keys.key goes to its section, from anywhere, and moves the focus to the page',
    async ({ s, keys }) => {
      renderWithApp(<App />);
      await goTo(s.command === 'go:today' ? '#/mood' : '#/today');
      await screen.findByRole('heading', { level: 1 });
      const section = SECTIONS.find(({ id }) => `go:${id}` === s.command);
      act(() => pressKeys(keys));
      await waitFor(() => expect(document.title).toBe(`${section?.label} · Mending`));
      const nav = screen.getByRole('navigation', { name: 'Sections' });
      expect(within(nav).getByRole('link', { current: 'page' }).textContent).toBe(section?.label);
      expect(window.location.hash).toBe(`#/${section?.id}`);
      expect(document.activeElement).toBe(screen.getByRole('main'));
    },
  );

  it('Ctrl+N opens the check-in on Today with the mood scale focused, from another screen', async () => {
    renderWithApp(<App />);
    await goTo('#/habits');
    await screen.findByRole('heading', { level: 1, name: 'Habits' });
    act(() => pressKeys({ key: 'n', primary: true }));
    const scale = await moodScale();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(scale).getAllByRole('radio')[0]),
    );
    expect(heading()).toBe('Today');
  });

  it('Ctrl+N on Today focuses the value already chosen, and keeps what is being written', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />);
    const scale = await moodScale();
    await user.click(within(scale).getByRole('radio', { name: '4' }));
    await user.click(screen.getByRole('link', { name: 'Today' }));
    act(() => pressKeys({ key: 'n', primary: true }));
    await waitFor(() =>
      expect(document.activeElement).toBe(within(scale).getByRole('radio', { name: '4' })),
    );
    expect(within(scale).getByRole<HTMLInputElement>('radio', { name: '4' }).checked).toBe(true);
  });

  it('Ctrl+/ and ? open the shortcuts help, which lists every shortcut with Ctrl', async () => {
    for (const keys of [{ key: '/', primary: true }, { key: '?' }]) {
      renderWithApp(<App />);
      await moodScale();
      act(() => pressKeys(keys));
      const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
      const rows = within(help).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(SHORTCUTS.length);
      SHORTCUTS.forEach((shortcut, index) => {
        const row = rows[index];
        expect(row?.textContent).toContain(shortcut.does);
        for (const k of shortcut.keys) expect(row?.textContent).toContain(keysLabel(k, false));
      });
      expect(help.textContent).toContain('Ctrl+1');
      expect(help.textContent).not.toContain('⌘');
      cleanup();
    }
  });
});

describe('words typed but not saved', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Mood's new entry with words in its note, the focus still in it. */
  async function typeANote(user: ReturnType<typeof userEvent.setup>) {
    renderWithApp(<App />);
    await goTo('#/mood');
    const note = await screen.findByRole('textbox', { name: /^Note/ });
    await user.type(note, 'Half a thought');
    expect(document.activeElement).toBe(note);
    return note;
  }

  it('a section key asks first, and staying keeps the screen and every word', async () => {
    const user = userEvent.setup();
    const asked = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const note = await typeANote(user);
    act(() => pressKeys({ key: '3', code: 'Digit3', primary: true }));
    expect(asked).toHaveBeenCalledWith(LEAVE_TYPING_QUESTION);
    expect(window.location.hash).toBe('#/mood');
    expect(heading()).toBe('Mood');
    expect((note as HTMLTextAreaElement).value).toBe('Half a thought');
  });

  it('leaving when the person says so goes there, from the keys and from the menu alike', async () => {
    const user = userEvent.setup();
    const asked = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const menu = installMenu();
    await typeANote(user);
    await menu.choose('new-mood-entry');
    expect(asked).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(heading()).toBe('Today'));
  });

  it('an empty box, a picked date or a button asks nothing', async () => {
    const asked = vi.spyOn(window, 'confirm');
    renderWithApp(<App />);
    await goTo('#/mood');
    (await screen.findByRole('textbox', { name: /^Note/ })).focus();
    act(() => pressKeys({ key: '3', code: 'Digit3', primary: true }));
    await waitFor(() => expect(heading()).toBe('Habits'));
    expect(asked).not.toHaveBeenCalled();
    const date = document.createElement('input');
    date.type = 'date';
    date.value = '2026-11-30';
    const words = document.createElement('textarea');
    words.value = '  ';
    expect([holdsTyping(date), holdsTyping(words), holdsTyping(document.body)]).toEqual([
      false,
      false,
      false,
    ]);
    words.value = 'a word';
    expect(holdsTyping(words)).toBe(true);
  });
});

describe('Undo from the keyboard', () => {
  it('outside a text box, Ctrl+Z does the Undo the screen offers', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<App />);
    await saveCheckIn(user);
    expect(db.prepare('SELECT COUNT(*) FROM mood_entries').pluck().get()).toBe(1);
    // The focus is on the Save button, which types nothing.
    act(() => pressKeys({ key: 'z', primary: true }));
    await screen.findByText('Undone: everything is as it was.');
    expect(db.prepare('SELECT COUNT(*) FROM mood_entries').pluck().get()).toBe(0);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('inside a text box, Ctrl+Z is the box’s own undo and the saved entry stays', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<App />);
    await saveCheckIn(user);
    await user.click(screen.getByText(/Energy, how much it hurts/));
    const note = screen.getByLabelText(/^Note/);
    await user.click(note);
    const event = createEvent('z');
    note.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    expect(db.prepare('SELECT COUNT(*) FROM mood_entries').pluck().get()).toBe(1);
  });

  it('leaves Ctrl+Shift+Z (Redo) and Ctrl+Z with nothing on offer alone', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<App />);
    await saveCheckIn(user);
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    expect(db.prepare('SELECT COUNT(*) FROM mood_entries').pluck().get()).toBe(1);
  });
});

function createEvent(key: string): KeyboardEvent {
  return new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, cancelable: true });
}

describe('the app menu', () => {
  it('runs the commands it sends, through the preload’s global, and nothing else', async () => {
    const menu = installMenu();
    renderWithApp(<App />);
    await moodScale();
    expect(menu.listening()).toBe(1);
    await menu.choose('go:journey');
    await waitFor(() => expect(document.title).toBe('Journey · Mending'));
    await menu.choose('go:welcome');
    await menu.choose('reload');
    expect(document.title).toBe('Journey · Mending');
    await menu.choose('new-mood-entry');
    await waitFor(() => expect(heading()).toBe('Today'));
    await menu.choose('show-about');
    expect(await screen.findByRole('dialog', { name: 'About Mending' })).toBeTruthy();
    cleanup();
    expect(menu.listening()).toBe(0);
  });

  it('Edit › Undo undoes the typing inside a text box, and the screen’s Undo outside one', async () => {
    const menu = installMenu();
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand;
    const user = userEvent.setup();
    const { db } = renderWithApp(<App />);
    await saveCheckIn(user);
    await user.click(screen.getByText(/Energy, how much it hurts/));
    await user.click(screen.getByLabelText(/^Note/));
    await menu.choose('undo');
    expect(execCommand).toHaveBeenCalledExactlyOnceWith('undo');
    expect(db.prepare('SELECT COUNT(*) FROM mood_entries').pluck().get()).toBe(1);

    await user.click(screen.getByRole('heading', { level: 1 }));
    await menu.choose('undo');
    await screen.findByText('Undone: everything is as it was.');
    expect(execCommand).toHaveBeenCalledTimes(1);
    expect(db.prepare('SELECT COUNT(*) FROM mood_entries').pluck().get()).toBe(0);
  });

  it('a command chosen while a dialog is open closes it first, then runs', async () => {
    const menu = installMenu();
    renderWithApp(<App />);
    await moodScale();
    await menu.choose('show-shortcuts');
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await menu.choose('go:settings');
    await waitFor(() => expect(heading()).toBe('Settings'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});

describe('the dialogs', () => {
  it('close with Escape or Close, and give the focus back to where it was', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />);
    const scale = await moodScale();
    const radio = within(scale).getByRole('radio', { name: '3' });
    await user.click(radio);
    act(() => pressKeys({ key: '/', primary: true }));
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(document.activeElement).toBe(within(help).getByRole('button', { name: 'Close' }));
    fireEvent.keyDown(help, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(radio);

    act(() => pressKeys({ key: '/', primary: true }, radio));
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(radio);
  });

  it('keep Tab inside, wrapping at either end', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />);
    await moodScale();
    act(() => pressKeys({ key: '/', primary: true }));
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const close = within(help).getByRole('button', { name: 'Close' });
    // The help's only control: Tab and Shift+Tab both stay on it.
    await user.tab();
    expect(document.activeElement).toBe(close);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(close);
  });

  it('About gives the name, the version, the licence plainly, the components and their licences', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />);
    await goTo('#/settings');
    await user.click(await screen.findByRole('button', { name: 'About Mending' }));
    const about = await screen.findByRole('dialog', { name: 'About Mending' });
    await waitFor(() => expect(about.textContent).toContain('Versiontest'));
    expect(about.textContent).toContain('UNLICENSED. All rights reserved');
    const items = within(about).getAllByRole('listitem');
    expect(items).toHaveLength(OPEN_SOURCE_COMPONENTS.length);
    OPEN_SOURCE_COMPONENTS.forEach(({ name, licence }, index) => {
      expect(items[index]?.textContent).toContain(`${name} (${licence})`);
    });
    expect(about.textContent).toContain('makes no network request of any kind');
    await user.click(within(about).getByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'About Mending' }));

    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts (Ctrl+/)' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });
});

describe('the shortcuts help on a Mac', () => {
  it('writes the command key as ⌘, never Ctrl', () => {
    render(<ShortcutsHelp isMac onClose={() => undefined} />);
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const shortcut of SHORTCUTS) {
      for (const keys of shortcut.keys) expect(help.textContent).toContain(keysLabel(keys, true));
    }
    expect(help.textContent).toContain('⌘1');
    expect(help.textContent).toContain('⌘Z undoes your typing');
    expect(help.textContent).not.toContain('Ctrl');
  });
});

describe('shortcutForPress', () => {
  const off = { isMac: false, menuOwnsKeys: false, isTyping: false };

  it('finds each shortcut by its keys', () => {
    for (const shortcut of SHORTCUTS) {
      for (const keys of shortcut.keys) {
        const found = shortcutForPress(
          press({ key: keys.key, code: keys.code ?? '', ctrlKey: keys.primary === true }),
          off,
        );
        expect(found?.command, keysLabel(keys, false)).toBe(shortcut.command);
      }
    }
  });

  it('while typing, leaves "?" and Ctrl+Z to the text box, but not the other keys', () => {
    const typing = { ...off, isTyping: true };
    expect(shortcutForPress(press({ key: '?', shiftKey: true }), typing)).toBeNull();
    expect(shortcutForPress(press({ key: 'z', ctrlKey: true }), typing)).toBeNull();
    expect(shortcutForPress(press({ key: 'F1' }), typing)?.command).toBe('go:support');
    expect(shortcutForPress(press({ key: '/', ctrlKey: true }), typing)?.command).toBe(
      'show-shortcuts',
    );
    expect(shortcutForPress(press({ key: 'n', ctrlKey: true }), typing)?.command).toBe(
      'new-mood-entry',
    );
  });

  it('on macOS with the app menu, leaves the keys the menu shows to the menu', () => {
    const mac = { isMac: true, menuOwnsKeys: true, isTyping: false };
    expect(shortcutForPress(press({ key: 'n', metaKey: true }), mac)).toBeNull();
    expect(shortcutForPress(press({ key: 'F1' }), mac)).toBeNull();
    expect(shortcutForPress(press({ key: '?' }), mac)?.command).toBe('show-shortcuts');
    // In a plain browser on a Mac (no menu), ⌘ does it.
    const macPage = { ...mac, menuOwnsKeys: false };
    expect(shortcutForPress(press({ key: 'n', metaKey: true }), macPage)?.command).toBe(
      'new-mood-entry',
    );
  });
});

describe('isTextEditing and isMacPlatform', () => {
  it('count boxes that take typing, and not choices or buttons', () => {
    const make = (html: string) => {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      return holder.firstElementChild;
    };
    expect(isTextEditing(make('<textarea></textarea>'))).toBe(true);
    for (const type of ['text', 'search', 'number', 'date', 'time', 'datetime-local']) {
      expect(isTextEditing(make(`<input type="${type}">`)), type).toBe(true);
    }
    for (const type of ['radio', 'checkbox', 'button', 'submit', 'range']) {
      expect(isTextEditing(make(`<input type="${type}">`)), type).toBe(false);
    }
    expect(isTextEditing(make('<button>Save</button>'))).toBe(false);
    expect(isTextEditing(null)).toBe(false);
  });

  it('tell macOS from the others', () => {
    expect(isMacPlatform({ platform: 'MacIntel', userAgent: '' })).toBe(true);
    expect(isMacPlatform({ platform: 'Linux x86_64', userAgent: '' })).toBe(false);
    expect(isMacPlatform({ platform: 'Win32', userAgent: '' })).toBe(false);
    expect(
      isMacPlatform({ platform: '', userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X)' }),
    ).toBe(true);
  });
});
