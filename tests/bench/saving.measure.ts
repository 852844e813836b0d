import type Database from 'better-sqlite3';
import { afterAll, test } from 'vitest';
import type { Channel } from '../../src-main/shared/ipc-channels';
import { recordFigure } from './figures';
import { measureCalls, openHistories } from './through-router';

/*
 * Saving one entry through the router (validated once, written in a transaction with its tags,
 * read back and checked against the contract) divided by a bare prepared INSERT of the same row
 * with the same pragmas (WAL, synchronous=FULL: each commit waits for the disk), side by side on
 * the ten-year history. Target: at most 1.5. The month and year columns show saving does not
 * grow with the history either. Every call writes a new row (a new instant or day), so no save
 * is a no-op. Habit check-ins are measured in saving-checkin.measure.ts (a day of today, and a
 * back-fill that re-scores from its day).
 */
const histories = openHistories();
afterAll(() => histories.forEach((history) => history.cleanup()));

/** A new instant (or day) per call, so each save writes a row of its own. */
function counter(): () => number {
  let n = 0;
  return () => {
    n += 1;
    return n;
  };
}

interface Save {
  readonly id: string;
  readonly what: string;
  readonly channel: Channel;
  readonly input: (n: number) => unknown;
  readonly insert: (db: Database.Database) => (n: number) => unknown;
}

const instant = (n: number) => new Date(Date.parse('2026-11-27T08:00:00.000Z') + n * 1000);

const SAVES: readonly Save[] = [
  {
    id: 'mood',
    what: 'a mood entry (mood:create)',
    channel: 'mood:create',
    input: (n) => ({
      occurredAt: instant(n).toISOString(),
      timeZone: 'Europe/Paris',
      mood: 6,
      energy: 5,
      hurt: 3,
      tags: ['calm', 'hopeful'],
      note: 'A long walk by the river helped.',
    }),
    insert: (db) => {
      const entry = db.prepare(
        `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, energy, hurt, note,
                                   created_at, updated_at)
         VALUES (?, 'Europe/Paris', '2026-11-27', 6, 5, 3, 'A long walk by the river helped.', ?, ?)`,
      );
      const tag = db.prepare('INSERT INTO mood_entry_tags (entry_id, tag) VALUES (?, ?)');
      const save = db.transaction((at: string) => {
        const id = entry.run(at, at, at).lastInsertRowid;
        tag.run(id, 'calm');
        tag.run(id, 'hopeful');
      });
      return (n) => save(instant(n).toISOString());
    },
  },
  {
    id: 'conversation',
    what: 'a conversation (communication:create)',
    channel: 'communication:create',
    input: (n) => ({
      counterpart: 'friend',
      isContactWithEx: false,
      skill: 'listening',
      occurredAt: instant(n).toISOString(),
      timeZone: 'Europe/Paris',
      tone: 'friendly',
      outcome: 'resolved',
      selfRating: 4,
      note: 'Let them finish before answering.',
    }),
    insert: (db) => {
      const entry = db.prepare(
        `INSERT INTO communication_entries (occurred_at, time_zone, local_day, skill, counterpart,
           is_contact_with_ex, tone, self_rating, outcome, note, created_at, updated_at)
         VALUES (?, 'Europe/Paris', '2026-11-27', 'listening', 'friend', 0, 'friendly', 4,
                 'resolved', 'Let them finish before answering.', ?, ?)`,
      );
      return (n) => {
        const at = instant(n).toISOString();
        return entry.run(at, at, at);
      };
    },
  },
];

for (const save of SAVES) {
  test(`saving ${save.what}`, async () => {
    const next = counter();
    const ms = await measureCalls(
      histories,
      save.channel,
      () => save.input(next()),
      (db) => {
        const insert = save.insert(db);
        const nextBare = counter();
        return () => insert(nextBare());
      },
    );
    if (ms.sql === null) throw new Error('a bare insert was measured');
    recordFigure({
      id: `saving/${save.id}`,
      section: 'Saving',
      what: `saving ${save.what}`,
      unit: 'ms',
      byHistory: { month: ms.month, year: ms.year, tenYears: ms.tenYears },
      checks: [
        { label: 'router / bare insert', value: ms.tenYears / ms.sql, atMost: 1.5 },
        { label: '10 y / 1 m', value: ms.tenYears / ms.month, atMost: 1.2 },
      ],
      note: `bare prepared insert over 10 y: ${ms.sql.toFixed(3)} ms, same pragmas (WAL, synchronous=FULL)`,
    });
  });
}
