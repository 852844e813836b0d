import { bench, describe } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createTrustService } from '../../src-main/services/trust-service';
import { addDays, instantOfWallTime } from '../../src-main/shared/calendar';

/*
 * What the Take it Slow part costs each time it reads (`trust:summary` and `trust:list` on every
 * visit and after every change): ten years of check-ins, two a day, and a conflict practised every
 * other day, read a year at a time (the part's first span) and whole (after "Show earlier" nine
 * times). Target: a mean well under 20 ms for the year and 100 ms for the decade, so the main
 * process is never held up (on a shared 2-core build machine: about 5 ms and 65 ms). Run with
 * `npm run bench`.
 */

const START = '2016-12-01';
const TODAY = '2026-11-30';
const db = openDatabase(':memory:');
const insertCheckin = db.prepare(
  `INSERT INTO trust_checkins (occurred_at, time_zone, local_day, trust, tension, note, created_at)
   VALUES (?, 'Europe/Paris', ?, ?, ?, NULL, ?)`,
);
const insertTalk = db.prepare(
  `INSERT INTO communication_entries (occurred_at, time_zone, local_day, skill, counterpart,
     is_contact_with_ex, tone, outcome, created_at, updated_at)
   VALUES (?, 'Europe/Paris', ?, 'conflict_resolution', 'ex', 1, ?, ?, ?, ?)`,
);
db.transaction(() => {
  for (let day = START, i = 0; day <= TODAY; day = addDays(day, 1), i += 1) {
    for (const time of ['08:00', '21:00']) {
      const at = instantOfWallTime(day, time, 'Europe/Paris');
      insertCheckin.run(at, day, i % 11, (i * 7) % 11, at);
    }
    if (i % 2 === 0) {
      const at = instantOfWallTime(day, '19:00', 'Europe/Paris');
      const tone = ['friendly', 'civil', 'tense', 'hostile'][i % 4] ?? null;
      const outcome = ['resolved', 'partly', 'not', null][i % 4] ?? null;
      insertTalk.run(at, day, tone, outcome, at, at);
    }
  }
})();
const trust = createTrustService(db);

describe('the Take it Slow part, ten years of history', () => {
  bench('summary and list, the last year', () => {
    trust.summary({ from: '2025-12-01', to: TODAY });
    trust.list({ from: '2025-12-01', to: TODAY });
  });
  bench('summary and list, all ten years', () => {
    trust.summary({ from: START, to: TODAY });
    trust.list({ from: START, to: TODAY });
  });
});
