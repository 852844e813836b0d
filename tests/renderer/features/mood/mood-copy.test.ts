import { describe, expect, it } from 'vitest';
import { TOO_FEW_FOR_TREND } from '../../../../src-main/shared/share-words';
import {
  ANOTHER_IS_WELCOME,
  CHECK_IN_MORE,
  HURT_QUESTION,
  NOTE_HINT,
  gridCaption,
  monthSummary,
  movementInWords,
  trendSummary,
} from '../../../../src-renderer/features/mood/mood-copy';

const move = (start: number, end: number) => ({
  firstDay: '2026-11-01',
  lastDay: '2026-11-20',
  start,
  end,
});

describe('the Mood screen’s words', () => {
  it('says where mood went in whole numbers: up, down, or staying about the same', () => {
    expect(movementInWords(move(2.3, 6.6))).toBe('It rose from about 2 to about 7.');
    expect(movementInWords(move(7.4, 3.5))).toBe('It went down from about 7 to about 4.');
    expect(movementInWords(move(5.2, 4.6))).toBe('It stayed about 5.');
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
    expect(gridCaption([['calm and content', 1]], 0, 'the last 30 days')).toBe(
      '1 entry with an energy rating in the last 30 days: 1 calm and content.',
    );
    expect(gridCaption([], 2, 'the last 30 days')).toContain(
      '2 entries without an energy rating are left out.',
    );
  });

  it('keeps the shared wording: the hurt question, the note hint, and no count of check-ins', () => {
    expect(HURT_QUESTION).toBe('How much does it hurt right now?');
    expect(NOTE_HINT).toBe('optional; it leaves this app only in a report or export you make');
    expect(CHECK_IN_MORE).toBe('Energy, how much it hurts, emotions, a note');
    expect(ANOTHER_IS_WELCOME).not.toMatch(/\d|already|times|once/);
  });
});
