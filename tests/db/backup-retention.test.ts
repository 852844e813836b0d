import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName } from '../../src-main/db/backup-files';
import { chooseBackupsToKeep, RETENTION } from '../../src-main/db/backup-retention';
import type { BackupKind } from '../../src-main/db/backup-files';

const DAY = 86_400_000;
const NOW = new Date('2026-11-27T22:10:05Z'); // a Friday

/** A backup made `daysAgo` days before NOW (fractions allowed), as the folder would list it. */
function made(daysAgo: number, kind: BackupKind = 'daily') {
  const at = new Date(NOW.getTime() - daysAgo * DAY);
  const fileName = backupFileName(
    at,
    kind === 'before-migration' ? { kind, migrationVersion: 2 } : { kind },
  );
  const parsed = parseBackupName(fileName);
  if (!parsed) throw new Error(fileName);
  return { ...parsed, fileName };
}

const names = (list: readonly { fileName: string }[]) => list.map((b) => b.fileName);

describe('chooseBackupsToKeep', () => {
  it('keeps everything while there are only a few daily backups', () => {
    const list = [0, 1, 2].map((d) => made(d));
    expect(names(chooseBackupsToKeep(list, NOW))).toEqual(names(list));
  });

  it('keeps the newest 7 dailies, then one per earlier ISO week for 4 weeks', () => {
    // A daily backup every day for 60 days: Friday 27 November 2026 back to 29 September.
    const list = Array.from({ length: 60 }, (_, d) => made(d));
    const kept = chooseBackupsToKeep(list, NOW);

    expect(kept).toHaveLength(RETENTION.dailies + RETENTION.weeklies);
    expect(names(kept.slice(0, 7))).toEqual(names(list.slice(0, 7)));
    // The last 7 days run from Saturday 21 November, so the week of 16 November is covered; the
    // weeklies are the Sundays ending the four weeks before it (the newest backup of each week).
    expect(kept.slice(7).map((b) => b.createdAt.slice(0, 10))).toEqual([
      '2026-11-15',
      '2026-11-08',
      '2026-11-01',
      '2026-10-25',
    ]);
  });

  it('counts weeks that have backups, so a long break never empties the history', () => {
    // Seven recent days, then one backup in each of five weeks a year ago.
    const recent = Array.from({ length: 7 }, (_, d) => made(d));
    const yearAgo = [365, 372, 379, 386, 393].map((d) => made(d));
    const kept = chooseBackupsToKeep([...yearAgo, ...recent], NOW);

    expect(names(kept)).toEqual(names([...recent, ...yearAgo.slice(0, 4)]));
  });

  it('keeps every backup the person made, however old and however many', () => {
    const manual = [0.5, 3, 40, 400, 4000].map((d) => made(d, 'manual'));
    const dailies = Array.from({ length: 30 }, (_, d) => made(d));
    const kept = names(chooseBackupsToKeep([...dailies, ...manual], NOW));

    for (const backup of manual) expect(kept).toContain(backup.fileName);
  });

  it('keeps safety copies for 30 days, and always the newest one of each kind', () => {
    const restore1 = made(1, 'before-restore');
    const restore29 = made(29.9, 'before-restore');
    const restore31 = made(30.1, 'before-restore');
    const restore90 = made(90, 'before-restore');
    const migration45 = made(45, 'before-migration');
    const migration200 = made(200, 'before-migration');
    const all = [restore1, restore29, restore31, restore90, migration45, migration200];

    expect(names(chooseBackupsToKeep(all, NOW))).toEqual(names([restore1, restore29, migration45]));
  });

  it('orders same-second twins by their sequence number', () => {
    const first = made(0, 'manual');
    const twinName = backupFileName(new Date(first.createdAt), { kind: 'manual' }, 2);
    const parsed = parseBackupName(twinName);
    if (!parsed) throw new Error(twinName);
    const twin = { ...parsed, fileName: twinName };

    expect(names(chooseBackupsToKeep([first, twin], NOW))).toEqual([twinName, first.fileName]);
  });
});

describe('backup file names', () => {
  it('say when and why a backup was made, in UTC, and read back the same', () => {
    const name = backupFileName(new Date('2026-11-27T22:10:05.678Z'), { kind: 'daily' });
    expect(name).toBe('mending-2026-11-27T22-10-05Z-daily.sqlite3');
    expect(parseBackupName(name)).toEqual({
      createdAt: '2026-11-27T22:10:05.000Z',
      kind: 'daily',
      migrationVersion: null,
      sequence: 1,
    });
    expect(
      parseBackupName(backupFileName(NOW, { kind: 'before-migration', migrationVersion: 12 }, 3)),
    ).toMatchObject({ kind: 'before-migration', migrationVersion: 12, sequence: 3 });
  });

  it.each([
    'mending.sqlite3',
    'mending-2026-11-27T22-10-05Z-daily.sqlite3-wal',
    '.partial-123.sqlite3',
    'mending-2026-02-30T22-10-05Z-daily.sqlite3',
    'mending-2026-11-27T22-10-05Z-weekly.sqlite3',
    'mending-2026-11-27T22-10-05Z-daily.1.sqlite3',
    '../mending-2026-11-27T22-10-05Z-daily.sqlite3',
    'mending-2026-11-27T22-10-05Z-before-migration-0.sqlite3',
  ])('ignore a file that is not a backup: %s', (name) => {
    expect(parseBackupName(name)).toBeNull();
  });
});
