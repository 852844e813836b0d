import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName, type BackupFile } from '../../src-main/db/backup-files';
import { chooseBackupsToKeep } from '../../src-main/db/backup-retention';
import { RETENTION, dailyBackupsKeepDeletedFor } from '../../src-main/shared/backup-policy';

const DAY_MS = 86_400_000;
const WEEK_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

type Kept = Pick<BackupFile, 'fileName' | 'createdAt' | 'kind' | 'sequence'>;

/**
 * With a daily backup each morning (the app opened every day) and the real pruning run after each,
 * how many days an entry deleted at noon on day `deletedOn` stays in some kept backup.
 */
function daysInBackupsAfterDeletion(deletedOn: number): number {
  const start = Date.UTC(2026, 0, 5, 9, 0, 0);
  const deletedAt = start + deletedOn * DAY_MS + 3 * 3_600_000;
  let kept: Kept[] = [];
  for (let day = 0; day < deletedOn + 200; day += 1) {
    const now = start + day * DAY_MS;
    const fileName = backupFileName(new Date(now), { kind: 'daily' });
    const parsed = parseBackupName(fileName);
    if (!parsed) throw new Error(`unparsable ${fileName}`);
    kept = chooseBackupsToKeep([...kept, { ...parsed, fileName, kind: 'daily' }], new Date(now));
    if (now > deletedAt && kept.every((b) => Date.parse(b.createdAt) > deletedAt)) {
      return (now - deletedAt) / DAY_MS;
    }
  }
  throw new Error('the entry never left the backups');
}

describe('what Settings says about how long backups keep deleted entries', () => {
  it('"up to N weeks" is what the pruning code does when the app is opened every day, and tight', () => {
    // Deleted on each day of a week, long after the first backup.
    const longest = Math.max(...[70, 71, 72, 73, 74, 75, 76].map(daysInBackupsAfterDeletion));
    const weeks = Math.ceil(longest / 7);
    expect(dailyBackupsKeepDeletedFor()).toBe(`${WEEK_WORDS[weeks] ?? weeks} weeks`);
    // Tight: some deletion really stays into the last of those weeks.
    expect(longest).toBeGreaterThan((weeks - 1) * 7);
  });

  it('reads "five weeks" with today’s rules (7 daily copies, then 4 weekly ones)', () => {
    expect(RETENTION).toMatchObject({ dailies: 7, weeklies: 4 });
    expect(dailyBackupsKeepDeletedFor()).toBe('five weeks');
  });

  it('follows the rules when they change', () => {
    expect(dailyBackupsKeepDeletedFor({ dailies: 7, weeklies: 0 })).toBe('one week');
    expect(dailyBackupsKeepDeletedFor({ dailies: 14, weeklies: 8 })).toBe('ten weeks');
  });
});

describe('what Settings says about when safety copies are removed', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 2, 2, 10, 0, 0) + day * DAY_MS);
  const copy = (day: number, kind: 'before-migration' | 'before-restore'): Kept => {
    const fileName = backupFileName(
      at(day),
      kind === 'before-migration' ? { kind, migrationVersion: 3 } : { kind },
    );
    const parsed = parseBackupName(fileName);
    if (!parsed) throw new Error(`unparsable ${fileName}`);
    return { ...parsed, fileName, kind };
  };

  it(`removes one once it is more than ${RETENTION.safetyCopyDays} days old, keeping the newest of each kind`, () => {
    const list = [
      copy(0, 'before-restore'),
      copy(1, 'before-restore'),
      copy(0, 'before-migration'),
    ];
    const keptOn = (day: number) =>
      chooseBackupsToKeep(list, at(day)).map((b) => `${b.kind} ${b.createdAt.slice(0, 10)}`);
    // On its last day it stays...
    expect(keptOn(RETENTION.safetyCopyDays)).toHaveLength(3);
    // ...past it the older restore copy goes, while the newest of each kind stays however old.
    const later = keptOn(RETENTION.safetyCopyDays + 1);
    expect(later).toHaveLength(2);
    expect(later).toEqual(keptOn(RETENTION.safetyCopyDays + 400));
    expect(later.sort()).toEqual(['before-migration 2026-03-02', 'before-restore 2026-03-03']);
  });
});
