import type Database from 'better-sqlite3';
import type { DataCounts, ExportData, ExportTableKey } from '../../shared/contract/data';

/**
 * How a column crosses into the export: as it is, as a boolean (SQLite stores 0/1), or as the JSON
 * value its text holds (so the file shows answers and settings as JSON, not as strings of JSON).
 */
type ColumnKind = 'plain' | 'boolean' | 'json';

interface ColumnMap {
  readonly key: string;
  readonly column: string;
  readonly kind: ColumnKind;
}

interface TableMap {
  readonly table: string;
  readonly columns: readonly ColumnMap[];
  /**
   * The order rows are read in, which is the order they are written back in. Rowid tables are
   * read in rowid order: SQLite hands back their rows in that order, so an import reproduces the
   * file row for row, even for tables keyed by text (custom_emotion_tags, settings).
   */
  readonly orderBy: string;
}

const plain = (key: string, column: string): ColumnMap => ({ key, column, kind: 'plain' });
const boolean = (key: string, column: string): ColumnMap => ({ key, column, kind: 'boolean' });
const json = (key: string, column: string): ColumnMap => ({ key, column, kind: 'json' });

/** The columns every instant-with-zone table shares. */
const whenColumns = [
  plain('occurredAt', 'occurred_at'),
  plain('timeZone', 'time_zone'),
  plain('day', 'local_day'),
];

/**
 * Every table of the schema, mapped to the export's lists. `mood_entry_tags` travels inside each
 * mood entry (see MOOD_TAGS). A test compares this map with `sqlite_schema`, table by table and
 * column by column, so a migration that adds either fails until the export carries it.
 */
export const TABLE_MAPS: { readonly [K in ExportTableKey]: TableMap } = {
  moodEntries: {
    table: 'mood_entries',
    orderBy: 'rowid',
    columns: [
      plain('id', 'id'),
      ...whenColumns,
      plain('mood', 'mood'),
      plain('energy', 'energy'),
      plain('hurt', 'hurt'),
      plain('note', 'note'),
      plain('createdAt', 'created_at'),
      plain('updatedAt', 'updated_at'),
    ],
  },
  customEmotionTags: {
    table: 'custom_emotion_tags',
    orderBy: 'rowid',
    columns: [plain('name', 'name'), plain('createdAt', 'created_at')],
  },
  habits: {
    table: 'habits',
    orderBy: 'rowid',
    columns: [
      plain('id', 'id'),
      plain('name', 'name'),
      plain('kind', 'kind'),
      plain('targetCount', 'target_count'),
      plain('period', 'period'),
      plain('createdAt', 'created_at'),
      plain('archivedAt', 'archived_at'),
    ],
  },
  habitCheckins: {
    table: 'habit_checkins',
    orderBy: 'habit_id, day',
    columns: [
      plain('habitId', 'habit_id'),
      plain('day', 'day'),
      plain('count', 'count'),
      boolean('isSkip', 'is_skip'),
      plain('note', 'note'),
      plain('createdAt', 'created_at'),
      plain('updatedAt', 'updated_at'),
    ],
  },
  communicationEntries: {
    table: 'communication_entries',
    orderBy: 'rowid',
    columns: [
      plain('id', 'id'),
      ...whenColumns,
      plain('skill', 'skill'),
      plain('counterpart', 'counterpart'),
      boolean('isContactWithEx', 'is_contact_with_ex'),
      plain('contactContext', 'contact_context'),
      plain('initiatedBy', 'initiated_by'),
      plain('tone', 'tone'),
      plain('selfRating', 'self_rating'),
      plain('outcome', 'outcome'),
      plain('moodBefore', 'mood_before'),
      plain('moodAfter', 'mood_after'),
      plain('doDifferently', 'do_differently'),
      plain('note', 'note'),
      plain('createdAt', 'created_at'),
      plain('updatedAt', 'updated_at'),
    ],
  },
  trustCheckins: {
    table: 'trust_checkins',
    orderBy: 'rowid',
    columns: [
      plain('id', 'id'),
      ...whenColumns,
      plain('trust', 'trust'),
      plain('tension', 'tension'),
      plain('note', 'note'),
      plain('createdAt', 'created_at'),
    ],
  },
  stageChanges: {
    table: 'stage_changes',
    orderBy: 'rowid',
    columns: [
      plain('id', 'id'),
      plain('stage', 'stage'),
      plain('changedAt', 'changed_at'),
      plain('timeZone', 'time_zone'),
      plain('reason', 'reason'),
      boolean('wasSuggested', 'was_suggested'),
    ],
  },
  reflections: {
    table: 'reflections',
    orderBy: 'rowid',
    columns: [
      plain('id', 'id'),
      plain('kind', 'kind'),
      plain('stage', 'stage'),
      plain('day', 'local_day'),
      json('answers', 'answers'),
      plain('createdAt', 'created_at'),
      plain('updatedAt', 'updated_at'),
    ],
  },
  settings: {
    table: 'settings',
    orderBy: 'rowid',
    columns: [plain('key', 'key'), json('value', 'value'), plain('updatedAt', 'updated_at')],
  },
};

/** The emotions of each mood entry, carried in the entry's `tags` list. */
export const MOOD_TAGS = {
  table: 'mood_entry_tags',
  columns: [plain('entryId', 'entry_id'), plain('tag', 'tag')],
  orderBy: 'entry_id, tag',
} as const satisfies TableMap;

/** Lists in the order their rows can be written: a habit before its check-ins. */
const WRITE_ORDER: readonly ExportTableKey[] = [
  'moodEntries',
  'customEmotionTags',
  'habits',
  'habitCheckins',
  'communicationEntries',
  'trustCheckins',
  'stageChanges',
  'reflections',
  'settings',
];

/**
 * Tables of derived data, worked out again from the exported rows after an import or a restore
 * and so never exported: the habit score checkpoints (migration 006), scored from the check-ins,
 * and how many mood entries carry each emotion word (migration 007), counted by triggers.
 */
export const DERIVED_TABLES: readonly string[] = ['habit_score_checkpoints', 'emotion_tag_uses'];

/** Every table the export carries, by its name in the database. */
export function exportedTables(): string[] {
  return [...Object.values(TABLE_MAPS).map((t) => t.table), MOOD_TAGS.table].sort();
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function selectSql(map: TableMap): string {
  const columns = map.columns.map((c) => `${quote(c.column)} AS ${quote(c.key)}`).join(', ');
  return `SELECT ${columns} FROM ${quote(map.table)} ORDER BY ${map.orderBy}`;
}

function insertSql(map: TableMap): string {
  const columns = map.columns.map((c) => quote(c.column)).join(', ');
  const slots = map.columns.map(() => '?').join(', ');
  return `INSERT INTO ${quote(map.table)} (${columns}) VALUES (${slots})`;
}

/** A database value as the export shows it. */
function toExported(kind: ColumnKind, value: unknown): unknown {
  if (value === null) return null;
  if (kind === 'boolean') return value === 1;
  if (kind === 'json') return JSON.parse(String(value)) as unknown;
  return value;
}

/** An export value as the database stores it. */
function toStored(kind: ColumnKind, value: unknown): unknown {
  // Every writer in the app stores JSON.stringify's output, so this gives back the same text; a
  // JSON null is the text 'null' (both JSON columns are NOT NULL).
  if (kind === 'json') return JSON.stringify(value);
  if (value === null) return null;
  if (kind === 'boolean') return value === true ? 1 : 0;
  return value;
}

/**
 * Whole-table reads and writes for export and import, driven by TABLE_MAPS rather than one
 * statement per table, so a column cannot be read and then forgotten on the way back. Callers
 * own transactions: `readAll` should run in one (a consistent snapshot), `replaceAll` must.
 */
export function createDataRepo(db: Database.Database) {
  const selectTables = db
    .prepare<[], string>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck();
  const selectColumns = db
    .prepare<[string], string>('SELECT name FROM pragma_table_info(?) ORDER BY cid')
    .pluck();

  function readTable(map: TableMap): Record<string, unknown>[] {
    const rows = db.prepare<[], Record<string, unknown>>(selectSql(map)).all();
    return rows.map((row) =>
      Object.fromEntries(map.columns.map((c) => [c.key, toExported(c.kind, row[c.key])])),
    );
  }

  function writeTable(map: TableMap, rows: readonly object[]): void {
    const insert = db.prepare(insertSql(map));
    for (const row of rows) {
      const values = new Map(Object.entries(row));
      insert.run(map.columns.map((c) => toStored(c.kind, values.get(c.key))));
    }
  }

  return {
    /** Every table in the database file that holds a person's data, by name (SQLite's own and
     * the derived ones left out). */
    tables(): string[] {
      return selectTables.all().filter((t) => !DERIVED_TABLES.includes(t));
    },
    /** The columns of one table, in the order the schema declares them. */
    columnsOf(table: string): string[] {
      return selectColumns.all(table);
    },
    /** The schema version of the database (`PRAGMA user_version`). */
    schemaVersion(): number {
      return Number(db.pragma('user_version', { simple: true }));
    },
    /**
     * Tables and columns the database has and the export would leave out, or the other way round,
     * as "table x" or "column x.y"; empty when the export carries everything.
     */
    mismatches(): string[] {
      const expected = new Map<string, readonly string[]>(
        [...Object.values(TABLE_MAPS), MOOD_TAGS].map((m) => [
          m.table,
          m.columns.map((c) => c.column),
        ]),
      );
      const actual = selectTables.all().filter((t) => !DERIVED_TABLES.includes(t));
      const problems = [
        ...actual.filter((t) => !expected.has(t)).map((t) => `table ${t}`),
        ...[...expected.keys()].filter((t) => !actual.includes(t)).map((t) => `table ${t}`),
      ];
      for (const table of actual) {
        const mapped = expected.get(table);
        if (!mapped) continue;
        const columns = selectColumns.all(table);
        const differ = [
          ...columns.filter((c) => !mapped.includes(c)),
          ...mapped.filter((c) => !columns.includes(c)),
        ];
        problems.push(...differ.map((c) => `column ${table}.${c}`));
      }
      return problems;
    },
    readAll(): ExportData {
      const tagsByEntry = new Map<number, string[]>();
      for (const { entryId, tag } of readTable(MOOD_TAGS)) {
        const list = tagsByEntry.get(Number(entryId)) ?? [];
        list.push(String(tag));
        tagsByEntry.set(Number(entryId), list);
      }
      const data = Object.fromEntries(
        Object.entries(TABLE_MAPS).map(([key, map]) => [key, readTable(map)]),
      );
      data['moodEntries'] = (data['moodEntries'] ?? []).map((entry) => ({
        ...entry,
        tags: tagsByEntry.get(Number(entry['id'])) ?? [],
      }));
      // The rows have exactly the keys TABLE_MAPS lists, and a test checks those are the ones the
      // contract's row schemas declare; what the schema alone cannot promise (values written by
      // an older version) is checked again when the file is imported.
      return data as unknown as ExportData;
    },
    /** Deletes every row of every exported table, check-ins and tags before what they point at. */
    deleteAll(): void {
      db.prepare(`DELETE FROM ${quote(MOOD_TAGS.table)}`).run();
      for (const key of [...WRITE_ORDER].reverse()) {
        db.prepare(`DELETE FROM ${quote(TABLE_MAPS[key].table)}`).run();
      }
    },
    /** How many rows each exported list holds right now. */
    counts(): DataCounts {
      const count = (key: ExportTableKey) =>
        Number(
          db
            .prepare(`SELECT count(*) FROM ${quote(TABLE_MAPS[key].table)}`)
            .pluck()
            .get(),
        );
      return {
        moodEntries: count('moodEntries'),
        customEmotionTags: count('customEmotionTags'),
        habits: count('habits'),
        habitCheckins: count('habitCheckins'),
        communicationEntries: count('communicationEntries'),
        trustCheckins: count('trustCheckins'),
        stageChanges: count('stageChanges'),
        reflections: count('reflections'),
        settings: count('settings'),
      } satisfies DataCounts;
    },
    /**
     * Deletes every row of every table in the file (read from `sqlite_schema`, so a table a later
     * migration adds is emptied too, exported or not), including SQLite's own AUTOINCREMENT
     * counters. Run it inside a transaction with `defer_foreign_keys`.
     */
    deleteEveryRow(): void {
      for (const table of selectTables.all()) db.prepare(`DELETE FROM ${quote(table)}`).run();
      const hasSequence = db
        .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_sequence'")
        .get();
      if (hasSequence) db.prepare('DELETE FROM sqlite_sequence').run();
    },
    /** Writes every row with its own ids and times; the tables must be empty. */
    insertAll(data: ExportData): void {
      for (const key of WRITE_ORDER) {
        writeTable(TABLE_MAPS[key], data[key]);
      }
      writeTable(
        MOOD_TAGS,
        data.moodEntries.flatMap((entry) => entry.tags.map((tag) => ({ entryId: entry.id, tag }))),
      );
    },
  };
}

export type DataRepo = ReturnType<typeof createDataRepo>;
