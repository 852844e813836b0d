import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dayOfInstant } from '../../../../src-main/shared/calendar';
import { BreakupDaySettings } from '../../../../src-renderer/features/settings/BreakupDaySettings';
import { currentTimeZone } from '../../../../src-renderer/features/mood/mood-form-state';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { createTestApp, renderWithApp } from '../../render-app';

afterEach(cleanup);

// The card and the test agree on today whatever the real date, hour or zone.
useFixedClock();
const today = () => dayOfInstant(new Date().toISOString(), currentTimeZone());

type Db = ReturnType<typeof renderWithApp>['db'];
const storedDay = (db: Db) =>
  db.prepare("SELECT value FROM settings WHERE key = 'breakupDay'").pluck().get();

/** The day field, once the saved settings are read (it is disabled until then). */
async function dayField(): Promise<HTMLInputElement> {
  const field = await screen.findByLabelText(/The day you broke up/);
  if (!(field instanceof HTMLInputElement)) throw new Error('No date field.');
  await waitFor(() => expect(field.disabled).toBe(false));
  return field;
}

const errorOf = (field: HTMLElement) =>
  document.getElementById(field.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '')
    ?.textContent;

describe('the breakup day in Settings', () => {
  it('says what the day is for, in the welcome’s words, and that no day is fine', async () => {
    renderWithApp(<BreakupDaySettings />);
    expect(screen.getByRole('heading', { name: 'When it ended' })).toBeTruthy();
    expect(
      screen.getByText(/time you have spent healing since then: time spent, never time left/),
    ).toBeTruthy();
    await dayField();
    expect(await screen.findByText(/No day is saved, and that is fine/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clear the day' })).toBeNull();
  });

  it('saves a day, and Undo puts back no day at all', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<BreakupDaySettings />);
    const field = await dayField();
    const day = addDays(today(), -40);
    fireEvent.change(field, { target: { value: day } });
    await user.click(screen.getByRole('button', { name: 'Save the day' }));
    await waitFor(() => expect(storedDay(db)).toBe(JSON.stringify(day)));
    expect(screen.getByRole('status').textContent).toContain('Date saved.');
    expect(field.getAttribute('aria-invalid')).not.toBe('true');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(storedDay(db)).toBeUndefined());
    await waitFor(() => expect(field.value).toBe(''));
  });

  it('refuses a day after today on the field, with the welcome’s words, and saves nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<BreakupDaySettings />);
    const field = await dayField();
    expect(field.max).toBe(today());
    fireEvent.change(field, { target: { value: addDays(today(), 1) } });
    await user.click(screen.getByRole('button', { name: 'Save the day' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(field)).toBe(
      'Choose a day that has already come (today or earlier), or leave it empty.',
    );
    expect(storedDay(db)).toBeUndefined();
    // Today itself is a day that has come.
    fireEvent.change(field, { target: { value: today() } });
    await user.click(screen.getByRole('button', { name: 'Save the day' }));
    await waitFor(() => expect(storedDay(db)).toBe(JSON.stringify(today())));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).not.toBe('true'));
  });

  it('clears a saved day, and Undo brings the same day back', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    const day = addDays(today(), -100);
    await app.dispatch('settings:update', { breakupDay: day });
    app.render(<BreakupDaySettings />);
    const field = await dayField();
    await waitFor(() => expect(field.value).toBe(day));
    await user.click(screen.getByRole('button', { name: 'Clear the day' }));
    await waitFor(() => expect(storedDay(app.db)).toBeUndefined());
    await waitFor(() => expect(field.value).toBe(''));
    expect(screen.getByRole('status').textContent).toContain('Date removed.');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(storedDay(app.db)).toBe(JSON.stringify(day)));
    await waitFor(() => expect(field.value).toBe(day));
  });

  it('shows the main process’s refusal beside the field, and saves nothing', async () => {
    const user = userEvent.setup();
    // A main process whose clock is ten days behind the page's: the page's yesterday is, for it,
    // more than a day ahead, so the page's own check passes and main refuses.
    const app = createTestApp({ now: () => new Date(Date.now() - 10 * 86_400_000) });
    app.render(<BreakupDaySettings />);
    const field = await dayField();
    fireEvent.change(field, { target: { value: addDays(today(), -1) } });
    await user.click(screen.getByRole('button', { name: 'Save the day' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(field)).toMatch(/^The day you broke up is after today/);
    expect(storedDay(app.db)).toBeUndefined();
  });
});
