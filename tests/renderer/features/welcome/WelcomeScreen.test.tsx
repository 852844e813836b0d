import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, dayOfInstant } from '../../../../src-main/shared/calendar';
import { App } from '../../../../src-renderer/app/App';
import { currentTimeZone } from '../../../../src-renderer/features/mood/mood-form-state';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { createTestApp } from '../../render-app';

beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

useFixedClock();
const today = () => dayOfInstant(new Date().toISOString(), currentTimeZone());

type TestApp = ReturnType<typeof createTestApp>;
const setting = (app: TestApp, key: string) =>
  app.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key);

/** The app as it really starts (main.tsx), at the address it opens at. */
function start(app: TestApp) {
  return app.render(<App opensWelcomeOnFirstStart />);
}

const h1 = () => screen.getByRole('heading', { level: 1 });

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('the welcome', () => {
  it('opens on the first start with warm words, no countdown, and what the app does', async () => {
    const app = createTestApp();
    start(app);
    await waitFor(() => expect(h1().textContent).toBe('Welcome to Mending'));
    const words = screen.getByRole('main').textContent ?? '';
    expect(words).toContain('Healing comes first.');
    expect(words).toContain('there is no countdown here');
    expect(words).toContain('Healing counts, whatever happens next.');
    expect(words).toContain('Mending never sends anything anywhere.');
    // Literally true: no password, no encryption, so it says who can read it and how to delete it.
    expect(words).toContain(
      'What you record is kept on this computer, in one file and its backups, not encrypted and ' +
        'with no password: anyone who can use this computer can open Mending and read it. You ' +
        'can delete everything in Settings at any time.',
    );
    expect(words).toContain('Step 1 of 4');
    expect(words).not.toMatch(/days? (left|to go)|win (them|your ex) back|\bhe\b|\bshe\b/i);
    // Support, and every screen, stay one step away.
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Support' })).toBeTruthy();
    expect(document.title).toBe('Welcome · Mending');
  });

  it('skipped at the first step, it stores "skipped", opens Today, and never opens again', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    const first = start(app);
    await waitFor(() => expect(h1().textContent).toBe('Welcome to Mending'));
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    await waitFor(() => expect(h1().textContent).toBe('Today'));
    expect(setting(app, 'welcome')).toBe('"skipped"');
    expect(setting(app, 'breakupDay')).toBeUndefined();
    first.unmount();

    // The next start, at the start address: Today, and still Today once the settings are read.
    window.location.hash = '';
    start(app);
    expect(h1().textContent).toBe('Today');
    await screen.findByRole('form', { name: 'Mood check-in' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(h1().textContent).toBe('Today');
    expect(window.location.hash).toBe('');
  });

  it('goes through every step: ties saved as in Settings, the day checked, then finished', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    start(app);
    await waitFor(() => expect(h1().textContent).toBe('Welcome to Mending'));
    await user.click(screen.getByRole('button', { name: 'Begin' }));

    // Step 2: the very setting Settings shows, with its labels, saved at once.
    await waitFor(() => expect(h1().textContent).toBe('What you share with your ex'));
    expect(document.activeElement).toBe(h1());
    expect(screen.getByText('Step 2 of 4')).toBeTruthy();
    // Plain words, said once: where to change it later and what it is for, never how it works.
    const tiesWords = screen.getByRole('main').textContent ?? '';
    expect(tiesWords).toContain(
      'You can change this later in Settings. It helps fill in your notes about contact.',
    );
    expect(tiesWords).not.toMatch(/›|filled in from|same choice as|sidebar/);
    expect(tiesWords.match(/It helps fill in your notes/g)).toHaveLength(1);
    const home = await screen.findByRole('checkbox', { name: 'We live together' });
    await waitFor(() => expect((home as HTMLInputElement).disabled).toBe(false));
    await user.click(home);
    await waitFor(() => expect(setting(app, 'unavoidableSituations')).toBe('["living_together"]'));
    // Each tick is saved at once, and the message says so, with Undo.
    expect(await screen.findByText('Saved as you tick.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    // Step 3: optional, says what it is for, refuses a day still to come and saves nothing.
    await waitFor(() => expect(h1().textContent).toBe('When it ended'));
    expect(screen.getByText(/time you have spent healing since then/)).toBeTruthy();
    const dayInput = screen.getByLabelText(/^The day you broke up/) as HTMLInputElement;
    expect(dayInput.max).toBe(today());
    fireEvent.change(dayInput, { target: { value: addDays(today(), 1) } });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const error = await screen.findByText(
      'Choose a day that has already come (today or earlier), or leave it empty.',
    );
    expect(dayInput.getAttribute('aria-invalid')).toBe('true');
    expect(dayInput.getAttribute('aria-describedby')).toBe(error.id);
    expect(setting(app, 'breakupDay')).toBeUndefined();
    expect(setting(app, 'welcome')).toBeUndefined();

    const day = addDays(today(), -40);
    fireEvent.change(dayInput, { target: { value: day } });
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    // Step 4: done, stored, and the day can be taken back with Undo.
    await waitFor(() => expect(h1().textContent).toBe('You are all set'));
    expect(setting(app, 'welcome')).toBe('"finished"');
    expect(setting(app, 'breakupDay')).toBe(JSON.stringify(day));
    expect(
      screen.getByText(
        'Support: people to turn to on a hard night. It is always in the navigation, or press F1.',
      ),
    ).toBeTruthy();
    expect(await screen.findByText('Date saved.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(setting(app, 'breakupDay')).toBeUndefined());
    expect(setting(app, 'welcome')).toBe('"finished"');

    await user.click(screen.getByRole('link', { name: 'Go to Today' }));
    await waitFor(() => expect(h1().textContent).toBe('Today'));
  });

  it('"Not now" at the day leaves the day unsaved and the welcome skipped', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    start(app);
    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(h1().textContent).toBe('When it ended'));
    fireEvent.change(screen.getByLabelText(/^The day you broke up/), {
      target: { value: addDays(today(), -3) },
    });
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(h1().textContent).toBe('Today'));
    expect(setting(app, 'welcome')).toBe('"skipped"');
    expect(setting(app, 'breakupDay')).toBeUndefined();
  });

  it('never moves a person away from a screen they started on, and Back keeps what was said', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    window.location.hash = '#/mood';
    start(app);
    await screen.findByRole('form', { name: /mood entry/i });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(h1().textContent).toBe('Mood');

    await goTo('#/welcome');
    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    await waitFor(() => expect(h1().textContent).toBe('Welcome to Mending'));
  });

  it('clears a day saved before when the field is emptied, says so plainly, and Undo brings it back', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    const day = addDays(today(), -10);
    expect(
      await app.dispatch('settings:update', { welcome: 'finished', breakupDay: day }),
    ).toMatchObject({ ok: true });
    start(app);
    await goTo('#/welcome');
    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    const dayInput = (await screen.findByLabelText(/^The day you broke up/)) as HTMLInputElement;
    await waitFor(() => expect(dayInput.value).toBe(day));
    expect(
      screen.getByText('You can leave it empty, and add, change or clear it later in Settings.'),
    ).toBeTruthy();
    fireEvent.change(dayInput, { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(h1().textContent).toBe('You are all set'));
    expect(await screen.findByText('Date removed.')).toBeTruthy();
    expect(setting(app, 'breakupDay')).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(setting(app, 'breakupDay')).toBe(JSON.stringify(day)));
  });

  it('opens again from Settings, by choice, showing the day already saved', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    const day = addDays(today(), -10);
    expect(
      await app.dispatch('settings:update', { welcome: 'finished', breakupDay: day }),
    ).toMatchObject({ ok: true });
    start(app);
    await goTo('#/settings');
    const card = (await screen.findByRole('heading', { name: 'Welcome' })).closest('.card');
    if (!(card instanceof HTMLElement)) throw new Error('No welcome card in Settings.');
    await user.click(within(card).getByRole('button', { name: 'Show the welcome again' }));
    await waitFor(() => expect(h1().textContent).toBe('Welcome to Mending'));
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    const dayInput = (await screen.findByLabelText(/^The day you broke up/)) as HTMLInputElement;
    await waitFor(() => expect(dayInput.value).toBe(day));
    // Skipping a welcome finished before keeps it finished.
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(h1().textContent).toBe('Today'));
    expect(setting(app, 'welcome')).toBe('"finished"');
    expect(setting(app, 'breakupDay')).toBe(JSON.stringify(day));
  });
});
