import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUPS_STILL_HOLD_IT } from '../../../../src-renderer/app/backups-note';
import { createMoodService } from '../../../../src-main/services/mood-service';
import { EmotionTagSettings } from '../../../../src-renderer/features/settings/EmotionTagSettings';
import { snapshotAllTables } from '../../../helpers/test-db';
import { renderWithApp } from '../../render-app';
import { renderWithFailing } from '../../failing-app';

afterEach(cleanup);

/** Shows its children only when asked, so a test can put data in the database first. */
function OpenLater({ children }: { children: ReactNode }) {
  const [isOpen, setIsOpen] = useState(false);
  return isOpen ? children : <button onClick={() => setIsOpen(true)}>Open</button>;
}

type Db = ReturnType<typeof renderWithApp>['db'];

function customWords(db: Db): unknown[] {
  return db.prepare('SELECT name FROM custom_emotion_tags').pluck().all();
}

const field = () => screen.getByRole('textbox', { name: 'New word' });
const status = () => screen.getByRole('status').textContent;

describe('Settings: your own emotion words', () => {
  it('adds a word, lists it, and Undo takes it away again', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<EmotionTagSettings />);
    expect(
      await screen.findByText(
        'No words of your own yet. Type one in New word above and choose Add word.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/Built in: calm, hopeful/)).toBeTruthy();
    // Nothing to remove yet, so nothing about removing.
    expect(screen.queryByText(/Removing a word takes it off this list/)).toBeNull();

    await user.type(field(), '  wistful {Enter}');
    const list = await screen.findByRole('list', { name: 'Your words' });
    expect(within(list).getByText('wistful')).toBeTruthy();
    expect(screen.getByText(/Removing a word takes it off this list/)).toBeTruthy();
    expect(within(list).getByText('not used yet')).toBeTruthy();
    expect(customWords(db)).toEqual(['wistful']);
    expect(status()).toContain('“wistful” added to your emotions.');
    expect((field() as HTMLInputElement).value).toBe('');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByText(
        'No words of your own yet. Type one in New word above and choose Add word.',
      ),
    ).toBeTruthy();
    expect(customWords(db)).toEqual([]);
  });

  it('shows why a word is refused next to the field, and saves nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<EmotionTagSettings />);
    await screen.findByText(
      'No words of your own yet. Type one in New word above and choose Add word.',
    );
    const before = snapshotAllTables(db);

    await user.type(field(), 'Calm');
    await user.click(screen.getByRole('button', { name: 'Add word' }));
    await waitFor(() => expect(field().getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(field().getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe('“calm” is already one of the emotions you can choose.');
    expect(document.activeElement).toBe(field());

    await user.clear(field());
    await user.type(field(), '   {Enter}');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Write the emotion word you want to add: it cannot be empty.',
      ),
    );
    expect(snapshotAllTables(db)).toEqual(before);

    // A good word clears the message.
    await user.type(field(), 'tender{Enter}');
    await screen.findByRole('list', { name: 'Your words' });
    expect(field().getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists the words for the breakup itself as built in, and says so when one is typed again', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<EmotionTagSettings />);
    expect(
      await screen.findByText(/Built in: .*, heartbroken, hurt, rejected, guilty, missing them\.$/),
    ).toBeTruthy();
    const before = snapshotAllTables(db);
    await user.type(field(), 'Missing them{Enter}');
    await waitFor(() => expect(field().getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(field().getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe(
      '“missing them” is already one of the emotions you can choose.',
    );
    expect(snapshotAllTables(db)).toEqual(before);
  });

  it('removes a word while the entries that used it keep it, and Undo puts it back exactly', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(
      <OpenLater>
        <EmotionTagSettings />
      </OpenLater>,
    );
    const mood = createMoodService(db);
    const entry = mood.create({
      occurredAt: '2026-11-27T09:15:00.000Z',
      timeZone: 'Europe/Paris',
      mood: 4,
      tags: ['wistful', 'tired'],
    });
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.type(await screen.findByRole('textbox', { name: 'New word' }), 'raw{Enter}');
    await screen.findByText('raw');
    await user.type(field(), 'wistful{Enter}');

    const list = await screen.findByRole('list', { name: 'Your words' });
    const row = await within(list).findByText('wistful');
    // The entry saved earlier with this word is counted.
    expect(row.closest('li')?.textContent).toContain('on 1 entry');
    expect(customWords(db)).toEqual(['raw', 'wistful']);
    const before = snapshotAllTables(db);

    await user.click(screen.getByRole('button', { name: 'Remove “raw”' }));
    await waitFor(() => expect(customWords(db)).toEqual(['wistful']));
    // No entry used "raw": it has left the data file, and the message says the backups keep it.
    expect(status()).toContain(`“raw” removed. ${BACKUPS_STILL_HOLD_IT}`);
    expect(screen.getByText(/Entries that used it keep it\./, { selector: 'p' })).toBeTruthy();
    expect(document.activeElement).toBe(field());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(snapshotAllTables(db)).toEqual(before));

    await user.click(screen.getByRole('button', { name: 'Remove “wistful”' }));
    await waitFor(() => expect(customWords(db)).toEqual(['raw']));
    // Used by an entry, the word is still in the file there: no word about backups.
    expect(status()).toContain('“wistful” removed. Entries that used it keep it.');
    expect(status()).not.toContain('Backups');
    expect(mood.list({ from: entry.day, to: entry.day })[0]?.tags).toEqual(['tired', 'wistful']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(snapshotAllTables(db)).toEqual(before));
    expect(within(list).getByText('wistful')).toBeTruthy();
  });

  it('shows why the words could not be read, and never that there are none', async () => {
    renderWithFailing(<EmotionTagSettings />, { 'tag:list': 'Your data file is damaged.' });
    expect((await screen.findByRole('alert')).textContent).toBe('Your data file is damaged.');
    expect(screen.queryByText(/No words of your own yet/)).toBeNull();
    // A word can still be tried.
    expect(field()).toBeTruthy();
  });
});
