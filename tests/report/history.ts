import type Database from 'better-sqlite3';
import { addDays, instantOfWallTime } from '../../src-main/shared/calendar';
import { COMMUNICATION_SKILLS } from '../../src-main/shared/domain/communication';
import { createApologyService } from '../../src-main/services/apology-service';
import { createDecideService } from '../../src-main/services/decide-service';
import { createJourneyService } from '../../src-main/services/journey-service';
import { createStageService } from '../../src-main/services/stage-service';
import { createTrustService } from '../../src-main/services/trust-service';

/** A small, seeded random generator (mulberry32): the same history on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HistoryOptions {
  /** The first day of the history. */
  readonly from: string;
  readonly days: number;
  readonly timeZone?: string;
  readonly seed?: number;
  /** Names that appear in notes, so redaction has something to hide. */
  readonly names?: readonly string[];
  /** Also record a move to Decide two thirds of the way through, with a reason. */
  readonly withStageChange?: boolean;
  /**
   * Also walk the journey in the last four weeks, through the app's own services (see
   * `walkJourney`); it makes its own move to Decide, so `withStageChange` is then ignored.
   */
  readonly withJourney?: boolean;
}

/** The days (offsets from the history's last day) on which `walkJourney` takes each step. */
export const JOURNEY_STEPS = {
  honestReflection: -28,
  decide: -26,
  worksheet: -24,
  draft: -21,
  ready: -18,
  answer: -14,
  trustCheckins: [-12, -9, -6, -3],
} as const;

/**
 * The journey as a person walks it, written through the services exactly as the app writes it:
 * an honest reflection in Heal Yourself; a move to Decide; a Decide worksheet ("mostly me", no
 * deal-breaker, two habits picked as evidence, a note) that chooses Reconcile and so moves to
 * Apologize; an apology draft, saved, then marked ready; its answer, a yes, with the move to Take
 * it Slow; and four trust check-ins after it, trust rising and tension easing.
 */
function walkJourney(
  db: Database.Database,
  lastDay: string,
  zone: string,
  habitIds: readonly number[],
  names: readonly string[],
  stamp: (day: string, time: string) => string,
): void {
  let at = new Date(stamp(lastDay, '12:00'));
  const clock = { now: () => at };
  const on = (offset: number, time: string): string => {
    const day = addDays(lastDay, offset);
    at = new Date(stamp(day, time));
    return day;
  };
  const [friend = 'a friend', other = 'a friend'] = names;
  const journey = createJourneyService(db, clock);
  const stages = createStageService(db, clock);
  const decide = createDecideService(db, clock);
  const apology = createApologyService(db, clock);
  const trust = createTrustService(db, clock);

  journey.reflect({
    day: on(JOURNEY_STEPS.honestReflection, '20:30'),
    overThem: 'some',
    habits: 'mostly',
    allRight: 'some_days',
    makesSense: 'yes',
    note: `Talked it through with ${friend} first.`,
  });
  on(JOURNEY_STEPS.decide, '20:00');
  stages.move({
    stage: 'decide',
    reason: `Feeling steadier. Talked it over with ${other}.`,
    wasSuggested: true,
    timeZone: zone,
  });
  decide.choose({
    day: on(JOURNEY_STEPS.worksheet, '21:00'),
    timeZone: zone,
    path: 'reconcile',
    safety: 'no',
    askedNoContact: 'no',
    fault: 'me',
    dealBreakers: [],
    changedHabitIds: [habitIds[0], habitIds[2]].filter((id): id is number => id !== undefined),
    changeNote: `I stopped going quiet when things got hard; ${friend} noticed it too.`,
  });
  on(JOURNEY_STEPS.draft, '19:00');
  const parts = {
    owning:
      'I went quiet and shut you out when things got hard, and your hurt about it makes sense.',
    changes: 'I am sorry. I walk every morning now, and I say what I need instead of going silent.',
    tryAgain: '',
  };
  const { draft } = apology.save({ ...parts, timeZone: zone });
  on(JOURNEY_STEPS.ready, '19:30');
  apology.save({
    ...parts,
    id: draft.id,
    tryAgain: 'I would like to try again, slowly, and I will understand if you cannot.',
    markReady: true,
    timeZone: zone,
  });
  apology.recordOutcome({
    id: draft.id,
    answer: 'yes',
    day: on(JOURNEY_STEPS.answer, '21:30'),
    timeZone: zone,
    move: true,
  });
  JOURNEY_STEPS.trustCheckins.forEach((offset, i) => {
    on(offset, '22:00');
    trust.create({
      occurredAt: at.toISOString(),
      timeZone: zone,
      trust: 3 + i,
      tension: 7 - i,
      note: i === 1 ? `A calm dinner; we laughed about ${friend}'s dog.` : null,
    });
  });
}

const NOTE_TEMPLATES = [
  'Walked by the river after work and felt lighter.',
  'Long call with {name}; cried a bit, then laughed.',
  'Hard evening. Saw an old photo and it hit me again.',
  'Slept well for once. Made breakfast properly.',
  '{name} invited me to the climbing gym, and I went.',
  'Handover went calmly. I kept it short and kind.',
  'Journaled for twenty minutes. Writing it down helps.',
  'Felt restless; cleaned the kitchen instead of texting.',
];

/**
 * Fills the database with a realistic history written straight in SQL (fast: one transaction):
 * mood most days, slowly rising, with notes now and then; four habits with check-ins; several
 * conversations a week, including co-parenting contact with the ex that grows calmer; one
 * reflection a month; and, when asked, the journey (`walkJourney`). Returns the number of mood
 * entries written.
 */
export function seedHistory(
  db: Database.Database,
  options: HistoryOptions,
): { moodEntries: number } {
  const zone = options.timeZone ?? 'UTC';
  const rand = random(options.seed ?? 7);
  const names = options.names ?? ['Sam', 'Priya'];
  const stamp = (day: string, time: string) =>
    zone === 'UTC' ? `${day}T${time}:00.000Z` : instantOfWallTime(day, time, zone);

  const insertMood = db.prepare(
    `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, energy, hurt, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTag = db.prepare('INSERT INTO mood_entry_tags (entry_id, tag) VALUES (?, ?)');
  const insertHabit = db.prepare(
    `INSERT INTO habits (name, kind, target_count, period, created_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertCheckin = db.prepare(
    `INSERT INTO habit_checkins (habit_id, day, count, is_skip, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCommunication = db.prepare(
    `INSERT INTO communication_entries (occurred_at, time_zone, local_day, skill, counterpart,
       is_contact_with_ex, contact_context, initiated_by, tone, self_rating, outcome, mood_before,
       mood_after, do_differently, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReflection = db.prepare(
    `INSERT INTO reflections (kind, stage, local_day, answers, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertStage = db.prepare(
    `INSERT INTO stage_changes (stage, changed_at, time_zone, reason, was_suggested) VALUES (?, ?, ?, ?, ?)`,
  );

  let moodEntries = 0;
  let habitIds: number[] = [];
  db.transaction(() => {
    const created = stamp(options.from, '08:00');
    const habits = [
      ['Morning walk', 'build', 1, 'day'],
      ['Call a friend', 'build', 3, 'week'],
      ['Checking their social media', 'break', 0, 'day'],
      ['Lights out by 23:30', 'build', 1, 'day'],
    ] as const;
    habitIds = habits.map(([name, kind, target, period]) =>
      Number(insertHabit.run(name, kind, target, period, created).lastInsertRowid),
    );

    for (let i = 0; i < options.days; i += 1) {
      const day = addDays(options.from, i);
      const progress = i / Math.max(1, options.days - 1);
      const note = (n: number) =>
        (NOTE_TEMPLATES[n % NOTE_TEMPLATES.length] ?? '').replace(
          '{name}',
          names[n % names.length] ?? 'a friend',
        );

      // Mood: most days, sometimes twice; rising from about 3.5 to about 6.5 with ups and downs.
      const entriesToday = rand() < 0.8 ? (rand() < 0.25 ? 2 : 1) : 0;
      for (let e = 0; e < entriesToday; e += 1) {
        const base = 3.5 + 3 * progress + Math.sin(i / 9) * 0.8 + (rand() - 0.5) * 2.4;
        const mood = Math.min(10, Math.max(1, Math.round(base)));
        const hurt =
          rand() < 0.7
            ? Math.min(10, Math.max(0, Math.round(8 - 5.5 * progress + (rand() - 0.5) * 2)))
            : null;
        const at = stamp(day, e === 0 ? '08:30' : '21:15');
        const text = rand() < 0.3 ? note(Math.floor(rand() * 1000)) : null;
        const id = Number(
          insertMood.run(at, zone, day, mood, Math.ceil(rand() * 10), hurt, text, at, at)
            .lastInsertRowid,
        );
        const tag =
          mood >= 6 ? (rand() < 0.5 ? 'hopeful' : 'calm') : rand() < 0.5 ? 'lonely' : 'sad';
        insertTag.run(id, tag);
        if (rand() < 0.05) insertTag.run(id, 'wobbly but okay');
        moodEntries += 1;
      }

      // Habits: more often done as the months go by.
      const doneChance = 0.55 + 0.4 * progress;
      const at = stamp(day, '22:00');
      habitIds.forEach((habitId, h) => {
        const roll = rand();
        if (roll < 0.03) {
          insertCheckin.run(habitId, day, null, 1, null, at, at);
        } else if (h === 2) {
          insertCheckin.run(habitId, day, roll < doneChance ? 0 : 1, 0, null, at, at);
        } else if (h === 1) {
          if (roll < 0.45 * doneChance) insertCheckin.run(habitId, day, 1, 0, null, at, at);
        } else if (roll < doneChance) {
          const checkinNote = rand() < 0.02 ? `Did it with ${names[0] ?? 'a friend'}.` : null;
          insertCheckin.run(habitId, day, 1, 0, checkinNote, at, at);
        }
      });

      // Conversations: about three a week; co-parenting contact with the ex once a week.
      if (rand() < 0.43) {
        const skill =
          COMMUNICATION_SKILLS[Math.floor(rand() * COMMUNICATION_SKILLS.length)] ?? 'listening';
        const good = rand() < 0.35 + 0.5 * progress;
        const entryAt = stamp(day, '18:00');
        insertCommunication.run(
          entryAt,
          zone,
          day,
          skill,
          rand() < 0.2 ? 'rehearsal_alone' : 'friend',
          0,
          null,
          'me',
          'friendly',
          Math.ceil(rand() * 5),
          good ? 'resolved' : rand() < 0.6 ? 'partly' : 'not',
          5,
          6,
          rand() < 0.3 ? 'Ask one more question before answering.' : null,
          rand() < 0.2 ? `Talked it through with ${names[1] ?? 'a friend'}.` : null,
          entryAt,
          entryAt,
        );
      }
      if (i % 7 === 3) {
        const calm = rand() < 0.3 + 0.6 * progress;
        const tone = calm
          ? rand() < 0.5
            ? 'friendly'
            : 'civil'
          : rand() < 0.7
            ? 'tense'
            : 'hostile';
        const entryAt = stamp(day, '17:30');
        insertCommunication.run(
          entryAt,
          zone,
          day,
          'calm_logistics',
          'co_parent',
          1,
          'co_parenting',
          rand() < 0.5 ? 'me' : 'them',
          tone,
          Math.ceil(rand() * 5),
          calm ? 'resolved' : 'partly',
          5,
          calm ? 6 : 4,
          calm ? null : 'Keep to the pickup times; leave the past out of it.',
          null,
          entryAt,
          entryAt,
        );
      }

      if (i % 30 === 15) {
        insertReflection.run(
          'weekly_check_in',
          'heal_yourself',
          day,
          JSON.stringify({
            whatHelped: `Walking, and talking to ${names[0] ?? 'a friend'}.`,
            whatWasHard: 'Weekends.',
            proudOf: ['Kept my routine', 'Asked for help'],
          }),
          at,
          at,
        );
      }
    }
    if (options.withStageChange && !options.withJourney) {
      const day = addDays(options.from, Math.floor((options.days * 2) / 3));
      insertStage.run(
        'decide',
        stamp(day, '20:00'),
        zone,
        `Feeling steadier. Talked it over with ${names[1] ?? 'a friend'}.`,
        1,
      );
    }
  })();
  if (options.withJourney) {
    if (options.days < 40) throw new Error('The journey needs a history of 40 days or more.');
    walkJourney(db, addDays(options.from, options.days - 1), zone, habitIds, names, stamp);
  }
  return { moodEntries };
}
