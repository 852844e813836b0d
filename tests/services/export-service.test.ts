import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src-main/db/migrations/index';
import {
  TABLE_MAPS,
  createDataRepo,
  exportedTables,
} from '../../src-main/db/repositories/data-repo';
import { createExportService, suggestedFileName } from '../../src-main/services/export-service';
import { parseExport } from '../../src-main/services/import-service';
import { ServiceError } from '../../src-main/services/service-error';
import {
  CSV_KINDS,
  EXPORT_TABLE_KEYS,
  moodEntryRowSchema,
} from '../../src-main/shared/contract/data';
import { createFakeFiles } from '../helpers/fake-files';
import { seedEverything } from '../helpers/sample-data';
import { createTestDatabase } from '../helpers/test-db';

const NOW = new Date('2024-06-01T12:00:00.000Z');

let testDb: ReturnType<typeof createTestDatabase>;
let dir: string;
beforeEach(() => {
  testDb = createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'mending-export-'));
});
afterEach(() => {
  testDb.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const exporter = () => createExportService(testDb.db, { appVersion: '1.2.3', now: () => NOW });

describe('the export covers the whole database', () => {
  it('maps every table and every column of the current schema, and nothing that is not there', () => {
    const repo = createDataRepo(testDb.db);
    expect(repo.tables()).toEqual(exportedTables());
    for (const map of Object.values(TABLE_MAPS)) {
      expect(map.columns.map((c) => c.column).sort()).toEqual(repo.columnsOf(map.table).sort());
    }
    expect(repo.mismatches()).toEqual([]);
  });

  it('fails, rather than leave something out, when a migration adds a table the export forgets', () => {
    testDb.db.exec('CREATE TABLE apology_drafts (id INTEGER PRIMARY KEY, text TEXT) STRICT');
    expect(createDataRepo(testDb.db).mismatches()).toEqual(['table apology_drafts']);
    expect(() => exporter().build()).toThrow(/apology_drafts/);
  });

  it('fails when a migration adds a column the export forgets', () => {
    testDb.db.exec("ALTER TABLE habits ADD COLUMN colour TEXT NOT NULL DEFAULT 'green'");
    expect(createDataRepo(testDb.db).mismatches()).toEqual(['column habits.colour']);
    expect(() => exporter().build()).toThrow(/habits\.colour/);
  });

  it('names, in each list, exactly the fields the contract checks on import', () => {
    const rowKeys = (key: (typeof EXPORT_TABLE_KEYS)[number]) => {
      const data = exporter().build().data[key];
      return Object.keys(data[0] ?? {}).sort();
    };
    seedEverything(testDb.db);
    expect(rowKeys('moodEntries')).toEqual(Object.keys(moodEntryRowSchema.shape).sort());
    for (const key of EXPORT_TABLE_KEYS) {
      const mapped = TABLE_MAPS[key].columns.map((c) => c.key);
      expect(rowKeys(key)).toEqual((key === 'moodEntries' ? [...mapped, 'tags'] : mapped).sort());
    }
  });
});

describe('building an export', () => {
  it('holds a format marker, versions and every row in camelCase, with tags, booleans and JSON values', () => {
    seedEverything(testDb.db);
    const file = exporter().build();
    expect(file).toMatchObject({
      format: 'mending-export',
      formatVersion: 1,
      exportedAt: '2024-06-01T12:00:00.000Z',
      appVersion: '1.2.3',
      // The schema the data is in: the newest, which every opened database is migrated to.
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
    expect(Object.keys(file.data)).toEqual([...EXPORT_TABLE_KEYS]);
    expect(file.data.moodEntries).toHaveLength(13);
    expect(file.data.moodEntries[0]).toMatchObject({
      id: 2,
      occurredAt: '2024-02-20T22:15:00.000Z',
      timeZone: 'Europe/Berlin',
      day: '2024-02-20',
      tags: ['lonely', 'zesty 🍋'],
      note: '👨‍👩‍👧‍👦 family day, "mostly" fine',
    });
    expect(file.data.customEmotionTags.map((t) => t.name)).toEqual(['zesty 🍋', 'achy']);
    expect(file.data.habitCheckins[1]).toMatchObject({
      habitId: 4,
      day: '2024-02-29',
      count: null,
      isSkip: true,
    });
    expect(file.data.communicationEntries[0]).toMatchObject({
      isContactWithEx: true,
      tone: 'civil',
    });
    expect(file.data.stageChanges[1]).toMatchObject({ wasSuggested: true });
    expect(file.data.reflections[0]?.answers).toEqual({
      fault: 'both',
      dealBreakers: [],
      changes: ['I listen ✋', 'السلام'],
      score: 0.5,
    });
    expect(file.data.settings[0]?.value).toEqual([
      'working_or_studying_together',
      'children_together',
    ]);
  });

  it('exports an empty database as empty lists that import cleanly', () => {
    const file = exporter().build();
    for (const key of EXPORT_TABLE_KEYS) expect(file.data[key]).toEqual([]);
    expect(parseExport(JSON.stringify(file)).data).toEqual(file.data);
  });

  it('suggests a dated file name', () => {
    expect(suggestedFileName('export', NOW)).toMatch(/^mending-export-2024-0[56]-\d{2}\.json$/);
    expect(suggestedFileName('mood', NOW)).toMatch(/^mending-mood-2024-0[56]-\d{2}\.csv$/);
  });
});

describe('saving the export', () => {
  it('writes a file only its owner can read, which the import accepts as it is', async () => {
    seedEverything(testDb.db);
    const target = join(dir, 'backup.json');
    const counts = await exporter().saveJson(target);
    expect(counts).toMatchObject({ moodEntries: 13, habits: 2, habitCheckins: 3, settings: 1 });
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['backup.json']);
    const text = readFileSync(target, 'utf8');
    expect(parseExport(text).data).toEqual(exporter().build().data);
  });

  it('replaces an existing file whole, and keeps it private even if the old one was not', async () => {
    const target = join(dir, 'old.json');
    writeFileSync(target, 'old contents', { mode: 0o644 });
    await exporter().saveJson(target);
    expect(readFileSync(target, 'utf8')).toContain('"format": "mending-export"');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['old.json']);
  });

  it('says plainly when the folder cannot be written, and leaves no temporary file', async () => {
    const target = join(dir, 'gone', 'export.json');
    const failure = exporter().saveJson(target);
    await expect(failure).rejects.toBeInstanceOf(ServiceError);
    await expect(failure).rejects.toThrow(
      /could not save export\.json: that folder no longer exists/,
    );
    expect(existsSync(join(dir, 'gone'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

/** Parses RFC 4180 text back into rows, so the tests read the CSV as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (isQuoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') isQuoted = false;
      else field += c;
    } else if (c === '"') isQuoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  expect(field).toBe('');
  return rows;
}

describe('CSV per kind of entry', () => {
  beforeEach(() => seedEverything(testDb.db));

  it('saves mood entries oldest first, with local times, emotions and safe notes', async () => {
    const target = join(dir, 'mood.csv');
    expect(await exporter().saveCsv('mood', target)).toBe(13);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const text = readFileSync(target, 'utf8');
    expect(text.startsWith('\uFEFFDate,Time,Time zone,Mood (1-10),')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([
      'Date',
      'Time',
      'Time zone',
      'Mood (1-10)',
      'Energy (1-10)',
      'How much it hurts right now (0-10)',
      'Emotions',
      'Note',
    ]);
    expect(rows).toHaveLength(13);
    // 22:15 UTC is 23:15 in Berlin; a day later than UTC in Apia.
    expect(rows[0]).toEqual([
      '2024-02-20',
      '23:15',
      'Europe/Berlin',
      '1',
      '',
      '',
      'lonely\nzesty 🍋',
      '👨‍👩‍👧‍👦 family day, "mostly" fine',
    ]);
    expect(rows[1]?.slice(0, 3)).toEqual(['2024-02-22', '11:16', 'Pacific/Apia']);
    const notes = rows.map((r) => r[7]);
    expect(notes).toContain(`'=HYPERLINK("http://example.invalid","click")`);
    expect(notes).toContain("'-3 is how low it got");
    expect(notes).toContain("'@SUM(A1:A9)");
    expect(notes).toContain("'+1 for trying");
    expect(notes).toContain("'\tstarts with a tab");
    expect(notes).toContain('line one\nline two\r\nline three');
    expect(notes).toContain("Robert'); DROP TABLE mood_entries;--");
  });

  it('saves habits and check-ins with names, skips and counts as numbers', () => {
    const habits = parseCsv(exporter().csv('habits').text.slice(1));
    expect(habits).toEqual([
      ['Habit', 'Kind', 'Goal', 'Target', 'Per', 'Started (UTC)', 'Archived (UTC)'],
      [
        'Walk =outside',
        'Build a habit',
        'at least 1 a day',
        '1',
        'day',
        '2024-01-01T08:00:00.000Z',
        '',
      ],
      [
        'Check their profile',
        'Break a habit',
        'not at all',
        '0',
        'week',
        '2024-01-05T08:00:00.000Z',
        '2024-03-01T08:00:00.000Z',
      ],
    ]);
    const checkins = exporter().csv('checkins');
    expect(checkins.rows).toBe(3);
    expect(parseCsv(checkins.text.slice(1))).toEqual([
      ['Date', 'Habit', 'Count', 'Skipped', 'Note'],
      ['2024-02-28', 'Walk =outside', '1', 'No', 'Round the park'],
      ['2024-02-29', 'Walk =outside', '', 'Yes', ''],
      ['2024-02-29', 'Check their profile', '2', 'No', "'-2 again"],
    ]);
  });

  it('saves communication practice in plain words', () => {
    const [header, first, second] = parseCsv(exporter().csv('communication').text.slice(1));
    // The questions as the form asks them, in one grammatical person.
    expect(header).toEqual([
      'Date',
      'Time',
      'Time zone',
      'Skill practised',
      'With',
      'Contact with your ex',
      'What brought it about',
      'Who reached out first',
      'Tone',
      'How you feel you handled it (1-5)',
      'Outcome',
      'Mood before (1-10)',
      'Mood after (1-10)',
      'What you would do differently',
      'Note',
    ]);
    expect(first).toEqual([
      '2024-03-01',
      '23:15',
      'Asia/Kathmandu',
      'Calm logistics',
      'My ex',
      'Yes',
      'Co-parenting',
      'They did',
      'Civil',
      '4',
      'Resolved',
      '4',
      '6',
      'Breathe first',
      'Pick-up moved to 5pm, "fine"',
    ]);
    expect(second?.slice(3, 9)).toEqual(['Apology', 'On my own (rehearsal)', 'No', '', '', '']);
  });

  it('saves trust and tension check-ins with their local time, the numbers bare and the note as typed', () => {
    const [header, ...rows] = parseCsv(exporter().csv('trust').text.slice(1));
    expect(header).toEqual(['Date', 'Time', 'Time zone', 'Trust (0-10)', 'Tension (0-10)', 'Note']);
    // 20:00 UTC is 21:00 in Berlin in March.
    expect(rows).toEqual([['2024-03-03', '21:00', 'Europe/Berlin', '3', '8', 'Uneasy 😬']]);
  });

  it('no sheet has a heading that keeps score, blames, or hints the hurt should be over', () => {
    for (const kind of CSV_KINDS) {
      const [header] = parseCsv(exporter().csv(kind).text.slice(1));
      for (const heading of header ?? []) {
        expect(heading).not.toMatch(/started it|still hurts|how I did|streak|\bmy\b|\bI\b/i);
      }
    }
  });

  it('names a habit to break with a limit in words: "not at all" for 0, "at most N" otherwise', () => {
    testDb.db
      .prepare(
        `INSERT INTO habits (id, name, kind, target_count, period, created_at, archived_at)
         VALUES (20, 'Text them late at night', 'break', 2, 'week', '2024-01-06T08:00:00.000Z', NULL)`,
      )
      .run();
    const goals = parseCsv(exporter().csv('habits').text.slice(1)).map((row) => row[2]);
    expect(goals).toEqual(['Goal', 'at least 1 a day', 'not at all', 'at most 2 a week']);
  });

  it('writes a header alone when there is nothing of that kind yet', () => {
    testDb.db.exec('DELETE FROM communication_entries');
    const csv = exporter().csv('communication');
    expect(csv.rows).toBe(0);
    expect(parseCsv(csv.text.slice(1))).toHaveLength(1);
  });
});

describe('the export use cases ask where, and never save over the data file', () => {
  it('saves where the person chose, answers nothing saved on Cancel, and refuses the live file', async () => {
    seedEverything(testDb.db);
    const files = createFakeFiles();
    const live = join(dir, 'mending.sqlite3');
    const service = createExportService(testDb.db, {
      appVersion: '1.2.3',
      now: () => NOW,
      files,
      databasePath: live,
    });
    files.answerSave(join(dir, 'mine.json'), null, `${live}-wal`, join(dir, 'mood.csv'));
    expect(await service.exportToChosenFile()).toMatchObject({
      saved: true,
      fileName: 'mine.json',
      counts: { moodEntries: 13 },
    });
    expect(files.saveRequests[0]?.extensions).toEqual(['json']);
    expect(await service.exportToChosenFile()).toEqual({ saved: false });
    await expect(service.exportToChosenFile()).rejects.toThrow(
      /mending\.sqlite3-wal is Mending's own data file, so nothing was saved/,
    );
    expect(existsSync(`${live}-wal`)).toBe(false);
    expect(await service.csvToChosenFile('mood')).toEqual({
      saved: true,
      fileName: 'mood.csv',
      rows: 13,
    });
  });

  it('says so, with nothing saved, when there is no file dialog to ask with', async () => {
    const service = createExportService(testDb.db, { appVersion: '1.2.3' });
    await expect(service.exportToChosenFile()).rejects.toThrow(
      'Mending cannot show a file dialog here, so nothing was saved.',
    );
  });
});
