import { test } from 'vitest';
import { exportFileSchema } from '../../src-main/shared/contract/data';
import { contract } from '../../src-main/shared/ipc-contract';
import { medianMs, recordFigure } from './figures';

/*
 * How long the contract takes to refuse, or to accept, long text: a 10 MB paste into any text
 * field must be refused in well under 50 ms, and a note at its 5,000-character cap checked in
 * under 20 ms, so the main process never stalls on what a person types or pastes. (Before the
 * counting was made linear and capped, 100,000 characters took 1.7 s and 10 MB never finished.)
 * Independent of the history, so each figure is one value.
 */
const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const AT_CAP = 'é'.repeat(5000);
const EMOJI_AT_CAP = '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}'.repeat(5000);
const entry = { occurredAt: '2026-11-27T09:15:00.000Z', timeZone: 'Europe/Paris', mood: 6 };

const importWithNote = (note: string) => ({
  format: 'mending-export',
  formatVersion: 1,
  exportedAt: '2026-11-27T09:15:00.000Z',
  appVersion: '1',
  schemaVersion: 1,
  data: {
    moodEntries: [
      {
        id: 1,
        ...entry,
        day: '2026-11-27',
        energy: null,
        hurt: null,
        tags: [],
        note,
        createdAt: entry.occurredAt,
        updatedAt: entry.occurredAt,
      },
    ],
    customEmotionTags: [],
    habits: [],
    habitCheckins: [],
    communicationEntries: [],
    trustCheckins: [],
    stageChanges: [],
    reflections: [],
    settings: [],
  },
});

interface TextCase {
  readonly id: string;
  readonly what: string;
  readonly atMost: number;
  readonly isAccepted: boolean;
  readonly check: () => { success: boolean };
}

const CASES: readonly TextCase[] = [
  {
    id: 'mood-note-10mb',
    what: 'refusing mood:create with a 10 MB note',
    atMost: 50,
    isAccepted: false,
    check: () => contract['mood:create'].input.safeParse({ ...entry, note: TEN_MB }),
  },
  {
    id: 'emotion-10mb',
    what: 'refusing a 10 MB emotion word',
    atMost: 50,
    isAccepted: false,
    check: () => contract['mood:create'].input.safeParse({ ...entry, tags: [TEN_MB] }),
  },
  {
    id: 'habit-name-10mb',
    what: 'refusing habit:create with a 10 MB name',
    atMost: 50,
    isAccepted: false,
    check: () =>
      contract['habit:create'].input.safeParse({
        name: TEN_MB,
        kind: 'build',
        targetCount: 1,
        period: 'day',
      }),
  },
  {
    id: 'tag-10mb',
    what: 'refusing tag:create with a 10 MB word',
    atMost: 50,
    isAccepted: false,
    check: () => contract['tag:create'].input.safeParse({ name: TEN_MB }),
  },
  {
    id: 'import-note-10mb',
    what: 'refusing an import row with a 10 MB note',
    atMost: 50,
    isAccepted: false,
    check: () => exportFileSchema.safeParse(importWithNote(TEN_MB)),
  },
  {
    id: 'note-at-cap',
    what: 'accepting a 5,000-character note',
    atMost: 20,
    isAccepted: true,
    check: () => contract['mood:create'].input.safeParse({ ...entry, note: AT_CAP }),
  },
  {
    id: 'emoji-at-cap',
    what: 'accepting a note of 5,000 emoji with skin tones',
    atMost: 20,
    isAccepted: true,
    check: () => contract['mood:create'].input.safeParse({ ...entry, note: EMOJI_AT_CAP }),
  },
];

for (const textCase of CASES) {
  test(textCase.what, async () => {
    // A figure for the wrong answer would be worthless: the outcome is checked first.
    if (textCase.check().success !== textCase.isAccepted) {
      throw new Error(`${textCase.what}: the contract gave the wrong answer`);
    }
    const ms = await medianMs(textCase.check, { warmup: 2, runs: 9 });
    recordFigure({
      id: `contract/${textCase.id}`,
      section: 'Main process never blocked',
      what: textCase.what,
      unit: 'ms',
      value: ms,
      checks: [{ label: 'time', value: ms, atMost: textCase.atMost, unit: 'ms' }],
    });
  });
}
