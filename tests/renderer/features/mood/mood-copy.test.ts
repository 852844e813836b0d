import { describe, expect, it } from 'vitest';
import { TOO_FEW_FOR_TREND } from '../../../../src-main/shared/share-words';
import {
  ANOTHER_IS_WELCOME,
  CHECK_IN_MORE,
  checkInSaved,
  entrySaved,
  HURT_QUESTION,
  NOTE_HINT,
  gridCaption,
  monthSummary,
  moodMovementSentence,
  QUADRANT_LABELS,
  trendSummary,
} from '../../../../src-renderer/features/mood/mood-copy';
import { movementInWords } from '../../../../src-main/shared/trend';

const move = (start: number, end: number) => ({
  firstDay: '2026-11-01',
  lastDay: '2026-11-20',
  start,
  end,
});

describe('the Mood screen’s words', () => {
  it('says where mood went in whole numbers: up, down, or staying about the same', () => {
    expect(moodMovementSentence(move(2.3, 6.6))).toBe('It rose from about 2 to about 7.');
    expect(moodMovementSentence(move(7.4, 3.5))).toBe('It went down from about 7 to about 4.');
    expect(moodMovementSentence(move(5.2, 4.6))).toBe('It stayed around 5.');
    // Less than a point of change is no direction, even when the rounded ends differ.
    expect(moodMovementSentence(move(5.4, 6.3))).toBe('It stayed around 6.');
  });

  it('says the same movement as the report, for any line', () => {
    for (let start = 1; start <= 10; start += 0.35) {
      for (let end = 1; end <= 10; end += 0.45) {
        expect(moodMovementSentence(move(start, end))).toBe(
          `It ${movementInWords({ start, end })}.`,
        );
      }
    }
  });

  it('names the grid’s areas by where they are, never by a feeling', () => {
    expect(Object.values(QUADRANT_LABELS).sort()).toEqual([
      'better mood, higher energy',
      'better mood, lower energy',
      'lower mood, higher energy',
      'lower mood, lower energy',
    ]);
    expect(Object.values(QUADRANT_LABELS).join(' ')).not.toMatch(
      /calm|content|tense|wound|drained|energised|good/,
    );
  });

  it('says how many days, then the movement, or that there are too few for a trend', () => {
    expect(trendSummary(0, null)).toBe('No entries in the last 30 days yet.');
    expect(trendSummary(1, null)).toBe(
      `In the last 30 days you recorded your mood on 1 day. ${TOO_FEW_FOR_TREND}`,
    );
    expect(trendSummary(9, move(6.8, 3.1))).toBe(
      'In the last 30 days you recorded your mood on 9 days. It went down from about 7 to about 3 (the dashed line).',
    );
    expect(monthSummary('March 2026', 3, null)).toBe(
      `In March 2026 you recorded your mood on 3 days. ${TOO_FEW_FOR_TREND}`,
    );
  });

  it('counts entries on the grid, never as shares', () => {
    expect(gridCaption([['better mood, lower energy', 1]], 0, 'the last 30 days')).toBe(
      '1 entry with an energy rating in the last 30 days: 1 with better mood, lower energy.',
    );
    expect(gridCaption([], 2, 'the last 30 days')).toContain(
      '2 entries without an energy rating are left out.',
    );
  });

  it('keeps the shared wording: the hurt question, the note hint, and no count of check-ins', () => {
    expect(HURT_QUESTION).toBe('How much does it hurt right now?');
    expect(NOTE_HINT).toBe(
      'optional; kept on this computer with no password; it leaves Mending only in a report or export you make',
    );
    expect(CHECK_IN_MORE).toBe('Energy, how much it hurts, emotions, a note');
    expect(ANOTHER_IS_WELCOME).not.toMatch(/\d|already|times|once/);
  });
});

describe('what a new mood entry’s save says', () => {
  it('thanks an ordinary entry, and meets a very low one gently, with no cheer', () => {
    expect(entrySaved({ mood: 6, hurt: 3 })).toBe(
      'Saved. Thank you for checking in with yourself.',
    );
    expect(checkInSaved({ mood: 3, hurt: 8 })).toBe('Mood 3 saved. Thank you for checking in.');
    // Very low: a mood of 2 or less, or a hurt of 9 or more (support-signposts' rule).
    for (const hard of [
      { mood: 2, hurt: null },
      { mood: 1, hurt: 0 },
      { mood: 6, hurt: 9 },
    ]) {
      expect(entrySaved(hard)).toBe('Saved. Go gently with yourself.');
      expect(checkInSaved(hard)).toBe(`Mood ${hard.mood} saved. Go gently with yourself.`);
    }
  });
});
