import type Database from 'better-sqlite3';
import type { CommunicationEntry } from '../../shared/contract/communication';
import type { DayRange, TrustCheckin, TrustDay, TrustListQuery } from '../../shared/ipc-contract';
import { CONFLICT_SKILLS, type ConflictEntry } from '../../shared/journey/conflicts';

/** A check-in as the service hands it to the repository: validated, with its day worked out. */
export interface TrustCheckinRecord {
  readonly occurredAt: string;
  readonly timeZone: string;
  readonly day: string;
  readonly trust: number;
  readonly tension: number;
  readonly note: string | null;
}

interface TrustRow {
  id: number;
  occurred_at: string;
  time_zone: string;
  local_day: string;
  trust: number;
  tension: number;
  note: string | null;
  created_at: string;
}

interface ConflictRow {
  local_day: string;
  counterpart: CommunicationEntry['counterpart'];
  outcome: CommunicationEntry['outcome'];
  tone: CommunicationEntry['tone'];
}

const SELECT_CHECKIN = `SELECT id, occurred_at, time_zone, local_day, trust, tension, note, created_at
  FROM trust_checkins`;

type ColumnValues = [string, string, string, number, number, string | null];

/** The record's values in the column order INSERT and UPDATE both use. */
function columnValues(r: TrustCheckinRecord): ColumnValues {
  return [r.occurredAt, r.timeZone, r.day, r.trust, r.tension, r.note];
}

function toCheckin(row: TrustRow): TrustCheckin {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    timeZone: row.time_zone,
    day: row.local_day,
    trust: row.trust,
    tension: row.tension,
    note: row.note,
    createdAt: row.created_at,
  };
}

/** The skills as SQL's IN list, from the one declaration (they are fixed words, never input). */
const CONFLICT_SKILL_LIST = CONFLICT_SKILLS.map((skill) => `'${skill}'`).join(', ');

/** All SQL for trust check-ins, and the conflicts read beside them. Callers own transactions. */
export function createTrustRepo(db: Database.Database) {
  const insertCheckin = db.prepare<[...ColumnValues, string]>(
    `INSERT INTO trust_checkins (occurred_at, time_zone, local_day, trust, tension, note, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertExact = db.prepare<[number, ...ColumnValues, string]>(
    `INSERT INTO trust_checkins
       (id, occurred_at, time_zone, local_day, trust, tension, note, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateCheckin = db.prepare<[...ColumnValues, number]>(
    `UPDATE trust_checkins
        SET occurred_at = ?, time_zone = ?, local_day = ?, trust = ?, tension = ?, note = ?
      WHERE id = ?`,
  );
  const deleteCheckin = db.prepare<[number]>('DELETE FROM trust_checkins WHERE id = ?');
  const selectById = db.prepare<[number], TrustRow>(`${SELECT_CHECKIN} WHERE id = ?`);
  // LIMIT -1 is SQLite's "no limit".
  // With a limit of N, only the days from three before the Nth latest local day are read and
  // sorted (see communication-repo's list): "anything earlier?" costs the same on any day.
  const selectRange = db.prepare<{ from: string; to: string; limit: number }, TrustRow>(
    `${SELECT_CHECKIN}
      WHERE local_day BETWEEN max(@from, CASE WHEN @limit < 0 THEN @from ELSE COALESCE((
              SELECT date(local_day, '-3 days') FROM trust_checkins
               WHERE local_day BETWEEN @from AND @to
               ORDER BY local_day DESC LIMIT 1 OFFSET @limit - 1), @from) END) AND @to
      ORDER BY occurred_at DESC, id DESC LIMIT @limit`,
  );
  const selectDaily = db.prepare<[string, string], TrustDay>(
    `SELECT local_day AS day, AVG(trust) AS trust, AVG(tension) AS tension, COUNT(*) AS count
       FROM trust_checkins WHERE local_day BETWEEN ? AND ?
      GROUP BY local_day ORDER BY local_day`,
  );
  // Conflicts are conversations, owned by the communication screen; only the four columns the
  // summary counts are read here, already narrowed to the conflict skills, oldest first.
  const selectConflicts = db.prepare<[string, string], ConflictRow>(
    `SELECT local_day, counterpart, outcome, tone FROM communication_entries
      WHERE local_day BETWEEN ? AND ? AND skill IN (${CONFLICT_SKILL_LIST})
      ORDER BY local_day, occurred_at, id`,
  );

  return {
    insert(record: TrustCheckinRecord, now: string): number {
      return Number(insertCheckin.run(...columnValues(record), now).lastInsertRowid);
    },
    /** Puts a check-in back with its own id and time of saving; false when that id is taken. */
    insertExact(id: number, record: TrustCheckinRecord, createdAt: string): boolean {
      if (selectById.get(id)) return false;
      insertExact.run(id, ...columnValues(record), createdAt);
      return true;
    },
    /** Returns false when there is no check-in with that id. */
    update(id: number, record: TrustCheckinRecord): boolean {
      return updateCheckin.run(...columnValues(record), id).changes > 0;
    },
    /** Returns false when there is no check-in with that id. */
    remove(id: number): boolean {
      return deleteCheckin.run(id).changes > 0;
    },
    findById(id: number): TrustCheckin | null {
      const row = selectById.get(id);
      return row ? toCheckin(row) : null;
    },
    /** Newest first; only the newest `limit` when one is given. */
    list({ from, to, limit }: TrustListQuery): TrustCheckin[] {
      return selectRange.all({ from, to, limit: limit ?? -1 }).map(toCheckin);
    },
    /** Average trust and tension per day with check-ins, oldest first. */
    daily({ from, to }: DayRange): TrustDay[] {
      return selectDaily.all(from, to);
    },
    /** Conversations practising a conflict skill, with anyone, oldest first. */
    conflicts({ from, to }: DayRange): ConflictEntry[] {
      return selectConflicts.all(from, to).map((row) => ({
        day: row.local_day,
        counterpart: row.counterpart,
        outcome: row.outcome,
        tone: row.tone,
      }));
    },
  };
}

export type TrustRepo = ReturnType<typeof createTrustRepo>;
