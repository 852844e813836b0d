import type Database from 'better-sqlite3';
import type {
  CommunicationEntry,
  CommunicationListQuery,
} from '../../shared/contract/communication';

/** An entry as the service hands it to the repository: validated, with its day worked out. */
export interface CommunicationEntryRecord {
  readonly occurredAt: string;
  readonly timeZone: string;
  readonly day: string;
  readonly skill: CommunicationEntry['skill'];
  readonly counterpart: CommunicationEntry['counterpart'];
  readonly isContactWithEx: boolean;
  readonly contactContext: CommunicationEntry['contactContext'];
  readonly initiatedBy: CommunicationEntry['initiatedBy'];
  readonly tone: CommunicationEntry['tone'];
  readonly selfRating: number | null;
  readonly outcome: CommunicationEntry['outcome'];
  readonly moodBefore: number | null;
  readonly moodAfter: number | null;
  readonly doDifferently: string | null;
  readonly note: string | null;
}

interface CommunicationRow {
  id: number;
  occurred_at: string;
  time_zone: string;
  local_day: string;
  skill: CommunicationEntry['skill'];
  counterpart: CommunicationEntry['counterpart'];
  is_contact_with_ex: number;
  contact_context: CommunicationEntry['contactContext'];
  initiated_by: CommunicationEntry['initiatedBy'];
  tone: CommunicationEntry['tone'];
  self_rating: number | null;
  outcome: CommunicationEntry['outcome'];
  mood_before: number | null;
  mood_after: number | null;
  do_differently: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `occurred_at, time_zone, local_day, skill, counterpart, is_contact_with_ex,
  contact_context, initiated_by, tone, self_rating, outcome, mood_before, mood_after,
  do_differently, note`;

const SELECT_ENTRY = `SELECT id, ${COLUMNS}, created_at, updated_at FROM communication_entries`;

type ColumnValues = [
  string,
  string,
  string,
  string | null,
  string,
  number,
  string | null,
  string | null,
  string | null,
  number | null,
  string | null,
  number | null,
  number | null,
  string | null,
  string | null,
];

/** The record's values in the column order of `COLUMNS`, which INSERT and UPDATE both use. */
function columnValues(r: CommunicationEntryRecord): ColumnValues {
  return [
    r.occurredAt,
    r.timeZone,
    r.day,
    r.skill,
    r.counterpart,
    r.isContactWithEx ? 1 : 0,
    r.contactContext,
    r.initiatedBy,
    r.tone,
    r.selfRating,
    r.outcome,
    r.moodBefore,
    r.moodAfter,
    r.doDifferently,
    r.note,
  ];
}

function toEntry(row: CommunicationRow): CommunicationEntry {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    timeZone: row.time_zone,
    day: row.local_day,
    skill: row.skill,
    counterpart: row.counterpart,
    isContactWithEx: row.is_contact_with_ex === 1,
    contactContext: row.contact_context,
    initiatedBy: row.initiated_by,
    tone: row.tone,
    selfRating: row.self_rating,
    outcome: row.outcome,
    moodBefore: row.mood_before,
    moodAfter: row.mood_after,
    doDifferently: row.do_differently,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

interface ListParams {
  from: string;
  to: string;
  skill: string | null;
  counterpart: string | null;
  contactOnly: number;
  /** At most this many entries; -1 is SQLite's "no limit". */
  limit: number;
}

/** All SQL for communication entries. Each call is one statement; services own transactions. */
export function createCommunicationRepo(db: Database.Database) {
  const insertEntry = db.prepare<[...ColumnValues, string, string]>(
    `INSERT INTO communication_entries (${COLUMNS}, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertExact = db.prepare<[number, ...ColumnValues, string, string]>(
    `INSERT INTO communication_entries (id, ${COLUMNS}, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateEntry = db.prepare<[...ColumnValues, string, number]>(
    `UPDATE communication_entries
        SET occurred_at = ?, time_zone = ?, local_day = ?, skill = ?, counterpart = ?,
            is_contact_with_ex = ?, contact_context = ?, initiated_by = ?, tone = ?,
            self_rating = ?, outcome = ?, mood_before = ?, mood_after = ?, do_differently = ?,
            note = ?, updated_at = ?
      WHERE id = ?`,
  );
  const existsById = db.prepare<[number], { id: number }>(
    'SELECT id FROM communication_entries WHERE id = ?',
  );
  const deleteEntry = db.prepare<[number]>('DELETE FROM communication_entries WHERE id = ?');
  const selectById = db.prepare<[number], CommunicationRow>(`${SELECT_ENTRY} WHERE id = ?`);
  // Filters are parameters, not string building: a filter left out is a NULL that matches all.
  const FILTERS = `AND (@skill IS NULL OR skill = @skill)
        AND (@counterpart IS NULL OR counterpart = @counterpart)
        AND (@contactOnly = 0 OR is_contact_with_ex = 1)`;
  // With a limit of N, the N newest entries are all within three days of the Nth latest local
  // day (a local day is at most 26 hours from UTC's), so only those days are read and sorted:
  // "is there anything earlier?" (limit 1 over every earlier day) then costs the same on day
  // 3,650 as on day 1. Without a limit, or with fewer than N entries, the whole range is read.
  const selectList = db.prepare<[ListParams], CommunicationRow>(
    `${SELECT_ENTRY}
      WHERE local_day BETWEEN max(@from, CASE WHEN @limit < 0 THEN @from ELSE COALESCE((
              SELECT date(local_day, '-3 days') FROM communication_entries
               WHERE local_day BETWEEN @from AND @to ${FILTERS}
               ORDER BY local_day DESC LIMIT 1 OFFSET @limit - 1), @from) END) AND @to
        ${FILTERS}
      ORDER BY occurred_at DESC, id DESC
      LIMIT @limit`,
  );

  // The newest entries of one skill up to a day, by the skill index (migration 007): the same
  // three-day reach as above, so they are read from the last few days of that skill, not from
  // every conversation ever logged.
  const selectNewestOfSkill = db.prepare<
    { skill: string; to: string; limit: number },
    CommunicationRow
  >(
    `${SELECT_ENTRY}
      WHERE skill = @skill AND local_day BETWEEN COALESCE((
              SELECT date(local_day, '-3 days') FROM communication_entries
               WHERE skill = @skill AND local_day <= @to
               ORDER BY local_day DESC LIMIT 1 OFFSET @limit - 1), '') AND @to
      ORDER BY occurred_at DESC, id DESC
      LIMIT @limit`,
  );
  const countOfSkill = db
    .prepare<{ skill: string; to: string }, number>(
      'SELECT COUNT(*) FROM communication_entries WHERE skill = @skill AND local_day <= @to',
    )
    .pluck();

  return {
    insert(record: CommunicationEntryRecord, now: string): number {
      return Number(insertEntry.run(...columnValues(record), now, now).lastInsertRowid);
    },
    /** Puts an entry back with its own id and times; false when that id is taken. */
    insertExact(
      id: number,
      record: CommunicationEntryRecord,
      createdAt: string,
      updatedAt: string,
    ): boolean {
      if (existsById.get(id)) return false;
      insertExact.run(id, ...columnValues(record), createdAt, updatedAt);
      return true;
    },
    /** Returns false when there is no entry with that id. */
    update(id: number, record: CommunicationEntryRecord, now: string): boolean {
      return updateEntry.run(...columnValues(record), now, id).changes > 0;
    },
    /** Returns false when there is no entry with that id. */
    remove(id: number): boolean {
      return deleteEntry.run(id).changes > 0;
    },
    findById(id: number): CommunicationEntry | undefined {
      const row = selectById.get(id);
      return row ? toEntry(row) : undefined;
    },
    list(query: CommunicationListQuery): CommunicationEntry[] {
      return selectList
        .all({
          from: query.from,
          to: query.to,
          skill: query.skill ?? null,
          counterpart: query.counterpart ?? null,
          contactOnly: query.contactOnly ? 1 : 0,
          limit: query.limit ?? -1,
        })
        .map(toEntry);
    },
    /** The `limit` newest entries that practised `skill`, on days up to `to`, newest first. */
    newestOfSkill(
      skill: NonNullable<CommunicationEntry['skill']>,
      to: string,
      limit: number,
    ): CommunicationEntry[] {
      return selectNewestOfSkill.all({ skill, to, limit }).map(toEntry);
    },
    /** How many entries practised `skill` on days up to `to`. */
    countOfSkill(skill: NonNullable<CommunicationEntry['skill']>, to: string): number {
      return countOfSkill.get({ skill, to }) ?? 0;
    },
  };
}

export type CommunicationRepo = ReturnType<typeof createCommunicationRepo>;
