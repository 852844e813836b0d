import { describe, expect, it } from 'vitest';
import { EMOTION_TAGS, moodMovement } from '../../../src-main/shared/domain/mood';
import { emotionWordProblem } from '../../../src-main/shared/contract/tags';
import { emotionWordKey } from '../../../src-main/shared/domain/tags';

describe('moodMovement', () => {
  it('reads a climb from 2 to 7 that an average of 4.25 would hide', () => {
    const movement = moodMovement([
      { day: '2026-11-02', average: 2 },
      { day: '2026-11-09', average: 3 },
      { day: '2026-11-16', average: 5 },
      { day: '2026-11-23', average: 7 },
    ]);
    expect(movement?.firstDay).toBe('2026-11-02');
    expect(movement?.lastDay).toBe('2026-11-23');
    // Least squares: slope 59.5 / 245 a day, through (10.5 days, 4.25).
    expect(movement?.start).toBeCloseTo(4.25 - (59.5 / 245) * 10.5, 10);
    expect(movement?.end).toBeCloseTo(4.25 + (59.5 / 245) * 10.5, 10);
  });

  it('carries no movement from fewer than four days', () => {
    const three = [
      { day: '2026-11-02', average: 2 },
      { day: '2026-11-09', average: 5 },
      { day: '2026-11-16', average: 9 },
    ];
    expect(moodMovement(three)).toBeNull();
    expect(moodMovement([])).toBeNull();
  });

  it('weighs a gap of days as days, whatever order the days come in', () => {
    // Three days close together at 5, then one at 9 three weeks later: the line rises slowly
    // at first, and is read in calendar days, not in positions.
    const movement = moodMovement([
      { day: '2026-12-22', average: 9 },
      { day: '2026-12-01', average: 5 },
      { day: '2026-12-02', average: 5 },
      { day: '2026-11-30', average: 5 },
    ]);
    expect(movement?.firstDay).toBe('2026-11-30');
    expect(movement?.lastDay).toBe('2026-12-22');
    expect(movement?.start).toBeCloseTo(4.4, 0);
    expect(movement?.end).toBeCloseTo(9, 0);
  });

  it('says a flat stretch stayed where it was, and keeps the line within the scale', () => {
    const flat = moodMovement(
      ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'].map((day) => ({ day, average: 6 })),
    );
    expect(flat?.start).toBe(6);
    expect(flat?.end).toBe(6);
    const steep = moodMovement([
      { day: '2026-11-01', average: 1 },
      { day: '2026-11-02', average: 1 },
      { day: '2026-11-03', average: 1 },
      { day: '2026-11-04', average: 10 },
    ]);
    expect(steep?.start).toBe(1);
    // The line runs from -0.8 (kept at 1, the lowest mood) to 7.3.
    expect(steep?.end).toBeCloseTo(7.3, 10);
  });
});

describe('EMOTION_TAGS', () => {
  it('holds words for the breakup itself', () => {
    expect(EMOTION_TAGS).toEqual(
      expect.arrayContaining(['heartbroken', 'hurt', 'rejected', 'guilty', 'missing them']),
    );
  });

  it('holds only lower-case words the emotion word rule accepts, each once', () => {
    for (const word of EMOTION_TAGS) {
      expect(emotionWordProblem(word)).toBeNull();
      expect(emotionWordKey(word)).toBe(word);
    }
    expect(new Set(EMOTION_TAGS).size).toBe(EMOTION_TAGS.length);
  });
});
