import type Database from 'better-sqlite3';
import { addDays, dayNumber } from '../../src-main/shared/calendar';
import { COMMUNICATION_SKILLS, OUTCOMES, TONES } from '../../src-main/shared/domain/communication';
import { EMOTION_TAGS } from '../../src-main/shared/domain/mood';

/**
 * A deterministic many-year history, written straight in SQL through prepared statements (not
 * through the services under test), for tests that need a long, busy history: the chart cap, and
 * benchmarks. Every day from `years` years before `today` to `today` has one to three mood
 * entries; twelve habits (build and break, daily and weekly, four of them archived along the way)
 * have check-ins on most of their days; there is a conversation on two days in five, half of
 * them contact with the ex; and the journey moves stage five times. The same seed always
 * writes the same rows. Kept small and plain on purpose: a full `npm run seed` comes later.
 */
export interface LongHistory {
  readonly from: string;
  readonly to: string;
  readonly moodEntries: number;
  readonly checkins: number;
  readonly conversations: number;
  readonly habits: number;
  readonly moves: number;
}

/** mulberry32: a tiny seeded generator, so every run writes the same history. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HABITS = [
  ['Walk outside', 'build', 1, 'day'],
  ['Journal', 'build', 1, 'day'],
  ['Call a friend', 'build', 2, 'week'],
  ['Cook a real meal', 'build', 4, 'week'],
  ['Sleep by midnight', 'build', 1, 'day'],
  ['Stretch', 'build', 3, 'week'],
  ['Check their profile', 'break', 0, 'day'],
  ['Scroll in bed', 'break', 1, 'day'],
  ['Drink alone', 'break', 1, 'week'],
  ['Reread old messages', 'break', 0, 'week'],
  ['Meditate', 'build', 1, 'day'],
  ['Read before bed', 'build', 5, 'week'],
] as const;

const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Kathmandu'] as const;

export function insertLongHistory(
  db: Database.Database,
  { today, years = 12, seed = 20261127 }: { today: string; years?: number; seed?: number },
): LongHistory {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const from = addDays(today, -Math.round(years * 365.25));
  const days = dayNumber(today) - dayNumber(from) + 1;

  const insertMood = db.prepare(
    `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, energy, hurt, note,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const insertTag = db.prepare('INSERT INTO mood_entry_tags (entry_id, tag) VALUES (?, ?)');
  const insertHabit = db.prepare(
    `INSERT INTO habits (name, kind, target_count, period, created_at, archived_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertCheckin = db.prepare(
    `INSERT INTO habit_checkins (habit_id, day, count, is_skip, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, NULL, ?, ?)`,
  );
  const insertConversation = db.prepare(
    `INSERT INTO communication_entries (occurred_at, time_zone, local_day, skill, counterpart,
       is_contact_with_ex, contact_context, initiated_by, tone, self_rating, outcome, mood_before,
       mood_after, do_differently, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL, NULL, NULL, NULL, ?, ?)`,
  );
  const insertMove = db.prepare(
    `INSERT INTO stage_changes (stage, changed_at, time_zone, reason, was_suggested)
     VALUES (?, ?, ?, ?, 0)`,
  );

  let moodEntries = 0;
  let checkins = 0;
  let conversations = 0;
  db.transaction(() => {
    // Noon UTC falls on the same calendar day in every zone used here (UTC-5 to UTC+5:45).
    const noon = (day: string) => `${day}T12:00:00.000Z`;

    const habitIds = HABITS.map(([name, kind, target, period], index) => {
      // Habits are added over the first years; every third one after the first is archived later.
      const added = addDays(from, index * 90);
      const archived =
        index % 3 === 1 ? addDays(added, Math.round(days * (0.3 + index / 40))) : null;
      const id = Number(
        insertHabit.run(
          name,
          kind,
          target,
          period,
          noon(added),
          archived === null || archived >= today ? null : noon(archived),
        ).lastInsertRowid,
      );
      return { id, kind, added, archived: archived !== null && archived < today ? archived : null };
    });

    for (let n = 0; n < days; n += 1) {
      const day = addDays(from, n);
      // Mood drifts up over the years, with ups and downs around it.
      const drift = 3 + (5 * n) / days;
      const entries = 1 + Math.floor(random() * 3);
      for (let e = 0; e < entries; e += 1) {
        const zone = pick(ZONES);
        const at = `${day}T${String(9 + e * 4).padStart(2, '0')}:00:00.000Z`;
        const value = Math.min(10, Math.max(1, Math.round(drift + (random() - 0.5) * 4)));
        const hurt = random() < 0.4 ? Math.max(0, Math.round(8 - (7 * n) / days)) : null;
        const id = insertMood.run(at, zone, day, value, null, hurt, at, at).lastInsertRowid;
        if (random() < 0.3) insertTag.run(id, pick(EMOTION_TAGS));
        moodEntries += 1;
      }

      for (const habit of habitIds) {
        if (day < habit.added || (habit.archived !== null && day > habit.archived)) continue;
        const roll = random();
        if (roll < 0.05) {
          insertCheckin.run(habit.id, day, null, 1, noon(day), noon(day));
        } else if (roll < 0.75) {
          const count =
            habit.kind === 'build' ? 1 + Math.floor(random() * 2) : random() < 0.8 ? 0 : 2;
          insertCheckin.run(habit.id, day, count, 0, noon(day), noon(day));
        } else {
          continue;
        }
        checkins += 1;
      }

      // A conversation on two days in five, the first of them contact with the ex: every week of
      // the history has some of both.
      if (n % 5 === 0 || n % 5 === 2) {
        const isContact = n % 5 === 0;
        insertConversation.run(
          noon(day),
          pick(ZONES),
          day,
          isContact && random() < 0.3 ? null : pick(COMMUNICATION_SKILLS),
          isContact ? 'ex' : pick(['friend', 'family', 'coworker_or_classmate'] as const),
          isContact ? 1 : 0,
          isContact ? pick(['co_parenting', 'shared_home', 'work_or_school'] as const) : null,
          random() < 0.2 ? null : pick(TONES),
          1 + Math.floor(random() * 5),
          random() < 0.25 ? null : pick(OUTCOMES),
          noon(day),
          noon(day),
        );
        conversations += 1;
      }
    }

    const moves = [
      ['decide', 0.2, 'Steadier now'],
      ['heal_and_grow', 0.35, 'Moving on'],
      ['decide', 0.6, 'Looking again'],
      ['apologize', 0.7, null],
      ['take_it_slow', 0.8, 'They said yes'],
    ] as const;
    for (const [stage, share, reason] of moves) {
      insertMove.run(stage, noon(addDays(from, Math.round(days * share))), 'Europe/Paris', reason);
    }
  })();

  return {
    from,
    to: today,
    moodEntries,
    checkins,
    conversations,
    habits: HABITS.length,
    moves: 5,
  };
}
