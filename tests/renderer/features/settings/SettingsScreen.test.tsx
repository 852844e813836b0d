import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../../src-main/db/backup-files';
import { RETENTION, dailyBackupsKeepDeletedFor } from '../../../../src-main/shared/backup-policy';
import { dateTimeInWords, formatCount } from '../../../../src-main/shared/locale-format';
import { App } from '../../../../src-renderer/app/App';
import { createFakeFiles } from '../../../helpers/fake-files';
import { createTestDatabase } from '../../../helpers/test-db';
import { createTestApp } from '../../render-app';

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanup();
  window.location.hash = '';
  for (const done of cleanups.splice(0)) done();
});

/** An export file from another computer's Mending, holding one emotion word of its own. */
async function exportWithWord(word: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mending-settings-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const files = createFakeFiles();
  const other = createTestApp({ files });
  expect(await other.dispatch('tag:create', { name: word })).toMatchObject({ ok: true });
  const path = join(dir, 'from-elsewhere.json');
  files.answerSave(path);
  expect(await other.dispatch('data:export', {})).toMatchObject({ ok: true });
  return path;
}

/** The whole app over a real data file with a backups folder, opened on Settings. */
async function openSettings() {
  const dataFile = createTestDatabase();
  cleanups.push(dataFile.cleanup);
  const files = createFakeFiles();
  const app = createTestApp({
    files,
    dataFile,
    backupsDir: join(dataFile.path, '..', 'backups'),
  });
  app.render(<App />);
  await act(async () => {
    window.location.hash = '#/settings';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  return { ...app, files, dataPath: dataFile.path, user: userEvent.setup() };
}

const wordsCard = () => screen.getByRole('region', { name: 'Your own emotion words' });
const backupsCard = () => {
  const card = screen.getByRole('heading', { name: 'Backups' }).closest('.card');
  if (!(card instanceof HTMLElement)) throw new Error('No Backups card.');
  return card;
};

describe('Settings shows the truth after the data changes under it', () => {
  it('after an import, lists the imported words and the backup made before it, at once', async () => {
    const path = await exportWithWord('homesick');
    const { files, user, dataPath } = await openSettings();
    expect(
      await within(wordsCard()).findByText(
        'No words of your own yet. Type one in New word above and choose Add word.',
      ),
    ).toBeTruthy();
    expect(await within(backupsCard()).findByText(/^No backups yet/)).toBeTruthy();

    files.answerOpen(path);
    await user.click(screen.getByRole('button', { name: 'Import from a file…' }));
    await user.click(screen.getByRole('button', { name: 'Choose a file and replace my data' }));

    await waitFor(() =>
      expect(within(wordsCard()).getByRole('list', { name: 'Your words' }).textContent).toContain(
        'homesick',
      ),
    );
    expect(
      within(wordsCard()).queryByText(
        'No words of your own yet. Type one in New word above and choose Add word.',
      ),
    ).toBeNull();
    await waitFor(() => expect(within(backupsCard()).queryByText(/^No backups yet/)).toBeNull());
    expect(within(backupsCard()).getAllByRole('listitem')).toHaveLength(1);

    // The message says the import replaced what was there, and names the backup by when it was
    // made in this computer's words (as the Backups list does), never by its UTC file name.
    const [backup] = listBackups(join(dataPath, '..', 'backups'));
    if (!backup) throw new Error('No backup was kept before the import.');
    const said = await screen.findByText(/^Imported from-elsewhere\.json/);
    expect(said.textContent).toBe(
      'Imported from-elsewhere.json: 1 emotion word of your own. It replaced what was in ' +
        'Mending before. What you had is kept as a backup from ' +
        `${dateTimeInWords(backup.createdAt, { withSeconds: true })}; you can restore it under Backups.`,
    );
    expect(said.textContent).not.toContain(backup.fileName);
    expect(said.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(
      within(backupsCard()).getByText(dateTimeInWords(backup.createdAt, { withSeconds: true })),
    ).toBeTruthy();
  });

  it('after a restore, shows the restored words, and after its Undo the words before it', async () => {
    const { user, dispatch } = await openSettings();
    expect((await dispatch('backup:create', {})).ok).toBe(true);
    // Added after the backup: the restore takes it away.
    await user.type(screen.getByRole('textbox', { name: 'New word' }), 'wistful');
    await user.click(screen.getByRole('button', { name: 'Add word' }));
    await within(wordsCard()).findByText('wistful');
    // Made before the word was added; adding it read the list again.
    await waitFor(() => expect(within(backupsCard()).getAllByRole('listitem')).toHaveLength(1));

    await user.click(within(backupsCard()).getByRole('button', { name: /^Restore/ }));
    await user.click(screen.getByRole('button', { name: 'Restore this backup' }));
    expect(
      await within(wordsCard()).findByText(
        'No words of your own yet. Type one in New word above and choose Add word.',
      ),
    ).toBeTruthy();
    // The data from just before the restore is kept as a backup of its own, listed at once.
    await waitFor(() => expect(within(backupsCard()).getAllByRole('listitem')).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(wordsCard()).findByText('wistful')).toBeTruthy();
  });
});

describe('Settings says plainly how your data is (and is not) protected', () => {
  const cardOf = (heading: string) => {
    const card = screen.getByRole('heading', { name: heading }).closest('.card');
    if (!(card instanceof HTMLElement)) throw new Error(`No ${heading} card.`);
    return card.textContent ?? '';
  };

  it('says the file is private to your account but not encrypted or locked, and what leaves', async () => {
    await openSettings();
    await screen.findByText('Data file');
    const yourData = cardOf('Your data');
    // One truth about who can read it, the same in both cards.
    const whoCanRead =
      'readable only by your user account and by anyone who administers this computer';
    expect(yourData).toContain(whoCanRead);
    expect(cardOf('Backups')).toContain(whoCanRead);
    expect(yourData).toContain(
      'If anyone else, including your ex, can sign in to this computer as you, they can read ' +
        'everything here.',
    );
    // Planned encryption is never read as protection now.
    expect(yourData).toContain(
      'The file is not encrypted today and has no password or lock of its own; encryption is planned.',
    );
    expect(yourData).not.toMatch(/administrator|readable only by your user account\./);
    expect(yourData).toContain('Mending itself never sends anything anywhere');
    expect(yourData).toContain(
      'a folder that Dropbox, iCloud, OneDrive or a similar service syncs, that service uploads it',
    );
    // Nothing promises more than the app does.
    expect(yourData).not.toMatch(
      /stays on this computer|only you (can )?see|(?<!not )encrypted\b/i,
    );
  });

  it('says backups keep deleted entries, for as long as the pruning rules keep them', async () => {
    await openSettings();
    const backups = cardOf('Backups');
    expect(backups).toContain(
      `the daily copies for up to ${dailyBackupsKeepDeletedFor()} if you open Mending every day`,
    );
    // Says when safety copies go, from the same number the pruning uses, in plain words.
    expect(backups).toContain(
      `removed once they are more than ${formatCount(RETENTION.safetyCopyDays)} days old`,
    );
    expect(backups).toContain('until newer copies replace them');
    expect(backups).not.toMatch(/age out|at least \d+ days/);
    expect(backups).toContain(`last ${formatCount(RETENTION.dailies)} daily copies`);
    expect(backups).toContain('not encrypted');
  });

  it('says the exports hold every note in plain text with no password', async () => {
    await openSettings();
    const data = cardOf('Export and import');
    expect(data).toContain('holds every note in plain text and has no password');
    expect(data).toContain('they hold your notes in plain text and have no password');
  });
});
