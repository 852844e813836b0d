import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMoodService } from '../../../../src-main/services/mood-service';
import type { ExportFile } from '../../../../src-main/shared/contract/data';
import { useUndo } from '../../../../src-renderer/app/undo';
import { DeleteEverything } from '../../../../src-renderer/features/settings/DeleteEverything';
import { deletionLines } from '../../../../src-renderer/features/settings/settings-copy';
import { createFakeFiles } from '../../../helpers/fake-files';
import { createTestDatabase, snapshotAllTables } from '../../../helpers/test-db';
import { renderWithFailing } from '../../failing-app';
import { createTestApp } from '../../render-app';

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanup();
  for (const done of cleanups.splice(0)) done();
});

/** Something saved elsewhere just before, still offering its Undo. */
function EarlierSave() {
  const { offerUndo } = useUndo();
  useEffect(() => {
    offerUndo({ message: 'Mood entry saved.', undo: () => Promise.resolve(null) });
  }, [offerUndo]);
  return null;
}

/** The card over a real data file with two mood entries and one backup. */
async function showCard() {
  const dataFile = createTestDatabase();
  cleanups.push(dataFile.cleanup);
  const backupsDir = join(dirname(dataFile.path), 'backups');
  const files = createFakeFiles();
  const app = createTestApp({ files, dataFile, backupsDir });
  const mood = createMoodService(app.db);
  for (const note of ['first night alone', 'a calmer morning']) {
    mood.create({ occurredAt: '2026-11-20T08:00:00.000Z', timeZone: 'UTC', mood: 4, note });
  }
  expect((await app.dispatch('backup:create', {})).ok).toBe(true);
  app.render(
    <>
      <EarlierSave />
      <DeleteEverything />
    </>,
  );
  const card = screen.getByRole('region', { name: 'Delete everything' });
  return { ...app, files, card, backupsDir, dir: dirname(dataFile.path), user: userEvent.setup() };
}

async function openQuestion(card: HTMLElement, user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(card).getByRole('button', { name: 'Delete everything…' }));
  return within(card).findByRole('group', { name: 'This deletes, from this computer:' });
}

describe('Settings › Delete everything', () => {
  it('names what will go, with counts, and Keep my data changes nothing', async () => {
    const { card, user, db, backupsDir } = await showCard();
    const before = snapshotAllTables(db);
    const question = await openQuestion(card, user);

    const list = within(question).getByRole('list', { name: 'What will be deleted' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['2 mood entries', '1 backup']);
    expect(question.textContent).toContain('This cannot be undone.');
    // No promise beyond what deleting files does.
    expect(card.textContent).toContain('traces may stay on the disk itself');
    expect(card.textContent).toContain('are not touched');
    // The safe answer has focus, so Enter on arrival keeps everything.
    const keep = within(question).getByRole('button', { name: 'Keep my data' });
    await waitFor(() => expect(document.activeElement).toBe(keep));
    await user.keyboard('{Enter}');

    await waitFor(() => expect(within(card).queryByRole('group')).toBeNull());
    expect(snapshotAllTables(db)).toEqual(before);
    expect(readdirSync(backupsDir)).toHaveLength(1);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(card).getByRole('button', { name: 'Delete everything…' }),
      ),
    );
  });

  it('closes with Escape, deleting nothing', async () => {
    const { card, user, db } = await showCard();
    const before = snapshotAllTables(db);
    await openQuestion(card, user);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(within(card).queryByRole('group')).toBeNull());
    expect(snapshotAllTables(db)).toEqual(before);
  });

  it('without the typed word, says so beside the box and deletes nothing', async () => {
    const { card, user, db, backupsDir } = await showCard();
    const before = snapshotAllTables(db);
    const question = await openQuestion(card, user);
    const box = within(question).getByRole('textbox', { name: 'To confirm, type “delete”' });
    await user.type(box, 'yes');
    await user.click(within(question).getByRole('button', { name: 'Delete everything' }));

    const alert = await within(question).findByRole('alert');
    expect(alert.textContent).toBe('Type “delete” in the box to confirm, or choose Keep my data.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toContain(alert.id);
    expect(snapshotAllTables(db)).toEqual(before);
    expect(readdirSync(backupsDir)).toHaveLength(1);
  });

  it('offers an export first, from inside the question, which saves everything', async () => {
    const { card, user, files, dir } = await showCard();
    const question = await openQuestion(card, user);
    const path = join(dir, 'keep.json');
    files.answerSave(path);
    await user.click(
      within(question).getByRole('button', { name: 'Export everything first (one JSON file)' }),
    );

    await waitFor(() =>
      expect(within(question).getByRole('status').textContent).toMatch(
        /^Saved keep\.json with 2 mood entries\./,
      ),
    );
    const file = JSON.parse(readFileSync(path, 'utf8')) as ExportFile;
    expect(file.data.moodEntries.map((e) => e.note)).toEqual([
      'first night alone',
      'a calmer morning',
    ]);
    // The question stays open, its counts as they were.
    expect(within(question).getByRole('list').textContent).toContain('2 mood entries');
  });

  it('with the word typed, deletes every record and backup, says so kindly, and withdraws Undo', async () => {
    const { card, user, db, backupsDir } = await showCard();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    const question = await openQuestion(card, user);
    await user.type(
      within(question).getByRole('textbox', { name: 'To confirm, type “delete”' }),
      ' “Delete” {Enter}',
    );

    await waitFor(() =>
      expect(within(card).getAllByRole('status').at(-1)?.textContent).toBe(
        // What is gone and what is not: files saved elsewhere were never Mending's to delete.
        'Your entries and every backup Mending kept are deleted. Files you saved yourself ' +
          '(exports, reports, backups you copied) are still where you put them. Mending is ' +
          'empty and ready whenever you want to begin again.',
      ),
    );
    expect(Object.values(snapshotAllTables(db)).flat()).toEqual([]);
    expect(existsSync(backupsDir)).toBe(true);
    expect(readdirSync(backupsDir)).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('on an empty app, says there is nothing and offers no export', async () => {
    const dataFile = createTestDatabase();
    cleanups.push(dataFile.cleanup);
    const app = createTestApp({ dataFile, backupsDir: join(dirname(dataFile.path), 'backups') });
    app.render(<DeleteEverything />);
    const user = userEvent.setup();
    const card = screen.getByRole('region', { name: 'Delete everything' });
    await user.click(within(card).getByRole('button', { name: 'Delete everything…' }));
    const question = await within(card).findByRole('group', {
      name: 'There is nothing recorded yet, and no backups.',
    });
    expect(within(question).queryByRole('button', { name: /^Export/ })).toBeNull();
  });
});

describe('Delete everything when something goes wrong', () => {
  it('cannot count: says why, in a question named by the problem, and offers only Keep my data', async () => {
    const said = 'Mending could not read your data file.';
    const app = renderWithFailing(<DeleteEverything />, { 'data:summary': said });
    const user = userEvent.setup();
    const card = screen.getByRole('region', { name: 'Delete everything' });
    await user.click(within(card).getByRole('button', { name: 'Delete everything…' }));
    const question = await within(card).findByRole('group', { name: said });
    expect(within(question).queryByRole('button', { name: 'Delete everything' })).toBeNull();
    const keep = within(question).getByRole('button', { name: 'Keep my data' });
    await waitFor(() => expect(document.activeElement).toBe(keep));
    await user.click(keep);
    await waitFor(() => expect(within(card).queryByRole('group')).toBeNull());
    app.db.close();
  });

  it('the deletion fails: says so inside the question, counts again, and keeps the question open', async () => {
    const said = 'Your records were deleted, but not every backup could be removed, because …';
    const dataFile = createTestDatabase();
    cleanups.push(dataFile.cleanup);
    const app = createTestApp({ dataFile, backupsDir: join(dirname(dataFile.path), 'backups') });
    createMoodService(app.db).create({
      occurredAt: '2026-11-20T08:00:00.000Z',
      timeZone: 'UTC',
      mood: 4,
    });
    renderWithFailing(<DeleteEverything />, { 'data:erase': said }, app);
    const user = userEvent.setup();
    const card = screen.getByRole('region', { name: 'Delete everything' });
    const question = await openQuestion(card, user);
    await user.type(
      within(question).getByRole('textbox', { name: 'To confirm, type “delete”' }),
      'delete{Enter}',
    );
    expect((await within(question).findByRole('alert')).textContent).toBe(said);
    expect(within(question).getByRole('list').textContent).toContain('1 mood entry');
    expect(within(card).getAllByRole('status').at(-1)?.textContent).toBe('');
  });
});

describe('what Delete everything says it removes', () => {
  const none = {
    moodEntries: 0,
    customEmotionTags: 0,
    habits: 0,
    habitCheckins: 0,
    communicationEntries: 0,
    trustCheckins: 0,
    stageChanges: 0,
    reflections: 0,
    settings: 0,
  };

  it('names each kind there is some of, the backups, and files set aside, singular and plural', () => {
    expect(
      deletionLines({
        counts: { ...none, moodEntries: 1, customEmotionTags: 2, settings: 1 },
        backups: 2,
        otherFiles: 1,
      }),
    ).toEqual([
      '1 mood entry',
      '2 emotion words of your own',
      '1 setting',
      '2 backups',
      '1 other file Mending kept beside your data (such as a damaged copy set aside)',
    ]);
    expect(deletionLines({ counts: none, backups: 0, otherFiles: 3 })).toEqual([
      '3 other files Mending kept beside your data (such as damaged copies set aside)',
    ]);
  });

  it('is empty when there is nothing at all', () => {
    expect(deletionLines({ counts: none, backups: 0, otherFiles: 0 })).toEqual([]);
  });
});
