import { bench, describe } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createInsightService } from '../../src-main/services/insight-service';
import { addDays } from '../../src-main/shared/calendar';

/**
 * `insight:list` over ten years: two mood entries a day (one with two emotion words), twelve
 * habits checked in daily (a third of them to break, a quarter by the week), and contact with the
 * ex every fifth day. "All time" reads and compares every day of it, so this is the read that
 * grows with the history; a month is what the Insights screen opens on. Run with `npm run bench`.
 */
const TODAY = '2026-11-30';
const DAYS = 3650;
const CREATED = '2016-01-01T00:00:00.000Z';
const db = openDatabase(':memory:');
const insertMood = db.prepare(
  `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, created_at, updated_at)
   VALUES (?, 'UTC', ?, ?, '${CREATED}', '${CREATED}')`,
);
const insertTag = db.prepare('INSERT INTO mood_entry_tags (entry_id, tag) VALUES (?, ?)');
const insertHabit = db.prepare(
  `INSERT INTO habits (name, kind, target_count, period, created_at) VALUES (?, ?, ?, ?, '${CREATED}')`,
);
const insertCheckin = db.prepare(
  `INSERT INTO habit_checkins (habit_id, day, count, is_skip, created_at, updated_at)
   VALUES (?, ?, ?, 0, '${CREATED}', '${CREATED}')`,
);
const insertContact = db.prepare(
  `INSERT INTO communication_entries (occurred_at, time_zone, local_day, skill, counterpart,
     is_contact_with_ex, contact_context, created_at, updated_at)
   VALUES (?, 'UTC', ?, 'calm_logistics', 'co_parent', 1, 'co_parenting', '${CREATED}', '${CREATED}')`,
);
const WORDS = ['hopeful', 'lonely', 'calm', 'anxious', 'heartbroken', 'tired'];
db.transaction(() => {
  const habitIds = Array.from({ length: 12 }, (_, h) =>
    Number(
      insertHabit.run(
        `Habit ${h}`,
        h % 3 === 0 ? 'break' : 'build',
        h % 3 === 0 ? 0 : 1,
        h % 4 === 1 ? 'week' : 'day',
      ).lastInsertRowid,
    ),
  );
  for (let d = 0; d < DAYS; d += 1) {
    const day = addDays(TODAY, -d);
    for (const [time, mood] of [
      ['09:00', 1 + (d % 10)],
      ['21:00', 1 + ((d * 7) % 10)],
    ] as const) {
      const id = insertMood.run(`${day}T${time}:00.000Z`, day, mood).lastInsertRowid;
      if (time === '09:00') {
        insertTag.run(id, WORDS[d % WORDS.length]);
        insertTag.run(id, WORDS[(d * 5 + 1) % WORDS.length]);
      }
    }
    habitIds.forEach((id, h) => insertCheckin.run(id, day, (d + h) % 5 === 0 ? 0 : 1));
    if (d % 5 === 0) insertContact.run(`${day}T12:00:00.000Z`, day);
  }
})();
const insights = createInsightService(db);

describe('insight:list', () => {
  bench('all time over ten years', () => {
    insights.list({ range: 'all', today: TODAY });
  });
  bench('a month of ten years', () => {
    insights.list({ range: 'month', today: TODAY });
  });
});
