import fs from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src-main/ipc/handlers';
import { createRouter } from '../../../../src-main/ipc/router';
import { CHANNELS } from '../../../../src-main/shared/ipc-channels';
import { ApiProvider } from '../../../../src-renderer/api/api-context';
import { createApiClient, type Bridge } from '../../../../src-renderer/api/api-client';
import { dateTimeInWords } from '../../../../src-renderer/app/day-format';
import { UndoProvider } from '../../../../src-renderer/app/undo';
import { BackupSettings } from '../../../../src-renderer/features/settings/BackupSettings';
import { createTestDatabase } from '../../../helpers/test-db';
import { renderWithApp } from '../../render-app';

const APP_PAGE = { url: 'app://mending/index.html' };
const cleanups: (() => void)[] = [];

afterEach(() => {
  cleanup();
  for (const done of cleanups.splice(0)) done();
});

/**
 * Like renderWithApp, but over a real data file with a backups folder beside it: backups need a
 * file to copy, and the in-memory database of renderWithApp has none.
 */
function renderWithDataFile(prepare?: (backupsDir: string, dataFile: string) => void) {
  const testDb = createTestDatabase();
  cleanups.push(testDb.cleanup);
  const backupsDir = path.join(path.dirname(testDb.path), 'backups');
  prepare?.(backupsDir, testDb.path);
  const router = createRouter({
    handlers: createHandlers({
      db: testDb.db,
      version: 'test',
      databasePath: testDb.path,
      backupsDir,
    }),
    isTrustedSender: (sender) => sender.url === APP_PAGE.url,
  });
  const bridge = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (input: unknown) => router.dispatch(channel, input, APP_PAGE),
    ]),
  ) as Bridge;
  render(
    <ApiProvider api={createApiClient(bridge)}>
      <UndoProvider>
        <BackupSettings />
      </UndoProvider>
    </ApiProvider>,
  );
  const db = testDb.db;
  return {
    db,
    backupsDir,
    addMood: (note: string) =>
      db
        .prepare(
          `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, note, created_at, updated_at)
           VALUES ('2026-11-20T08:00:00.000Z', 'UTC', '2026-11-20', 5, ?, 'x', 'x')`,
        )
        .run(note),
    notes: () => db.prepare('SELECT note FROM mood_entries ORDER BY id').pluck().all(),
    listBackups: () => createApiClient(bridge).call('backup:list', {}),
  };
}

/** The first backup in the list (the newest). */
function newestItem(): HTMLElement {
  const [item] = backupItems();
  if (!item) throw new Error('the list of backups is empty');
  return item;
}

const backupItems = () =>
  within(screen.getByRole('list', { name: 'Backups' })).getAllByRole('listitem');

describe('Backups in Settings', () => {
  it('starts empty, and Back up now adds a backup to the list', async () => {
    const user = userEvent.setup();
    const app = renderWithDataFile();
    expect(await screen.findByText(/No backups yet/)).toBeTruthy();
    expect(screen.getByText(app.backupsDir)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Back up now' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Backed up'));
    await waitFor(() => expect(backupItems()).toHaveLength(1));
    expect(backupItems()).toHaveLength(1);
    const item = newestItem();
    // Named in words, in the system's locale, to the second of this computer's clock.
    const listed = await app.listBackups();
    if (!listed.ok) throw new Error(listed.error.message);
    const createdAt = listed.value.backups[0]?.createdAt ?? '';
    expect(item.getAttribute('aria-label')).toBe(
      `Made by you from ${dateTimeInWords(createdAt, { withSeconds: true })}`,
    );
    expect(within(item).getByText(/Made by you · \d+ KB/)).toBeTruthy();
    expect(fs.readdirSync(app.backupsDir)).toHaveLength(1);
  });

  it('tells apart backups made in the same minute, and in the same second', async () => {
    renderWithDataFile((backupsDir, dataFile) => {
      fs.mkdirSync(backupsDir, { recursive: true });
      // Real backup files, named as Mending names them: two by hand 36 seconds apart, a daily
      // one in the same minute, and a twin of the later one made within the same second.
      for (const name of [
        'mending-2026-11-20T08-15-05Z-manual.sqlite3',
        'mending-2026-11-20T08-15-41Z-manual.sqlite3',
        'mending-2026-11-20T08-15-41Z-manual.2.sqlite3',
        'mending-2026-11-20T08-15-05Z-daily.sqlite3',
      ]) {
        fs.copyFileSync(dataFile, path.join(backupsDir, name));
      }
    });
    await waitFor(() => expect(backupItems()).toHaveLength(4));
    const labels = backupItems().map((item) => item.getAttribute('aria-label') ?? '');
    // Every zone in use today is a whole number of minutes from UTC, so the seconds stay.
    expect(labels.map((l) => /\d:\d\d:(\d\d)\b/.exec(l)?.[1])).toEqual(['41', '41', '05', '05']);
    expect(labels[0]).toMatch(/^Made by you from .* \(2nd of 2 made that second\)$/);
    expect(labels[1]).toMatch(/^Made by you from .* \(1st of 2 made that second\)$/);
    expect(new Set(labels).size).toBe(4);
    // What tells them apart is on screen too, not only in their names.
    const seen = backupItems().map((item) => item.textContent);
    expect(new Set(seen).size).toBe(4);
    expect(
      within(backupItems()[0] ?? document.body).getByText(/2nd of 2 made that second/),
    ).toBeTruthy();
  });

  it('asks first, restores, keeps the current data as a backup, and Undo brings it back', async () => {
    const user = userEvent.setup();
    const app = renderWithDataFile();
    app.addMood('before the backup');
    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(backupItems()).toHaveLength(1));
    app.addMood('after the backup');

    await user.click(within(newestItem()).getByRole('button', { name: 'Restore…' }));
    const question = screen.getByRole('group');
    expect(question.textContent).toContain(
      'Your current data will be kept as a backup of its own first',
    );
    // A restore also brings back what was deleted since: said before, not found out after.
    expect(question.textContent).toContain('entries you have deleted since then come back');
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Cancel' }));
    expect(app.notes()).toEqual(['before the backup', 'after the backup']);

    await user.click(within(question).getByRole('button', { name: 'Restore this backup' }));

    await waitFor(() => expect(app.notes()).toEqual(['before the backup']));
    await waitFor(() => expect(backupItems()).toHaveLength(2));
    expect(backupItems()[0]?.getAttribute('aria-label')).toMatch(
      /^Kept before a restore or an import from /,
    );
    expect(screen.getByRole('status').textContent).toContain('What you had just before is kept');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(app.notes()).toEqual(['before the backup', 'after the backup']));
  });

  it('changes nothing when the person cancels, by button or with Escape', async () => {
    const user = userEvent.setup();
    const app = renderWithDataFile();
    app.addMood('kept');
    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(backupItems()).toHaveLength(1));
    app.addMood('also kept');

    const restoreButton = () => within(newestItem()).getByRole('button', { name: 'Restore…' });
    await user.click(restoreButton());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(restoreButton());
    await user.click(restoreButton());
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(restoreButton());
    expect(app.notes()).toEqual(['kept', 'also kept']);
    expect(fs.readdirSync(app.backupsDir)).toHaveLength(1);
  });

  it('says next to a damaged backup that it cannot be used, and changes nothing', async () => {
    const user = userEvent.setup();
    const app = renderWithDataFile();
    app.addMood('kept');
    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(backupItems()).toHaveLength(1));
    const [name = ''] = fs.readdirSync(app.backupsDir);
    fs.writeFileSync(path.join(app.backupsDir, name), 'this is not a database');

    await user.click(within(newestItem()).getByRole('button', { name: 'Restore…' }));
    await user.click(screen.getByRole('button', { name: 'Restore this backup' }));

    const alert = await within(newestItem()).findByRole('alert');
    expect(alert.textContent).toBe(
      "This backup can't be used: it is not a database. Nothing was changed; choose another one.",
    );
    expect(app.notes()).toEqual(['kept']);
    expect(fs.readdirSync(app.backupsDir)).toEqual([name]);
  });

  it('says there is nothing to back up when the data is kept in memory', async () => {
    renderWithApp(<BackupSettings />);

    expect(await screen.findByText(/nothing to back up/)).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Back up now' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
