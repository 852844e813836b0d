import { formatCount } from '../../../../src-main/shared/locale-format';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useUndo } from '../../../../src-renderer/app/undo';
import { createMoodService } from '../../../../src-main/services/mood-service';
import type { ExportFile } from '../../../../src-main/shared/contract/data';
import {
  DataSettings,
  describeCounts,
} from '../../../../src-renderer/features/settings/DataSettings';
import { createFakeFiles } from '../../../helpers/fake-files';
import { snapshotAllTables } from '../../../helpers/test-db';
import { createTestApp } from '../../render-app';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mending-data-settings-'));
});
afterEach(() => {
  cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function showCard(before: ReactNode = null) {
  const files = createFakeFiles();
  const app = createTestApp({ files });
  createMoodService(app.db).create({
    occurredAt: '2024-05-01T08:00:00.000Z',
    timeZone: 'Europe/Berlin',
    mood: 6,
    note: 'مرحبا 🌱',
  });
  app.render(
    <>
      {before}
      <DataSettings />
    </>,
  );
  const card = screen.getByRole('region', { name: 'Export and import' });
  return { ...app, files, card, user: userEvent.setup() };
}

/** The status line under the export and import buttons ('file') or under the spreadsheets. */
const statusOf = (card: HTMLElement, near: 'file' | 'csv' = 'file') => {
  const [file, csv] = within(card).getAllByRole('status');
  const line = near === 'file' ? file : csv;
  if (!line) throw new Error(`No status line for ${near}.`);
  return line;
};

/** Something saved on another screen before the import, still offering its Undo. */
function EarlierSave() {
  const { offerUndo } = useUndo();
  useEffect(() => {
    offerUndo({ message: 'Mood entry saved.', undo: () => Promise.resolve(null) });
  }, [offerUndo]);
  return null;
}

describe('Settings › Export and import', () => {
  it('exports everything through the save dialog and says what the file holds', async () => {
    const { card, files, user } = showCard();
    const path = join(dir, 'mine.json');
    files.answerSave(path);
    await user.click(
      within(card).getByRole('button', { name: 'Export everything (one JSON file)' }),
    );

    await waitFor(() =>
      expect(statusOf(card).textContent).toBe(
        'Saved mine.json with 1 mood entry. It holds everything you wrote, in plain text and with no password: keep it somewhere only you can reach.',
      ),
    );
    expect(files.saveRequests[0]?.defaultName).toMatch(/^mending-export-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync(path, 'utf8')) as ExportFile;
    expect(file.data.moodEntries.map((e) => e.note)).toEqual(['مرحبا 🌱']);
  });

  it('says nothing was saved when the dialog is cancelled', async () => {
    const { card, files, user } = showCard();
    files.answerSave(null);
    await user.click(
      within(card).getByRole('button', { name: 'Export everything (one JSON file)' }),
    );
    await waitFor(() => expect(statusOf(card).textContent).toBe('Nothing was saved.'));
  });

  it('asks before importing, inline, and shows no dialog when the person keeps their data', async () => {
    const { card, files, user } = showCard();
    const importButton = within(card).getByRole('button', { name: 'Import from a file…' });
    expect(importButton.getAttribute('aria-expanded')).toBe('false');
    await user.click(importButton);

    const question = within(card).getByRole('group', { name: /replaces everything in Mending/ });
    expect(question.textContent).toContain('Mending backs up your current data first.');
    const replace = within(question).getByRole('button', {
      name: 'Choose a file and replace my data',
    });
    expect(document.activeElement).toBe(replace);
    expect(importButton.getAttribute('aria-expanded')).toBe('true');

    await user.click(within(question).getByRole('button', { name: 'Keep my data as it is' }));
    expect(within(card).queryByRole('group')).toBeNull();
    expect(files.openRequests).toHaveLength(0);
  });

  it('refuses a damaged file with a message that names the problem, and changes nothing', async () => {
    const { card, files, user, db } = showCard();
    const before = snapshotAllTables(db);
    files.answerSave(join(dir, 'good.json'));
    await user.click(
      within(card).getByRole('button', { name: 'Export everything (one JSON file)' }),
    );
    await waitFor(() => expect(statusOf(card).textContent).toContain('Saved good.json'));

    const spoiled = JSON.parse(readFileSync(join(dir, 'good.json'), 'utf8')) as ExportFile;
    Object.assign(spoiled.data.moodEntries[0] ?? {}, { day: '2024-02-30' });
    writeFileSync(join(dir, 'spoiled.json'), JSON.stringify(spoiled));
    files.answerOpen(join(dir, 'spoiled.json'));

    await user.click(within(card).getByRole('button', { name: 'Import from a file…' }));
    await user.click(
      within(card).getByRole('button', { name: 'Choose a file and replace my data' }),
    );

    const alert = await within(card).findByRole('alert');
    expect(alert.textContent).toBe(
      'Mood entry 1 (moodEntries[0].day): 2024-02-30 is not a real date. Nothing was changed.',
    );
    expect(statusOf(card).textContent).toBe('');
    expect(snapshotAllTables(db)).toEqual(before);
  });

  it('imports a good file by keyboard alone, replacing what was there', async () => {
    const source = showCard();
    source.files.answerSave(join(dir, 'good.json'));
    await source.user.click(
      within(source.card).getByRole('button', { name: 'Export everything (one JSON file)' }),
    );
    await waitFor(() => expect(statusOf(source.card).textContent).toContain('Saved'));
    const exported = snapshotAllTables(source.db);
    cleanup();

    const { card, files, user, db } = showCard(<EarlierSave />);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    createMoodService(db).create({
      occurredAt: '2030-01-01T00:00:00.000Z',
      timeZone: 'UTC',
      mood: 2,
    });
    files.answerOpen(join(dir, 'good.json'));
    within(card).getByRole('button', { name: 'Import from a file…' }).focus();
    await user.keyboard('{Enter}');
    // The confirmation takes focus, so Enter again answers it.
    await user.keyboard('{Enter}');

    await waitFor(() =>
      // In memory there are no backups, so none is promised.
      expect(statusOf(card).textContent).toBe(
        'Imported good.json: 1 mood entry. It replaced what was in Mending before.',
      ),
    );
    expect(snapshotAllTables(db)).toEqual(exported);
    // The earlier Undo would act on data that is gone, so it is withdrawn.
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('saves each kind of entry as a spreadsheet', async () => {
    const { card, files, user } = showCard();
    const path = join(dir, 'mood.csv');
    files.answerSave(path);
    await user.click(within(card).getByRole('button', { name: 'Mood entries' }));
    await waitFor(() =>
      expect(statusOf(card, 'csv').textContent).toBe('Saved mood.csv with 1 row.'),
    );
    expect(readFileSync(path, 'utf8')).toContain('2024-05-01,10:00,Europe/Berlin,6,,,,مرحبا 🌱');
    expect(files.saveRequests[0]?.extensions).toEqual(['csv']);

    files.answerSave(join(dir, 'checkins.csv'));
    await user.click(within(card).getByRole('button', { name: 'Habit check-ins' }));
    await waitFor(() =>
      expect(statusOf(card, 'csv').textContent).toBe('Saved checkins.csv with 0 rows.'),
    );
    expect(existsSync(join(dir, 'checkins.csv'))).toBe(true);
    for (const name of ['Habits', 'Communication practice', 'Trust check-ins']) {
      expect(within(card).getByRole('button', { name })).toBeTruthy();
    }
  });

  it('summarises counts in plain words', () => {
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
    expect(describeCounts(none)).toBe('nothing recorded yet');
    expect(describeCounts({ ...none, moodEntries: 1312, habits: 1, settings: 2 })).toBe(
      `${formatCount(1_312)} mood entries, 1 habit and 2 settings`,
    );
  });
});
