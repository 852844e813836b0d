import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MoodScreen } from '../../../../src-renderer/features/mood/MoodScreen';
import { renderWithApp } from '../../render-app';

afterEach(cleanup);

function countRows(db: ReturnType<typeof renderWithApp>['db']): number {
  return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM mood_entries').get()?.n ?? -1;
}

describe('Mood screen', () => {
  it('saves an entry with emotions and a note, and lists it under today', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<MoodScreen />);
    expect(await screen.findByText(/Nothing here yet/)).toBeTruthy();

    await user.type(screen.getByRole('spinbutton', { name: /^Mood/ }), '7');
    await user.click(screen.getByRole('button', { name: 'hopeful' }));
    await user.type(screen.getByLabelText(/^Note/), 'Slept well');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Saved'));
    const entry = await screen.findByRole('listitem', { name: /Mood 7 at/ });
    expect(within(entry).getByText('hopeful')).toBeTruthy();
    expect(within(entry).getByText('Slept well')).toBeTruthy();
    expect(countRows(db)).toBe(1);
    // The form is ready for the next entry.
    expect((screen.getByRole('spinbutton', { name: /^Mood/ }) as HTMLInputElement).value).toBe('');
  });

  it('shows the contract’s message next to a missing mood and writes nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<MoodScreen />);
    await user.click(await screen.findByRole('button', { name: 'Save entry' }));

    const mood = screen.getByRole('spinbutton', { name: /^Mood/ });
    await waitFor(() => expect(mood.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(mood.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe('Mood must be a whole number from 1 to 10.');
    expect(countRows(db)).toBe(0);
  });

  it('rejects an impossible date with a message beside the date', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<MoodScreen />);
    const date = await screen.findByLabelText('Date');
    await user.clear(date);
    await user.type(screen.getByRole('spinbutton', { name: /^Mood/ }), '5');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toBe('Choose a real date and time.');
    expect(countRows(db)).toBe(0);
  });

  it('edits an entry in place, undoes the edit, deletes it and undoes the deletion', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<MoodScreen />);
    const allRows = () => db.prepare('SELECT * FROM mood_entries').all();
    await user.type(await screen.findByRole('spinbutton', { name: /^Mood/ }), '4');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    const entry = await screen.findByRole('listitem', { name: /Mood 4 at/ });
    const asSaved = allRows();

    await user.click(within(entry).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit mood entry' });
    const mood = within(form).getByRole('spinbutton', { name: /^Mood/ });
    await user.clear(mood);
    await user.type(mood, '8');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('listitem', { name: /Mood 8 at/ });
    expect(db.prepare('SELECT mood FROM mood_entries').pluck().all()).toEqual([8]);

    // Undo after an edit puts back exactly what was there, times included.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const restored = await screen.findByRole('listitem', { name: /Mood 4 at/ });
    expect(allRows()).toEqual(asSaved);

    await user.click(within(restored).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/Nothing here yet/)).toBeTruthy();
    expect(allRows()).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain('Mood entry deleted.');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('listitem', { name: /Mood 4 at/ });
    expect(allRows()).toEqual(asSaved);
  });
});
