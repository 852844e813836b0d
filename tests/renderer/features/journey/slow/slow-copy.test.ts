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

  it('writes a month on the chart with its whole year, never a two-digit one read as a day', () => {
    expect(copy.axisMonth('2026-11')).toBe(
      formatDay('2026-11-01', { month: 'short', year: 'numeric' }),
    );
    expect(copy.axisMonth('2026-11')).toContain('2026');
    expect(copy.axisMonth('2026-11')).not.toMatch(/\b26\b/);
  });

  it('pairs every sentence that calls tension normal with the line that fear is not', () => {
    const sentences = Object.values(copy).filter((v): v is string => typeof v === 'string');
    const normal = sentences.filter((s) => /tension[^.]*(normal|part of)/i.test(s));
    expect(normal.length).toBeGreaterThan(0);
    for (const sentence of normal) expect(sentence).toMatch(/fear is not/);
    expect(copy.UNSAFE_HREF).toBe('#/support?part=unsafe-contact');
  });

  it('asks for a missing answer calmly, naming the question, with a way out', () => {
    expect(copy.missingAnswer(['trust'])).toBe(
      'To save, choose a number for trust too, or leave this for another time.',
    );
    expect(copy.missingAnswer(['tension'])).toBe(
      'To save, choose a number for tension too, or leave this for another time.',
    );
    expect(copy.missingAnswer(['trust', 'tension'])).toBe(
      'To save, choose a number for trust and for tension, or leave this for another time.',
    );
  });

  it('asks only about the person’s own trust, never how much the ex trusts them', () => {
    expect(copy.TRUST_QUESTION).toBe('How much do you trust them right now?');
    expect(copy.TRUST_QUESTION).not.toMatch(/each other/);
  });
});
