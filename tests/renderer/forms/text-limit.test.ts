import { describe, expect, it } from 'vitest';
import { clampText, visibleCount } from '../../../src-renderer/forms/text-limit';

describe('clampText', () => {
  it('leaves text within the limit as it is', () => {
    expect(clampText('Slept well', 10)).toEqual({ text: 'Slept well', isCut: false });
    expect(clampText('', 5)).toEqual({ text: '', isCut: false });
  });

  it('keeps the first characters a person sees, never half of one', () => {
    // Five family emoji (11 UTF-16 units each) and accented letters built from two code points.
    const family = '👨‍👩‍👧‍👦';
    expect(clampText(family.repeat(5), 3)).toEqual({ text: family.repeat(3), isCut: true });
    const accented = 'e\u0301'.repeat(6);
    expect(clampText(accented, 4)).toEqual({ text: 'e\u0301'.repeat(4), isCut: true });
    expect(clampText('🇫🇷🇩🇪🇮🇹', 2)).toEqual({ text: '🇫🇷🇩🇪', isCut: true });
  });

  it('keeps text longer in units but not in characters', () => {
    const flags = '🇫🇷'.repeat(5);
    expect(clampText(flags, 5)).toEqual({ text: flags, isCut: false });
  });

  it('cuts a 10 MB paste to the limit', () => {
    const paste = 'a'.repeat(10_000_000);
    const { text, isCut } = clampText(paste, 5000);
    expect(text).toHaveLength(5000);
    expect(isCut).toBe(true);
  });

  it('keeps a character of many code points whole', () => {
    // One "character" made of a letter and 600 combining marks, after two plain letters.
    const heavy = `x${'\u0301'.repeat(600)}`;
    expect(clampText(`ab${heavy}cd`, 3)).toEqual({ text: `ab${heavy}`, isCut: true });
    expect(visibleCount(`ab${heavy}cd`)).toBe(5);
  });

  it('cuts where counting the whole text at once would, wherever the limit falls', () => {
    // Characters of 1 to 11 units, so they straddle every boundary of the pieces walked.
    const parts = ['a', 'é', 'e\u0301', '🇫🇷', '👨‍👩‍👧‍👦', '한', '🇩🇪', ' ', '\r\n', '👍🏽'];
    const text = Array.from({ length: 700 }, (_, i) => parts[(i * 7) % parts.length]).join('');
    const whole = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)];
    expect(visibleCount(text)).toBe(whole.length);
    for (const max of [1, 17, 255, 256, 257, 400, 699]) {
      const expected = whole
        .slice(0, max)
        .map((s) => s.segment)
        .join('');
      expect(clampText(text, max)).toEqual({ text: expected, isCut: true });
    }
  });
});

describe('visibleCount', () => {
  it('counts characters as a person sees them', () => {
    expect(visibleCount('👨‍👩‍👧‍👦 e\u0301')).toBe(3);
  });
});
