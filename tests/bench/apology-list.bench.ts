import { bench, describe } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createApologyService } from '../../src-main/services/apology-service';
import { addDays } from '../../src-main/shared/calendar';

/**
 * `apology:list` over ten years of twelve habits (about 44,000 check-ins) and fifty drafts: the
 * evidence sentences count each habit's last four weeks, scored from its first record, so this is
 * the read that grows with the history. It reads the same check-ins `habit:list` does and scores
 * them once (not twice: the order uses the share kept, not the strength), so it should cost no
 * more than opening the Habits screen on the same history. Run with `npm run bench`.
 */
const TODAY = '2026-11-30';
const db = openDatabase(':memory:');
const insertHabit = db.prepare(
  "INSERT INTO habits (name, kind, target_count, period, created_at) VALUES (?, ?, ?, ?, '2016-01-01T00:00:00.000Z')",
);
const insertCheckin = db.prepare(
  "INSERT INTO habit_checkins (habit_id, day, count, is_skip, created_at, updated_at) VALUES (?, ?, ?, 0, '2016-01-01T00:00:00.000Z', '2016-01-01T00:00:00.000Z')",
);
db.transaction(() => {
  for (let h = 0; h < 12; h += 1) {
    const id = Number(
      insertHabit.run(
        `Habit ${h}`,
        h % 3 === 0 ? 'break' : 'build',
        h % 3 === 0 ? 0 : 1,
        h % 4 === 1 ? 'week' : 'day',
      ).lastInsertRowid,
    );
    for (let d = 1; d <= 3650; d += 1)
      insertCheckin.run(id, addDays(TODAY, -d), (d + h) % 5 === 0 ? 0 : 1);
  }
})();
const apology = createApologyService(db, { now: () => new Date(`${TODAY}T12:00:00Z`) });
for (let i = 0; i < 50; i += 1) {
  apology.save({
    owning: 'I was wrong.',
    changes: 'I changed.',
    tryAgain: 'I would like to.',
    timeZone: 'UTC',
  });
}

describe('apology:list', () => {
  bench('ten years of twelve habits, fifty drafts', () => {
    apology.list(TODAY);
  });
});
