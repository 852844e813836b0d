import { describe, expect, it } from 'vitest';
import { RETENTION, dailyBackupsKeepDeletedFor } from '../../../src-main/shared/backup-policy';
import {
  BACKUPS_STILL_HOLD_IT,
  deletedWithBackupsNote,
} from '../../../src-renderer/app/backups-note';
import { DELETED as CONVERSATION_DELETED } from '../../../src-renderer/features/communication/communication-copy';
import { checkinMessages, habitMessages } from '../../../src-renderer/features/habits/habits-copy';
import { ENTRY_DELETED } from '../../../src-renderer/features/mood/mood-copy';

describe('the backups clause of a delete message', () => {
  it('gives the span the pruning rules keep daily backups for, and where to read more', () => {
    expect(RETENTION).toMatchObject({ dailies: 7, weeklies: 4 });
    expect(BACKUPS_STILL_HOLD_IT).toBe(
      'Backups still hold it until newer ones replace them: about five weeks if you open ' +
        'Mending daily (Backups in Settings says more).',
    );
    expect(BACKUPS_STILL_HOLD_IT).toContain(dailyBackupsKeepDeletedFor());
    // Plain words: nothing "ages out", and no countdown to a day.
    expect(BACKUPS_STILL_HOLD_IT).not.toMatch(/age out|\d+ days/);
  });

  it('follows every message where text leaves the data file, said the same way', () => {
    expect(ENTRY_DELETED).toBe(`Mood entry deleted. ${BACKUPS_STILL_HOLD_IT}`);
    expect(CONVERSATION_DELETED).toBe(`Conversation deleted. ${BACKUPS_STILL_HOLD_IT}`);
    expect(checkinMessages.cleared('Walk', '2026-11-30', '2026-11-30')).toMatch(
      /^Cleared “Walk” today\. Backups still hold it until newer ones replace them/,
    );
    expect(deletedWithBackupsNote('“raw” removed.')).toBe(
      `“raw” removed. ${BACKUPS_STILL_HOLD_IT}`,
    );
  });

  it('is not added where nothing leaves the file (an archived habit keeps its history)', () => {
    expect(habitMessages.archived('Walk')).toBe('Archived “Walk”. Its history is kept.');
    expect(checkinMessages.kept('Walk', '2026-11-30', '2026-11-30')).not.toContain('Backups');
  });
});
