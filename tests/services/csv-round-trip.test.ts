import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createCommunicationService } from '../../src-main/services/communication-service';
import { LIST_SEPARATOR } from '../../src-main/services/csv';
import { createExportService } from '../../src-main/services/export-service';
import { createHabitService } from '../../src-main/services/habit-service';
import { createMoodService } from '../../src-main/services/mood-service';
import { wallTimeOf } from '../../src-main/shared/calendar';
import { createTrustService } from '../../src-main/services/trust-service';
import { CSV_KINDS, type CsvKind, type ExportData } from '../../src-main/shared/contract/data';
import {
  COMMUNICATION_SKILLS,
  CONTACT_CONTEXT_LABELS,
  COUNTERPART_LABELS,
  INITIATOR_LABELS,
  OUTCOME_LABELS,
  skillLabel,
  TONE_LABELS,
} from '../../src-main/shared/domain/communication';
import { HABIT_KIND_LABELS } from '../../src-main/shared/domain/habits';
import { EMOTION_TAGS } from '../../src-main/shared/domain/mood';
import { emotionWordKey } from '../../src-main/shared/domain/tags';
import { emotionWordProblem } from '../../src-main/shared/contract/tags';
import { cellText, readCsv } from '../helpers/csv-reader';
import { AWKWARD_TEXTS } from '../helpers/sample-data';

/*
 * Every cell of every CSV the app writes reads back, with an RFC 4180 reader, to exactly what
 * is stored: text with commas, quotes, line breaks and formula characters; emotion words with
 * "; " in them; empty values as empty cells; numbers as numbers.
 */

/** Text that starts with what a spreadsheet cares about, or holds the separators. */
const awkward = fc
  .tuple(
    fc.constantFrom('', '', '=', '+', '-', '@', '\t', "'", "'=", '"', ',', '; ', '\n', '\r\n'),
    fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(...AWKWARD_TEXTS)),
    fc.constantFrom('', '; ', ',', '"', '\n', ' '),
  )
  .map(([start, middle, end]) => `${start}${middle}${end}`)
  .filter((s) => !s.includes('\u0000') && s.trim() !== '');

/** Emotion words a person may add: with "; ", commas, quotes, formula starts. */
const word = fc
  .oneof(
    fc.constantFrom('tired; wired', 'a, b', '"quoted"', '=SUM(1)', "'tis", '-meh', ...EMOTION_TAGS),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  )
  .map((s) => s.trim())
  .filter((s) => emotionWordProblem(s) === null);

const instant = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z') })
  .filter((d) => !Number.isNaN(d.getTime()))
  .map((d) => d.toISOString());
const zone = fc.constantFrom('UTC', 'Europe/Berlin', 'Pacific/Apia', 'Asia/Kathmandu');
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const history = fc.record({
  moods: fc.array(
    fc.record({
      occurredAt: instant,
      timeZone: zone,
      mood: fc.integer({ min: 1, max: 10 }),
      energy: optional(fc.integer({ min: 1, max: 10 })),
      hurt: optional(fc.integer({ min: 0, max: 10 })),
      tags: fc.uniqueArray(word, { selector: emotionWordKey, maxLength: 4 }),
      note: optional(awkward),
    }),
    { maxLength: 6 },
  ),
  habits: fc.uniqueArray(
    fc.record({
      name: awkward.map((s) => s.trim().slice(0, 60)).filter((s) => s.length > 0),
      count: optional(fc.integer({ min: 0, max: 999 })),
      note: optional(awkward),
    }),
    { selector: (h) => h.name.toLowerCase(), maxLength: 3 },
  ),
  talks: fc.array(
    fc.record({
      occurredAt: instant,
      timeZone: zone,
      // No skill: contact with the ex that practised none, which the file calls "No skill named".
      skill: optional(fc.constantFrom(...COMMUNICATION_SKILLS)),
      selfRating: optional(fc.integer({ min: 1, max: 5 })),
      doDifferently: optional(awkward),
      note: optional(awkward),
    }),
    { maxLength: 3 },
  ),
  trustCheckins: fc.array(
    fc.record({
      occurredAt: instant,
      timeZone: zone,
      trust: fc.integer({ min: 0, max: 10 }),
      tension: fc.integer({ min: 0, max: 10 }),
      note: optional(awkward),
    }),
    { maxLength: 3 },
  ),
});

/** What a text cell stands for: nothing for an empty cell, else its text without the mark. */
const textOf = (cell: string | undefined): string | null =>
  cell === undefined || cell === '' ? null : cellText(cell);
/** A number column's value: a number, or nothing (an empty cell). */
const num = (n: number | null): { number: number | null } => ({ number: n });
const yesNo = (b: boolean): string => (b ? 'Yes' : 'No');
const chronological = <T extends { occurredAt: string; id: number }>(a: T, b: T) =>
  a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.id - b.id;

/** Each kind's rows as the stored values they must read back to, in the file's order. */
function expectedRows(kind: CsvKind, data: ExportData): unknown[][] {
  switch (kind) {
    case 'mood':
      return [...data.moodEntries]
        .sort(chronological)
        .map((e) => [
          e.day,
          wallTimeOf(e.occurredAt, e.timeZone).time,
          e.timeZone,
          num(e.mood),
          num(e.energy),
          num(e.hurt),
          e.tags,
          e.note,
        ]);
    case 'habits':
      return data.habits.map((h) => [
        h.name,
        HABIT_KIND_LABELS[h.kind],
        h.kind === 'break' && h.targetCount === 0
          ? 'not at all'
          : `${h.kind === 'break' ? 'at most' : 'at least'} ${h.targetCount} a ${h.period}`,
        num(h.targetCount),
        h.period,
        h.createdAt,
        h.archivedAt,
      ]);
    case 'checkins': {
      const names = new Map(data.habits.map((h) => [h.id, h.name]));
      return [...data.habitCheckins]
        .sort((a, b) => (a.day === b.day ? a.habitId - b.habitId : a.day < b.day ? -1 : 1))
        .map((c) => [c.day, names.get(c.habitId), num(c.count), yesNo(c.isSkip), c.note]);
    }
    case 'communication':
      return [...data.communicationEntries]
        .sort(chronological)
        .map((e) => [
          e.day,
          wallTimeOf(e.occurredAt, e.timeZone).time,
          e.timeZone,
          skillLabel(e.skill),
          COUNTERPART_LABELS[e.counterpart],
          yesNo(e.isContactWithEx),
          e.contactContext === null ? null : CONTACT_CONTEXT_LABELS[e.contactContext],
          e.initiatedBy === null ? null : INITIATOR_LABELS[e.initiatedBy],
          e.tone === null ? null : TONE_LABELS[e.tone],
          num(e.selfRating),
          e.outcome === null ? null : OUTCOME_LABELS[e.outcome],
          num(e.moodBefore),
          num(e.moodAfter),
          e.doDifferently,
          e.note,
        ]);
    case 'trust':
      return [...data.trustCheckins]
        .sort(chronological)
        .map((c) => [
          c.day,
          wallTimeOf(c.occurredAt, c.timeZone).time,
          c.timeZone,
          num(c.trust),
          num(c.tension),
          c.note,
        ]);
    default: {
      const unhandled: never = kind;
      return unhandled;
    }
  }
}

/** A cell read back the way its column's value is stored. */
function readBack(cell: string | undefined, stored: unknown): unknown {
  if (typeof stored === 'object' && stored !== null && 'number' in stored) {
    // A number is written bare: never marked, never quoted.
    return { number: cell === '' || cell === undefined ? null : Number(cell) };
  }
  if (Array.isArray(stored)) {
    return cell === '' || cell === undefined ? [] : cellText(cell).split(LIST_SEPARATOR);
  }
  // Text and labels: an empty cell is nothing; the mark, where there is one, is dropped.
  return textOf(cell);
}

describe('every CSV cell reads back to what is stored', () => {
  it('for any history, in every kind of spreadsheet', () => {
    fc.assert(
      fc.property(history, ({ moods, habits, talks, trustCheckins }) => {
        const db = openDatabase(':memory:');
        try {
          const moodService = createMoodService(db);
          for (const m of moods) moodService.create(m);
          const habitService = createHabitService(db);
          for (const h of habits) {
            const made = habitService.create({
              name: h.name,
              kind: 'build',
              targetCount: 1,
              period: 'day',
            });
            habitService.setCheckin({
              habitId: made.id,
              day: '2026-11-27',
              count: h.count,
              isSkip: h.count === null,
              note: h.note,
            });
          }
          const talkService = createCommunicationService(db);
          for (const t of talks) {
            talkService.create(
              t.skill === null
                ? { ...t, counterpart: 'ex', isContactWithEx: true, contactContext: 'other' }
                : { ...t, counterpart: 'friend', isContactWithEx: false },
            );
          }

          const trustService = createTrustService(db);
          for (const c of trustCheckins) trustService.create(c);

          const exporter = createExportService(db, { appVersion: 'test' });
          const data = exporter.build().data;
          for (const kind of CSV_KINDS) {
            const [header, ...rows] = readCsv(exporter.csv(kind).text);
            const expected = expectedRows(kind, data);
            expect(rows).toHaveLength(expected.length);
            rows.forEach((row, r) => {
              expect(row).toHaveLength(header?.length ?? 0);
              const stored = expected[r] ?? [];
              expect(row.map((cell, c) => readBack(cell, stored[c]))).toEqual(
                stored.map((value) => (value === undefined ? null : value)),
              );
            });
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps "tired; wired" one emotion, beside another, in one readable cell', () => {
    const db = openDatabase(':memory:');
    try {
      createMoodService(db).create({
        occurredAt: '2026-11-27T09:15:00.000Z',
        timeZone: 'UTC',
        mood: 4,
        tags: ['tired; wired', 'calm'],
      });
      const [, row] = readCsv(createExportService(db, { appVersion: 'test' }).csv('mood').text);
      expect(row?.[6]).toBe('calm\ntired; wired');
      expect(row?.[6]?.split(LIST_SEPARATOR)).toEqual(['calm', 'tired; wired']);
    } finally {
      db.close();
    }
  });
});
