import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { UnavoidableContactSettings } from '../../../../src-renderer/features/settings/UnavoidableContactSettings';
import { renderWithApp } from '../../render-app';

afterEach(cleanup);

type Db = ReturnType<typeof renderWithApp>['db'];
const settingsRows = (db: Db) => db.prepare('SELECT * FROM settings ORDER BY key').all();
const storedSituations = (db: Db) =>
  db.prepare("SELECT value FROM settings WHERE key = 'unavoidableSituations'").pluck().get();

describe('Unavoidable contact settings', () => {
  it('explains itself without a rule about contact, and starts with nothing ticked', async () => {
    const { container } = renderWithApp(<UnavoidableContactSettings />);
    expect(screen.getByRole('heading', { name: 'Ties with your ex' })).toBeTruthy();
    expect(
      screen.getByText(
        'Some contact comes with a shared life: children, a home, work or school. Tick any that apply; you can change this any time.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByRole('group', { name: 'Which of these apply to you and your ex?' }),
    ).toBeTruthy();
    // What it is for, in plain words, never how the app works inside.
    expect(
      screen.getByText(
        'It helps fill in your notes about contact with your ex, and you can change it in each note.',
      ),
    ).toBeTruthy();
    expect(container.textContent).not.toMatch(/filled in from|brought it about/);
    // No double negative that brings "no contact" back as a rule, and no promise about how it goes.
    expect(container.textContent).not.toMatch(/no contact|cannot avoid|unavoidable|calmer/i);
    const boxes = await screen.findAllByRole('checkbox');
    await waitFor(() => expect(boxes.every((b) => !(b as HTMLInputElement).disabled)).toBe(true));
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([false, false, false]);
  });

  it('saves each tick at once, and Undo puts back exactly what was there', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<UnavoidableContactSettings />);
    const work = await screen.findByRole('checkbox', { name: 'We work or study together' });
    const children = screen.getByRole('checkbox', { name: 'We have children together' });
    await waitFor(() => expect((work as HTMLInputElement).disabled).toBe(false));

    await user.click(work);
    await waitFor(() => expect(storedSituations(db)).toBe('["working_or_studying_together"]'));
    const afterFirst = settingsRows(db);
    await user.click(children);
    await waitFor(() =>
      expect(storedSituations(db)).toBe('["children_together","working_or_studying_together"]'),
    );
    expect((children as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('Saved as you tick.');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect((children as HTMLInputElement).checked).toBe(false));
    expect(storedSituations(db)).toBe('["working_or_studying_together"]');
    expect(settingsRows(db)[0]).toMatchObject({ key: 'unavoidableSituations' });

    // Unticking the last one and undoing it leaves the table as it was after the first tick.
    await user.click(work);
    await waitFor(() => expect(settingsRows(db)).toEqual([]));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect((work as HTMLInputElement).checked).toBe(true));
    expect(settingsRows(db)).toMatchObject(
      afterFirst.map((row) => ({ ...(row as object), updated_at: expect.any(String) })),
    );
  });
});
