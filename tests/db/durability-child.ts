/**
 * Writes mood entries through the real service as fast as it can, printing `saved <id>` after
 * each one is committed, until durability.test.ts kills it. Run as
 * `node --import tsx tests/db/durability-child.ts <dbPath>`.
 */
import { openDatabase } from '../../src-main/db/open-database';
import { createMoodService } from '../../src-main/services/mood-service';

const TAGS = ['anxious', 'calm', 'hopeful'];
const FIRST_INSTANT = Date.UTC(2026, 0, 1);

const dbPath = process.argv[2];
if (!dbPath) {
  process.stderr.write('usage: durability-child.ts <dbPath>\n');
  process.exit(2);
}

const moods = createMoodService(openDatabase(dbPath));
for (let i = 0; ; i += 1) {
  const mood = 1 + (i % 10);
  const entry = moods.create({
    occurredAt: new Date(FIRST_INSTANT + i * 60_000).toISOString(),
    timeZone: 'Europe/Paris',
    mood,
    energy: i % 3 === 0 ? null : 1 + (i % 10),
    hurt: i % 11,
    // The test checks every saved entry has exactly `mood % 4` tags: an entry without all its
    // tags would mean the service's transaction was torn by the crash.
    tags: TAGS.slice(0, mood % 4),
    note: i % 2 === 0 ? null : `Entry ${i}, written to be interrupted.`,
  });
  // A synchronous write on Linux pipes: once the parent reads this line, the entry was committed.
  process.stdout.write(`saved ${entry.id}\n`);
}
