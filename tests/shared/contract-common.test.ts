import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communicationEntryInputSchema } from '../../src-main/shared/contract/communication';
import { moodEntryInputSchema } from '../../src-main/shared/contract/mood';
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

describe('a number off its scale is asked for kindly, naming the question', () => {
  const mood = { occurredAt: '2026-11-20T21:00:00.000Z', timeZone: 'UTC', mood: 5 };
  const talk = {
    occurredAt: '2026-11-20T21:00:00.000Z',
    timeZone: 'UTC',
    skill: 'listening',
    counterpart: 'friend',
    isContactWithEx: false,
  };
  const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.success ? null : (result.error?.issues[0]?.message ?? null);

  it.each([
    ['mood', moodEntryInputSchema, mood, 'mood', 'Choose a number for your mood, from 1 to 10.'],
    [
      'energy',
      moodEntryInputSchema,
      mood,
      'energy',
      'Choose a number for your energy, from 1 to 10, or leave it out.',
    ],
    [
      'hurt',
      moodEntryInputSchema,
      mood,
      'hurt',
      'Choose a number for how much it hurts right now, from 0 to 10, or leave it out.',
    ],
    [
      'mood before',
      communicationEntryInputSchema,
      talk,
      'moodBefore',
      'Choose a number for your mood before, from 1 to 10, or leave it out.',
    ],
    [
      'mood after',
      communicationEntryInputSchema,
      talk,
      'moodAfter',
      'Choose a number for your mood after, from 1 to 10, or leave it out.',
    ],
    [
      'self-rating',
      communicationEntryInputSchema,
      talk,
      'selfRating',
      'Choose how you feel you handled it, from 1 to 5, or leave it out.',
    ],
  ] as const)('%s', (_name, schema, valid, field, message) => {
    for (const bad of [0.5, -1, 11, 99, Number.NaN, '7']) {
      expect(messageOf(schema.safeParse({ ...valid, [field]: bad }))).toBe(message);
    }
  });
});
