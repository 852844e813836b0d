import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { dayOfInstant } from '../../../../src-main/shared/calendar';
import { CommunicationScreen } from '../../../../src-renderer/features/communication/CommunicationScreen';
import { currentTimeZone } from '../../../../src-renderer/features/mood/mood-form-state';
import { MoodScreen } from '../../../../src-renderer/features/mood/MoodScreen';
import { TodayScreen } from '../../../../src-renderer/features/today/TodayScreen';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { createTestApp } from '../../render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

// The screen and the test agree on today whatever the real date, hour or zone.
useFixedClock();
const today = () => dayOfInstant(new Date().toISOString(), currentTimeZone());

const LOW_LINE = /you do not have to carry it alone: there are people you can reach/;
const SAFETY_LINE = /If you ever feel unsafe, you do not owe your ex contact/;
const WHO_CAN_READ =
  'Anything saved here can be read by anyone who opens Mending on this computer. If that could be ' +
  'your ex, you can delete this entry.';

/** The words of the message line (without its Undo and Dismiss buttons). */
const savedWords = () => screen.getByRole('status').querySelector('span')?.textContent;

type User = ReturnType<typeof userEvent.setup>;

/** The fieldset a legend names. */
function group(container: HTMLElement, legend: string): HTMLElement {
  const fieldset = within(container).getByText(legend).closest('fieldset');
  if (!fieldset) throw new Error(`No group "${legend}"`);
  return fieldset;
}

async function checkIn(user: User, mood: number, hurt: number | null = null) {
  const form = await screen.findByRole('form', { name: 'Mood check-in' });
  await user.click(
    within(within(form).getByRole('group', { name: /^Mood/ })).getByRole('radio', {
      name: new RegExp(`^${mood}(,|$)`),
    }),
  );
  if (hurt !== null) {
    await user.click(within(form).getByText('Energy, how much it hurts, emotions, a note'));
    const scale = within(form).getByRole('group', { name: /^How much does it hurt/ });
    await user.click(within(scale).getByRole('radio', { name: new RegExp(`^${hurt}(,|$)`) }));
  }
  await user.click(within(form).getByRole('button', { name: 'Save check-in' }));
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toContain(`Mood ${mood} saved`),
  );
}

const storedDay = (app: ReturnType<typeof createTestApp>) =>
  app.db.prepare("SELECT value FROM settings WHERE key = 'lowEntrySupportDay'").pluck().get();

describe('the line pointing to Support after a very low entry', () => {
  it('appears on Today after a very low check-in, links to Support, and closes', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    app.render(<TodayScreen />);
    await checkIn(user, 2);
    // No thanks beside a mood of 2: the save is met gently.
    expect(savedWords()).toBe('Mood 2 saved. Go gently with yourself.');
    const line = (await screen.findByText(LOW_LINE)).closest('.signpost');
    if (!(line instanceof HTMLElement)) throw new Error('No signpost.');
    expect(within(line).getByRole('link', { name: 'See Support' }).getAttribute('href')).toBe(
      '#/support',
    );
    // Gentle: no alarm, no guilt, no count of hard days.
    expect(line.textContent).not.toMatch(/!|warning|worr|\d/i);
    // Who can read an entry is said after hostile contact, where it protects someone; not here.
    expect(line.textContent).not.toContain(WHO_CAN_READ);
    expect(storedDay(app)).toBe(JSON.stringify(today()));

    await user.click(within(line).getByRole('button', { name: 'Close this note' }));
    await waitFor(() => expect(screen.queryByText(LOW_LINE)).toBeNull());
  });

  it('appears at most once a day, even after the screen is opened again', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    const first = app.render(<TodayScreen />);
    await checkIn(user, 5, 9);
    expect(await screen.findByText(LOW_LINE)).toBeTruthy();
    first.unmount();

    // As after a reload: the same data, a fresh screen, another very low entry the same day.
    app.render(<TodayScreen />);
    await checkIn(user, 1);
    // Settled: the line would have come with the save's answer, which the status already shows.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByText(LOW_LINE)).toBeNull();
    // Without the line, the save's own words are still gentle.
    expect(savedWords()).toBe('Mood 1 saved. Go gently with yourself.');
    expect(app.db.prepare('SELECT COUNT(*) FROM mood_entries').pluck().get()).toBe(2);
  });

  it('stays away after an ordinary entry, and writes nothing for it', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    app.render(<TodayScreen />);
    await checkIn(user, 3, 8);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByText(LOW_LINE)).toBeNull();
    expect(savedWords()).toBe('Mood 3 saved. Thank you for checking in.');
    expect(storedDay(app)).toBeUndefined();
  });

  it('appears on the Mood screen after a very low entry made there', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    app.render(<MoodScreen />);
    const form = await screen.findByRole('form', { name: /mood entry/i });
    await user.click(
      within(within(form).getByRole('group', { name: /^Mood/ })).getByRole('radio', {
        name: /^1(,|$)/,
      }),
    );
    await user.click(within(form).getByRole('button', { name: 'Save entry' }));
    const line = await screen.findByText(LOW_LINE);
    expect(savedWords()).toBe('Saved. Go gently with yourself.');
    expect(within(line).getByRole('link', { name: 'See Support' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Close this note' }));
    await waitFor(() => expect(screen.queryByText(LOW_LINE)).toBeNull());
  });
});

describe('the line pointing to safety after hostile contact with the ex', () => {
  async function logContact(user: User, tone: 'Hostile' | 'Tense') {
    const f = screen.getByLabelText('Log a conversation');
    await user.click(within(f).getByLabelText('My ex'));
    await user.click(within(group(f, 'What brought it about?')).getByLabelText('They reached out'));
    await user.selectOptions(within(f).getByLabelText('Tone'), tone);
    await user.click(within(f).getByText('Save conversation'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Saved'));
  }

  it('appears each time contact is recorded as hostile, and leads to the part about safety', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    app.render(<CommunicationScreen />);
    await screen.findByLabelText('Log a conversation');
    await logContact(user, 'Tense');
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByText(SAFETY_LINE)).toBeNull();
    expect(savedWords()).toBe('Saved.');

    await logContact(user, 'Hostile');
    const line = await screen.findByText(SAFETY_LINE);
    // Beside the safety line, the save says only that it is saved: a hostile contact is not
    // practice to be praised.
    expect(savedWords()).toBe('Saved.');
    expect(
      within(line)
        .getByRole('link', { name: 'When contact with your ex is unsafe' })
        .getAttribute('href'),
    ).toBe('#/support?part=unsafe-contact');
    // Truthful about who could read what was just saved, and what the person can do about it.
    const signpost = line.closest('.signpost');
    if (!(signpost instanceof HTMLElement)) throw new Error('No signpost.');
    expect(within(signpost).getByText(WHO_CAN_READ)).toBeTruthy();
    // The entry it speaks of can be deleted right there, in the list of conversations.
    expect(screen.getAllByRole('button', { name: /^Delete/ }).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Close this note' }));
    await waitFor(() => expect(screen.queryByText(SAFETY_LINE)).toBeNull());

    // Each time, not once a day: safety is worth saying again.
    await logContact(user, 'Hostile');
    expect(await screen.findByText(SAFETY_LINE)).toBeTruthy();
    expect(app.db.prepare('SELECT COUNT(*) FROM communication_entries').pluck().get()).toBe(3);
  });
});
