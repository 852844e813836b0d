import { z } from 'zod';
import { isValidDay, isValidInstant, isValidTimeZone } from '../calendar';

// The renderer's CSP forbids eval; zod must not try to compile validators with `new Function`.
z.config({ jitless: true });

/** Free text caps are counted in characters a person sees (grapheme clusters), not UTF-16 units. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * How much text one call to the segmenter is given. V8's grapheme iterator gets slower with the
 * length of the string it walks (10,000 characters took a quarter of a second, 200,000 over three
 * minutes), so text is counted in short pieces: the cost then grows in step with the length.
 */
const PIECE = 128;

/** True for the first half of a UTF-16 surrogate pair, which must not end a piece. */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The number of characters a person sees in `text`. Counting stops as soon as it passes
 * `stopAfter`, so checking a cap never walks more of the text than the cap allows.
 */
export function visibleLength(text: string, stopAfter = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let start = 0;
  while (start < text.length) {
    let size = PIECE;
    for (;;) {
      let end = Math.min(text.length, start + size);
      if (end === text.length) {
        for (const _ of graphemes.segment(text.slice(start))) count += 1;
        return count;
      }
      if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
      // Every cluster but the last is whole; the last may go on past the end of the piece, so
      // the next piece starts with it. Boundaries depend only on what comes before them inside
      // the cluster, so starting a piece at a boundary finds the same boundaries as the whole.
      let last = 0;
      let clusters = 0;
      for (const { index } of graphemes.segment(text.slice(start, end))) {
        last = index;
        clusters += 1;
      }
      if (clusters > 1) {
        count += clusters - 1;
        start += last;
        break;
      }
      // One cluster longer than the piece (a letter under hundreds of accents): look further.
      size *= 2;
    }
    if (count > stopAfter) return count;
  }
  return count;
}

/**
 * The most UTF-16 code units one visible character takes in text people write: the longest emoji
 * in common use (a kiss with two skin tones) is 15. Text longer than this many units per allowed
 * character is refused without counting, so a 10 MB paste is refused at once.
 */
export const CODE_UNITS_PER_CHARACTER_MAX = 16;

/**
 * True when `text` has at most `max` visible characters. Cheap and linear whatever the input:
 * text with no more code units than `max` fits without counting, text with more than
 * CODE_UNITS_PER_CHARACTER_MAX units per character is too long without counting, and between the
 * two counting stops one past the cap.
 */
export function fitsVisibleLength(text: string, max: number): boolean {
  if (text.length <= max) return true;
  if (text.length > max * CODE_UNITS_PER_CHARACTER_MAX) return false;
  return visibleLength(text, max) <= max;
}

/** A message for text over its cap, the same wherever the cap is checked. */
export function tooLongMessage(label: string, max: number): string {
  return `${label} is too long: keep it to ${max.toLocaleString('en-US')} characters.`;
}

/** Optional free text: trimmed, empty becomes null, capped, never a NUL character. */
export function freeText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .refine((s) => fitsVisibleLength(s, max), { message: tooLongMessage(label, max), abort: true })
    .refine((s) => !s.includes('\u0000'), `${label} contains a character that cannot be saved.`)
    .transform((s) => (s.trim() === '' ? null : s))
    .nullable()
    .transform((s) => s ?? null);
}

export function wholeNumber(label: string, min: number, max: number) {
  const message = `${label} must be a whole number from ${min} to ${max}.`;
  return z.int({ error: message }).min(min, message).max(max, message);
}

/** A local calendar day, `YYYY-MM-DD`; impossible days such as 2024-02-30 are refused. */
export const daySchema = z
  .string({ error: 'Choose a date.' })
  .refine(isValidDay, 'Choose a real calendar date (YYYY-MM-DD).');

/** A UTC instant, ISO 8601 with a trailing Z. */
export const instantSchema = z
  .string({ error: 'Choose a date and time.' })
  .refine(isValidInstant, 'Choose a real date and time.');

/** An IANA time zone such as `Europe/Paris`. */
export const timeZoneSchema = z
  .string({ error: 'The time zone is missing.' })
  .max(64, { message: 'The time zone name is too long.', abort: true })
  .refine(isValidTimeZone, 'The time zone is not one this computer knows.');

export const idSchema = z
  .int({ error: 'The entry id must be a whole number.' })
  .min(1)
  .max(2 ** 53 - 1);

/** A span of local days, both ends included, at most ten years and a bit. */
export const dayRangeSchema = z
  .strictObject({ from: daySchema, to: daySchema })
  .refine((r) => r.from <= r.to, {
    message: 'The start date must be on or before the end date.',
    path: ['to'],
  });

/** Answers of channels that take nothing. */
export const emptyInput = z.strictObject({});

/** What every channel of the contract is: a schema for what comes in and one for what goes out. */
export interface ChannelSpec {
  readonly input: z.ZodType;
  readonly output: z.ZodType;
}

export type DayRange = z.output<typeof dayRangeSchema>;
