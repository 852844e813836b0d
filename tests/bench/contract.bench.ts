import { bench, describe } from 'vitest';
import { contract } from '../../src-main/shared/ipc-contract';
import { exportFileSchema } from '../../src-main/shared/contract/data';

/*
 * How long the contract takes to refuse, or to accept, long text. Target: a 10 MB paste into any
 * text field is refused in well under 50 ms, and a note at its 5,000-character cap is checked in
 * under 20 ms, so the main process never stalls on what a person types or pastes. Before the
 * counting was made linear and capped, 100,000 characters took 1.7 s and 10 MB never finished.
 * Run with `npm run bench`.
 */

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const AT_CAP = 'é'.repeat(5000);
const EMOJI_AT_CAP = '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}'.repeat(5000);
const entry = { occurredAt: '2026-11-27T09:15:00.000Z', timeZone: 'Europe/Paris', mood: 6 };

describe('refusing long text', () => {
  bench('mood:create with a 10 MB note', () => {
    contract['mood:create'].input.safeParse({ ...entry, note: TEN_MB });
  });
  bench('mood:create with a 10 MB emotion word', () => {
    contract['mood:create'].input.safeParse({ ...entry, tags: [TEN_MB] });
  });
  bench('habit:create with a 10 MB name', () => {
    contract['habit:create'].input.safeParse({
      name: TEN_MB,
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
  });
  bench('tag:create with a 10 MB word', () => {
    contract['tag:create'].input.safeParse({ name: TEN_MB });
  });
  bench('an import row with a 10 MB note', () => {
    exportFileSchema.safeParse({
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
            note: TEN_MB,
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
  });
});

describe('accepting text at the cap', () => {
  bench('a 5,000-character note', () => {
    contract['mood:create'].input.safeParse({ ...entry, note: AT_CAP });
  });
  bench('a note of 5,000 emoji with skin tones', () => {
    contract['mood:create'].input.safeParse({ ...entry, note: EMOJI_AT_CAP });
  });
});
