import type Database from 'better-sqlite3';
import type {
  CommunicationSkill,
  ContactContext,
  Initiator,
  Counterpart,
  Outcome,
  Tone,
} from '../../shared/domain/communication';
import type { HabitKind, HabitPeriod } from '../../shared/domain/habits';
import type { DayRange } from '../../shared/contract/common';

/*
 * All SQL for the progress report: read-only aggregates over the period. Days are compared as
 * `YYYY-MM-DD` text, which sorts as dates do. Queries that can return something a person wrote
 * take `includeText` and return NULL in its place when it is false, so a summary report never even
 * reads free text.
 */

export interface MoodDayRow {
  readonly day: string;
  readonly average: number;
  readonly entries: number;
  readonly hurt: number | null;
}

export interface MoodNoteRow {
  readonly day: string;
  readonly occurredAt: string;
  readonly timeZone: string;
  readonly mood: number;
  readonly note: string;
}

export interface HabitRow {
  readonly id: number;
  readonly name: string | null;
  readonly kind: HabitKind;
  readonly targetCount: number;
  readonly period: HabitPeriod;
  readonly createdAt: string;
  readonly archivedAt: string | null;
}

export interface CheckinRow {
  readonly habitId: number;
  readonly day: string;
  readonly count: number | null;
  readonly isSkip: boolean;
}

export interface CommunicationGroupRow {
  readonly day: string;
  readonly skill: CommunicationSkill | null;
  readonly counterpart: Counterpart;
  readonly outcome: Outcome | null;
  readonly tone: Tone | null;
  readonly isContactWithEx: boolean;
  readonly contactContext: ContactContext | null;
  /** Who reached out first, for contact with the ex; null when not said. */
  readonly initiatedBy: Initiator | null;
  readonly entries: number;
  readonly ratingSum: number;
  readonly ratings: number;
}

export interface CommunicationNoteRow {
  readonly day: string;
  readonly occurredAt: string;
  readonly timeZone: string;
  readonly skill: CommunicationSkill | null;
  readonly counterpart: Counterpart;
  readonly outcome: Outcome | null;
  readonly tone: Tone | null;
  readonly doDifferently: string | null;
  readonly note: string | null;
}

export interface StageChangeRow {
  readonly stage: string;
  readonly changedAt: string;
  readonly timeZone: string;
  readonly reason: string | null;
  readonly wasSuggested: boolean;
}

export interface ReflectionRow {
  readonly day: string;
  readonly kind: string;
  readonly stage: string | null;
  /** The answers as stored (JSON text); null when text is not included. */
  readonly answers: string | null;
}

/** 1 or 0: SQLite has no booleans, and better-sqlite3 binds none. */
function flag(value: boolean): number {
  return value ? 1 : 0;
}

/** How far either side of an instant `zoneNear` looks first: three days. */
const NEARBY_MS = 3 * 24 * 60 * 60 * 1000;

export function createReportRepo(db: Database.Database) {
  const firstDay = db.prepare<[string, string, string, string, string], { day: string | null }>(
    `SELECT MIN(day) AS day FROM (
       SELECT MIN(local_day) AS day FROM mood_entries WHERE local_day <= ?
       UNION ALL SELECT MIN(day) FROM habit_checkins WHERE day <= ?
       UNION ALL SELECT MIN(local_day) FROM communication_entries WHERE local_day <= ?
       UNION ALL SELECT MIN(local_day) FROM reflections WHERE local_day <= ?
       UNION ALL SELECT MIN(local_day) FROM trust_checkins WHERE local_day <= ?
     )`,
  );
  const moodDays = db.prepare<[string, string], MoodDayRow>(
    `SELECT local_day AS day, AVG(mood) AS average, COUNT(*) AS entries, AVG(hurt) AS hurt
       FROM mood_entries WHERE local_day BETWEEN ? AND ?
      GROUP BY local_day ORDER BY local_day`,
  );
  const emotions = db.prepare<[string, string], { tag: string; count: number }>(
    `SELECT t.tag AS tag, COUNT(*) AS count
       FROM mood_entry_tags t JOIN mood_entries e ON e.id = t.entry_id
      WHERE e.local_day BETWEEN ? AND ?
      GROUP BY t.tag ORDER BY count DESC, t.tag`,
  );
  const moodNotes = db.prepare<
    [string, string],
    { day: string; occurred_at: string; time_zone: string; mood: number; note: string }
  >(
    `SELECT local_day AS day, occurred_at, time_zone, mood, note
       FROM mood_entries WHERE local_day BETWEEN ? AND ? AND note IS NOT NULL
      ORDER BY occurred_at, id`,
  );
  const habits = db.prepare<
    [number],
    {
      id: number;
      name: string | null;
      kind: HabitKind;
      target_count: number;
      period: HabitPeriod;
      created_at: string;
      archived_at: string | null;
    }
  >(
    `SELECT id, CASE WHEN ? = 1 THEN name END AS name, kind, target_count, period, created_at,
            archived_at
       FROM habits ORDER BY id`,
  );
  const checkins = db.prepare<
    [string],
    { habit_id: number; day: string; count: number | null; is_skip: number }
  >(
    `SELECT habit_id, day, count, is_skip FROM habit_checkins WHERE day <= ?
      ORDER BY habit_id, day`,
  );
  const checkinNotes = db.prepare<
    [string, string],
    { habit_id: number; day: string; note: string }
  >(
    `SELECT habit_id, day, note FROM habit_checkins
      WHERE day BETWEEN ? AND ? AND note IS NOT NULL ORDER BY habit_id, day`,
  );
  const communicationGroups = db.prepare<
    [string, string],
    {
      day: string;
      skill: CommunicationSkill | null;
      counterpart: Counterpart;
      outcome: Outcome | null;
      tone: Tone | null;
      is_contact_with_ex: number;
      contact_context: ContactContext | null;
      initiated_by: Initiator | null;
      entries: number;
      rating_sum: number;
      ratings: number;
    }
  >(
    `SELECT local_day AS day, skill, counterpart, outcome, tone, is_contact_with_ex,
            contact_context, initiated_by, COUNT(*) AS entries,
            COALESCE(SUM(self_rating), 0) AS rating_sum, COUNT(self_rating) AS ratings
       FROM communication_entries WHERE local_day BETWEEN ? AND ?
      GROUP BY local_day, skill, counterpart, outcome, tone, is_contact_with_ex, contact_context,
               initiated_by
      ORDER BY local_day`,
  );
  const communicationNotes = db.prepare<
    [string, string],
    {
      day: string;
      occurred_at: string;
      time_zone: string;
      skill: CommunicationSkill | null;
      counterpart: Counterpart;
      outcome: Outcome | null;
      tone: Tone | null;
      do_differently: string | null;
      note: string | null;
    }
  >(
    `SELECT local_day AS day, occurred_at, time_zone, skill, counterpart, outcome, tone,
            do_differently, note
       FROM communication_entries
      WHERE local_day BETWEEN ? AND ? AND (note IS NOT NULL OR do_differently IS NOT NULL)
      ORDER BY occurred_at, id`,
  );
  const stageChanges = db.prepare<
    [number],
    {
      stage: string;
      changed_at: string;
      time_zone: string;
      reason: string | null;
      was_suggested: number;
    }
  >(
    `SELECT stage, changed_at, time_zone, CASE WHEN ? = 1 THEN reason END AS reason, was_suggested
       FROM stage_changes ORDER BY changed_at, id`,
  );
  const reflections = db.prepare<
    [number, string, string],
    { day: string; kind: string; stage: string | null; answers: string | null }
  >(
    `SELECT local_day AS day, kind, stage, CASE WHEN ? = 1 THEN answers END AS answers
       FROM reflections WHERE local_day BETWEEN ? AND ? ORDER BY local_day, id`,
  );
  // The zone of the entry the person wrote nearest in time to an instant (see `zoneNear`). With
  // no index on the times, sorting every entry by its distance cost a ten-year report about a
  // hundred milliseconds (twice per habit), so the entries of the few days around the instant are
  // tried first, as chart-repo does (a cheap text comparison: every stored instant is ISO UTC).
  // If any is found there, the nearest of all is among them.
  const zoneNearFrom = (where: string) =>
    db.prepare<{ at: string; lo: string; hi: string }, { time_zone: string }>(
      `SELECT time_zone FROM (
         SELECT time_zone, created_at AS at FROM mood_entries
         UNION ALL SELECT time_zone, created_at FROM communication_entries
         UNION ALL SELECT time_zone, created_at FROM trust_checkins
         UNION ALL SELECT time_zone, changed_at FROM stage_changes
       )
       WHERE ${where} julianday(at) IS NOT NULL
       ORDER BY abs(julianday(at) - julianday(@at)) LIMIT 1`,
    );
  const zoneNearby = zoneNearFrom('at BETWEEN @lo AND @hi AND');
  const zoneNearAll = zoneNearFrom('');
  const reflectionsOfKind = db.prepare<
    [number, string, string],
    { day: string; answers: string | null }
  >(
    `SELECT local_day AS day, CASE WHEN ? = 1 THEN answers END AS answers
       FROM reflections WHERE kind = ? AND local_day <= ?
      ORDER BY local_day DESC, created_at DESC, id DESC`,
  );

  return {
    /** The first day anything was recorded, on or before `to`; null when nothing was. */
    firstRecordDay(to: string): string | null {
      return firstDay.get(to, to, to, to, to)?.day ?? null;
    },
    moodDays(range: DayRange): MoodDayRow[] {
      return moodDays.all(range.from, range.to);
    },
    emotions(range: DayRange): { tag: string; count: number }[] {
      return emotions.all(range.from, range.to);
    },
    moodNotes(range: DayRange): MoodNoteRow[] {
      return moodNotes.all(range.from, range.to).map((r) => ({
        day: r.day,
        occurredAt: r.occurred_at,
        timeZone: r.time_zone,
        mood: r.mood,
        note: r.note,
      }));
    },
    /** Every habit, oldest first (so numbering is stable); names only when `includeText`. */
    habits(includeText: boolean): HabitRow[] {
      return habits.all(flag(includeText)).map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        targetCount: r.target_count,
        period: r.period,
        createdAt: r.created_at,
        archivedAt: r.archived_at,
      }));
    },
    /** Every check-in and skip up to `to`: a habit's strength depends on its whole history. */
    checkinsUpTo(to: string): CheckinRow[] {
      return checkins.all(to).map((r) => ({
        habitId: r.habit_id,
        day: r.day,
        count: r.count,
        isSkip: r.is_skip === 1,
      }));
    },
    checkinNotes(range: DayRange): { habitId: number; day: string; note: string }[] {
      return checkinNotes
        .all(range.from, range.to)
        .map((r) => ({ habitId: r.habit_id, day: r.day, note: r.note }));
    },
    communicationGroups(range: DayRange): CommunicationGroupRow[] {
      return communicationGroups.all(range.from, range.to).map((r) => ({
        day: r.day,
        skill: r.skill,
        counterpart: r.counterpart,
        outcome: r.outcome,
        tone: r.tone,
        isContactWithEx: r.is_contact_with_ex === 1,
        contactContext: r.contact_context,
        initiatedBy: r.initiated_by,
        entries: r.entries,
        ratingSum: r.rating_sum,
        ratings: r.ratings,
      }));
    },
    communicationNotes(range: DayRange): CommunicationNoteRow[] {
      return communicationNotes.all(range.from, range.to).map((r) => ({
        day: r.day,
        occurredAt: r.occurred_at,
        timeZone: r.time_zone,
        skill: r.skill,
        counterpart: r.counterpart,
        outcome: r.outcome,
        tone: r.tone,
        doDifferently: r.do_differently,
        note: r.note,
      }));
    },
    /** Every stage change, oldest first; reasons only when `includeText`. */
    stageChanges(includeText: boolean): StageChangeRow[] {
      return stageChanges.all(flag(includeText)).map((r) => ({
        stage: r.stage,
        changedAt: r.changed_at,
        timeZone: r.time_zone,
        reason: r.reason,
        wasSuggested: r.was_suggested === 1,
      }));
    },
    /** Reflections in the period, oldest first; answers only when `includeText`. */
    reflections(range: DayRange, includeText: boolean): ReflectionRow[] {
      return reflections.all(flag(includeText), range.from, range.to);
    },
    /**
     * The zone the person was in around `instant`, as well as the data can tell: habits keep the
     * instant they were added and archived but no zone, while mood, conversation and trust entries
     * and stage changes each keep the zone they were written in. The entry written nearest in time
     * is the best witness; null when there is none.
     */
    zoneNear(instant: string): string | null {
      const time = Date.parse(instant);
      const near = {
        at: instant,
        lo: new Date(time - NEARBY_MS).toISOString(),
        hi: new Date(time + NEARBY_MS).toISOString(),
      };
      return (zoneNearby.get(near) ?? zoneNearAll.get(near))?.time_zone ?? null;
    },
    /**
     * Every answering of one kind of reflection on or before `to`, newest first; answers (JSON
     * text) only when `includeText`.
     */
    reflectionsOfKindUpTo(
      kind: string,
      to: string,
      includeText: boolean,
    ): { day: string; answers: string | null }[] {
      return reflectionsOfKind.all(flag(includeText), kind, to);
    },
  };
}

export type ReportRepo = ReturnType<typeof createReportRepo>;
