import { RETENTION } from '../shared/backup-policy';
import { addDays } from '../shared/calendar';
import type { BackupFile } from './backup-files';

/*
 * How many backups are kept (the numbers live in shared/backup-policy.ts, which Settings also
 * reads to tell the person). Daily backups: the newest 7, then the newest one of each of the 4
 * most recent ISO weeks not already covered by those 7 (weeks that have a backup, not calendar
 * weeks, so a long break from the app never empties the history). Safety copies made before a
 * migration or a restore: every one from the last 30 days, and always the newest of each kind,
 * however old, because it may be the only copy of data as it was then. Backups the person made
 * with "Back up now" are theirs: never removed automatically.
 */
export { RETENTION };

const DAY_MS = 86_400_000;

/** What retention needs to know about a backup. */
export type RetainedBackup = Pick<BackupFile, 'fileName' | 'createdAt' | 'kind' | 'sequence'>;

/** The Monday that starts the ISO week of a UTC instant, as `YYYY-MM-DD`. */
function isoWeekOf(instant: string): string {
  const day = instant.slice(0, 10);
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

function newestFirst(a: RetainedBackup, b: RetainedBackup): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return b.sequence - a.sequence;
}

/**
 * The backups the retention policy keeps, newest first; every other one in `list` may be removed.
 * Pure. Weeks are counted in UTC: the backups folder has no time zone of its own, and an hour
 * either way at a week's edge changes nothing that matters for keeping a weekly copy.
 */
export function chooseBackupsToKeep<T extends RetainedBackup>(list: readonly T[], now: Date): T[] {
  const sorted = [...list].sort(newestFirst);
  const keep = new Set<T>();

  const dailies = sorted.filter((b) => b.kind === 'daily');
  const recentDailies = dailies.slice(0, RETENTION.dailies);
  for (const backup of recentDailies) keep.add(backup);
  const coveredWeeks = new Set(recentDailies.map((b) => isoWeekOf(b.createdAt)));
  let weeklies = 0;
  for (const backup of dailies.slice(RETENTION.dailies)) {
    if (weeklies === RETENTION.weeklies) break;
    const week = isoWeekOf(backup.createdAt);
    if (coveredWeeks.has(week)) continue;
    coveredWeeks.add(week);
    keep.add(backup);
    weeklies += 1;
  }

  const cutoff = now.getTime() - RETENTION.safetyCopyDays * DAY_MS;
  for (const kind of ['before-migration', 'before-restore'] as const) {
    const copies = sorted.filter((b) => b.kind === kind);
    copies.slice(0, 1).forEach((b) => keep.add(b));
    for (const backup of copies) {
      if (Date.parse(backup.createdAt) >= cutoff) keep.add(backup);
    }
  }

  for (const backup of sorted) if (backup.kind === 'manual') keep.add(backup);
  return sorted.filter((b) => keep.has(b));
}
