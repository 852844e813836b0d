import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../../../src-renderer/app/day-format';
import * as copy from '../../../../../src-renderer/features/journey/slow/slow-copy';

describe('Take it Slow words', () => {
  it('names a month of this year alone, and a month of another year with its year', () => {
    const words = copy.monthWords('2026-11-28');
    expect(words.month('2026-10')).toBe(formatDay('2026-10-01', { month: 'long' }));
    expect(words.month('2025-12')).toBe(
      formatDay('2025-12-01', { month: 'long', year: 'numeric' }),
    );
    expect(words.month('2025-12')).not.toBe(words.month('2026-12'));
  });

  it('counts rehearsals apart, and says nothing when there are none', () => {
    expect(copy.rehearsalsNote(0)).toBeNull();
    expect(copy.rehearsalsNote(1)).toMatch(/^You rehearsed these skills on your own once: /);
    expect(copy.rehearsalsNote(3)).toMatch(/on your own 3 times: that practice counts too/);
  });

  it('never scores, counts down or promises', () => {
    const sentences = Object.values(copy).filter((v): v is string => typeof v === 'string');
    sentences.push(
      copy.openFromAnyStage('heal_yourself'),
      copy.openFromAnyStage('heal_and_grow'),
      copy.rehearsalsNote(2) ?? '',
    );
    for (const sentence of sentences) {
      expect(sentence).not.toMatch(/score|days? (left|to go)|will (come back|return)|should|fail/i);
    }
  });
});
