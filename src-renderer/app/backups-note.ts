import { dailyBackupsKeepDeletedFor } from '../../src-main/shared/backup-policy';

/*
 * The one clause every delete message adds where text really leaves the data file (a mood entry,
 * a conversation, a cleared habit day, an emotion word no entry uses): the backups still hold it.
 * Said once here so every screen says it the same way, with the span taken from the pruning rules
 * (shared/backup-policy.ts), so the words cannot drift from what the code does. Backups made by
 * hand, and the newest safety copies, keep it longer; Settings says so, and this points there.
 */
export const BACKUPS_STILL_HOLD_IT =
  'Backups still hold it until newer ones replace them: about ' +
  `${dailyBackupsKeepDeletedFor()} if you open Mending daily (Backups in Settings says more).`;

/** A delete message with the backups clause after it: "Mood entry deleted. Backups still…". */
export function deletedWithBackupsNote(message: string): string {
  return `${message} ${BACKUPS_STILL_HOLD_IT}`;
}
