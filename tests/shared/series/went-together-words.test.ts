import { describe, expect, it } from 'vitest';
import type { InsightPair } from '../../../src-main/shared/series/went-together';
import {
  bothSidesSentence,
  moodDirection,
  notYetGroupLine,
  notYetSentence,
  shownDifference,
  sideCounts,
  subjectName,
  wentTogetherLine,
  type InsightSubject,
} from '../../../src-main/shared/series/went-together-words';

const walk: InsightSubject = { kind: 'habit', name: 'Walk 20 minutes', habitKind: 'build' };
const scrolling: InsightSubject = { kind: 'habit', name: 'Scrolling', habitKind: 'break' };
const anxious: InsightSubject = { kind: 'emotion', word: 'anxious' };
const contact: InsightSubject = { kind: 'contact' };

const pair = (
  withDays: number,
  withMean: number | null,
  withoutDays: number,
  withoutMean: number | null,
): InsightPair => ({
  with: { days: withDays, mean: withMean },
  without: { days: withoutDays, mean: withoutMean },
});

/** Words of cause: the numbers show days that coincided, never that one thing led to another. */
const CAUSE = /\b(caused?|causes|because|improves?|boosts?|leads? to|makes? you|helps?)\b/i;

describe('what went together, in words', () => {
  it('says both means with both counts, for every kind of subject', () => {
    const shown = pair(31, 6.8, 40, 5.9);
    expect(bothSidesSentence(walk, shown)).toBe(
      'On days you did “Walk 20 minutes”, your mood was 6.8 on average (31 days); on days you did not, 5.9 (40 days).',
    );
    expect(bothSidesSentence(scrolling, pair(12, 6.06, 9, 5.2))).toBe(
      'On days you kept “Scrolling” within its limit, your mood was 6.1 on average (12 days); on days it went over, 5.2 (9 days).',
    );
    expect(bothSidesSentence(anxious, pair(9, 4.2, 1, 6.4))).toBe(
      'On days your entries named “anxious”, your mood was 4.2 on average (9 days); on days they did not, 6.4 (1 day).',
    );
    expect(bothSidesSentence(contact, pair(8, 5.1, 40, 6.3))).toBe(
      'On days with contact with your ex, your mood was 5.1 on average (8 days); on days without, 6.3 (40 days).',
    );
    expect(bothSidesSentence(walk, pair(3, 5, 0, null))).toBeNull();
  });

  it('writes numbers with the caller’s formatters', () => {
    const formats = {
      formatCount: (n: number) => `#${n}`,
      formatMean: (n: number) => n.toFixed(1).replace('.', ','),
    };
    expect(bothSidesSentence(contact, pair(8, 5.14, 1200, 6.3), formats)).toBe(
      'On days with contact with your ex, your mood was 5,1 on average (#8 days); on days without, 6,3 (#1200 days).',
    );
  });

  it('says which way mood went as the means are shown, and "about the same" when they read alike', () => {
    expect(wentTogetherLine(walk, pair(7, 6.8, 7, 5.9))).toBe(
      'Doing “Walk 20 minutes” went together with a better mood.',
    );
    expect(wentTogetherLine(scrolling, pair(7, 6, 7, 6.5))).toBe(
      'Keeping “Scrolling” within its limit went together with a lower mood.',
    );
    expect(wentTogetherLine(anxious, pair(7, 4, 7, 6))).toBe(
      'Naming “anxious” went together with a lower mood.',
    );
    // 6.02 and 5.98 are both shown as 6.0: their difference reads 0.0, not 0.04.
    expect(moodDirection(pair(7, 6.02, 7, 5.98))).toBe('same');
    expect(shownDifference(pair(7, 6.04, 7, 5.96))).toBe(0);
    // 6.06 and 5.94 read 6.1 and 5.9: 0.2 apart, though the raw numbers are 0.12 apart.
    expect(shownDifference(pair(7, 6.06, 7, 5.94))).toBe(0.2);
    expect(shownDifference(pair(7, 3.3, 7, 6.6))).toBe(-3.3);
    expect(shownDifference(pair(0, null, 7, 6))).toBeNull();
    expect(wentTogetherLine(contact, pair(7, 6.02, 7, 5.98))).toBe(
      'Contact with your ex went together with about the same mood.',
    );
    expect(wentTogetherLine(contact, pair(0, null, 7, 5))).toBeNull();
  });

  it('says a gap under half a point as about the same mood, never as a finding', () => {
    // Seen in the blind review: "Naming “hopeful” went together with a better mood" on 5.4 vs 5.3.
    expect(wentTogetherLine(anxious, pair(10, 5.4, 11, 5.3))).toBe(
      'Naming “anxious” went together with about the same mood.',
    );
    expect(moodDirection(pair(7, 5.84, 7, 5.36))).toBe('same');
    expect(moodDirection(pair(7, 5.5, 7, 5))).toBe('better');
    expect(moodDirection(pair(7, 5, 7, 5.5))).toBe('lower');
  });

  it('says plainly and kindly when a side has too few days: a threshold, never a countdown', () => {
    const few = pair(4, 5, 12, 6);
    expect(notYetSentence(contact, few)).toBe(
      'Not enough days yet to compare: 4 days with, 12 without; each side needs 7.',
    );
    expect(notYetSentence(walk, pair(1, 5, 0, null))).toBe(
      'Not enough days yet to compare: 1 day done, 0 not done; each side needs 7.',
    );
    expect(sideCounts(scrolling, pair(2, 5, 3, 6))).toBe(
      '2 days kept within the limit, 3 over the limit',
    );
    expect(notYetGroupLine()).toBe('Not enough days yet to compare these; each side needs 7 days:');
    for (const text of [notYetSentence(contact, few), notYetGroupLine()]) {
      expect(text).not.toMatch(/more days|to go|left|remaining|until/i);
    }
  });

  it('never says that one thing led to another', () => {
    const subjects = [walk, scrolling, anxious, contact];
    const pairs = [pair(7, 8, 7, 3), pair(7, 3, 7, 8), pair(7, 5, 7, 5), pair(2, 5, 9, 6)];
    for (const subject of subjects) {
      expect(subjectName(subject)).not.toMatch(CAUSE);
      for (const p of pairs) {
        for (const text of [
          wentTogetherLine(subject, p),
          bothSidesSentence(subject, p),
          notYetSentence(subject, p),
        ]) {
          expect(text ?? '').not.toMatch(CAUSE);
        }
      }
    }
  });
});
