import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_UNITS_PER_CHARACTER_MAX,
  fitsVisibleLength,
  visibleLength,
} from '../../src-main/shared/contract/common';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** The plain count, walked in one piece: right, but slow on long text. */
const reference = (text: string): number => [...segmenter.segment(text)].length;

const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'; // 11 code units
const KISS = '\u{1F469}\u{1F3FD}\u200D\u2764\uFE0F\u200D\u{1F48B}\u200D\u{1F468}\u{1F3FB}'; // 15
const FLAGS = '\u{1F1EB}\u{1F1F7}\u{1F1E9}\u{1F1EA}'; // two flags, four regional indicators

describe('visibleLength counts characters a person sees, in pieces', () => {
  it.each([
    ['plain letters', 'a'.repeat(1000), 1000],
    ['family emoji across piece boundaries', FAMILY.repeat(300), 300],
    ['kisses with skin tones', KISS.repeat(100), 100],
    ['flags, whose pairs must not shift', FLAGS.repeat(200), 400],
    ['a letter under 1,000 accents', `e${'\u0301'.repeat(1000)}`, 1],
    ['surrogate pairs on every boundary', 'a\u{1F600}'.repeat(500), 1000],
    ['CRLF line breaks', 'ab\r\n'.repeat(300), 900],
  ])('%s', (_name, text, expected) => {
    expect(visibleLength(text)).toBe(expected);
    expect(reference(text)).toBe(expected);
  });

  it('agrees with one whole-text count on any text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'grapheme', maxLength: 50 }),
            fc.constantFrom(FAMILY, KISS, FLAGS, '\u{1F1EB}', '\u0301', '\u200D', '\r', '\n'),
          ),
          { maxLength: 60 },
        ),
        (parts) => {
          const text = parts.join('');
          expect(visibleLength(text)).toBe(reference(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stops counting one past the point asked, and says so', () => {
    expect(visibleLength('a'.repeat(10_000), 200)).toBeGreaterThan(200);
    expect(visibleLength('a'.repeat(10_000), 200)).toBeLessThan(10_000);
  });
});

describe('fitsVisibleLength', () => {
  it('keeps text at the cap, whatever its code units, and refuses one more character', () => {
    expect(fitsVisibleLength(KISS.repeat(40), 40)).toBe(true);
    expect(fitsVisibleLength(KISS.repeat(41), 40)).toBe(false);
    expect(fitsVisibleLength('a'.repeat(5000), 5000)).toBe(true);
    expect(fitsVisibleLength('a'.repeat(5001), 5000)).toBe(false);
    expect(fitsVisibleLength(FAMILY.repeat(5000), 5000)).toBe(true);
  });

  it('refuses without counting text with more code units than any cap-sized text has', () => {
    const max = 10;
    // One visible character, but more code units than ten characters can take.
    const accents = `e${'\u0301'.repeat(max * CODE_UNITS_PER_CHARACTER_MAX)}`;
    expect(visibleLength(accents)).toBe(1);
    expect(fitsVisibleLength(accents, max)).toBe(false);
    expect(fitsVisibleLength('x'.repeat(10 * 1024 * 1024), 5000)).toBe(false);
  });
});
