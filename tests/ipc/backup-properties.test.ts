import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackupService } from '../../src-main/services/backup-service';
import { createMoodService } from '../../src-main/services/mood-service';
import { MOOD_NOTE_MAX } from '../../src-main/shared/domain/mood';
import {
  expectChannelIsTotal,
  hostileValue,
  humanText,
  mutated,
  type Dispatch,
} from '../helpers/channel-properties';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

/** Names a renderer (or something pretending to be one) might send instead of a listed backup. */
const strangeNames = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom(
    '../mending.sqlite3',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'mending-2026-11-27T22-10-05Z-daily.sqlite3',
    'mending-2026-11-27T22-10-05Z-daily.sqlite3/../../mending.sqlite3',
    'mending-..sqlite3',
    '.partial-0.sqlite3',
    'mending.sqlite3',
    `mending-${'9'.repeat(200)}.sqlite3`,
  ),
  fc
    .tuple(fc.constantFrom('daily', 'manual', 'before-restore', 'before-migration-2'), fc.nat(99))
    .map(
      ([kind, n]) =>
        `mending-2026-01-${String((n % 28) + 1).padStart(2, '0')}T00-00-00Z-${kind}.sqlite3`,
    ),
);

async function seedOneBackup(dispatch: Dispatch): Promise<string> {
  await dispatch('mood:create', {
    occurredAt: '2026-05-01T10:00:00.000Z',
    timeZone: 'UTC',
    mood: 5,
  });
  const made = await dispatch('backup:create', {});
  if (!made.ok) throw new Error(made.error.message);
  return (made.value as { fileName: string }).fileName;
}

describe('backup channels under arbitrary input', () => {
  it.each([
    ['backup:list', hostileValue],
    ['backup:create', fc.oneof(hostileValue, fc.constant({}))],
  ] as const)(
    '%s answers every input with a typed result and writes nothing when refusing',
    async (channel, inputs) => {
      await expectChannelIsTotal(channel, inputs, {
        seed: async (dispatch) => void (await seedOneBackup(dispatch)),
        numRuns: 40,
      });
    },
  );

  it('backup:restore accepts only a listed backup, and changes nothing for anything else', async () => {
    let listedName = '';
    const listed = fc.constant(null).map(() => ({ fileName: listedName }));
    await expectChannelIsTotal(
      'backup:restore',
      fc.oneof(
        hostileValue,
        fc.record({ fileName: strangeNames }),
        mutated(fc.record({ fileName: strangeNames })),
        mutated(listed),
        listed,
      ),
      {
        seed: async (dispatch) => {
          listedName = await seedOneBackup(dispatch);
        },
        numRuns: 60,
      },
    );
  });

  it('backs up and restores any saved entries unchanged: emoji, RTL, SQL-looking text, long notes', async () => {
    const testDb = createTestDatabase();
    try {
      const mood = createMoodService(testDb.db);
      const backups = createBackupService(testDb.db, {
        backupsDir: path.join(path.dirname(testDb.path), 'backups'),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.oneof(humanText(200), fc.constant('🌧️'.repeat(MOOD_NOTE_MAX)), fc.constant(null)),
            { minLength: 1, maxLength: 4 },
          ),
          fc.integer({ min: 1, max: 10 }),
          async (notes, moodValue) => {
            for (const note of notes) {
              mood.create({
                occurredAt: '2026-05-01T10:00:00.000Z',
                timeZone: 'Asia/Kathmandu',
                mood: moodValue,
                note,
              });
            }
            const saved = snapshotAllTables(testDb.db);
            const backup = await backups.create();
            testDb.db.prepare('DELETE FROM mood_entries').run();

            await backups.restore(backup.fileName);

            expect(snapshotAllTables(testDb.db)).toEqual(saved);
          },
        ),
        { numRuns: 10 },
      );
    } finally {
      testDb.cleanup();
    }
  });
});
