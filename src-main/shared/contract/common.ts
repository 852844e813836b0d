import { z } from 'zod';
import { formatCount } from '../locale-format';
import { dayOfInstant, isValidDay, isValidInstant, isValidTimeZone } from '../calendar';

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
  return `${label} is too long: keep it to ${formatCount(max)} characters.`;
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
  const message = `Enter a whole number for ${label}, from ${min} to ${max}.`;
  return z.int({ error: message }).min(min, message).max(max, message);
}

/**
 * A number chosen on a scale (mood, energy, how much it hurts). Its refusal asks for the choice in
 * the words of the question, kindly, rather than stating a rule: "Choose a number for your mood,
 * from 1 to 10." `what` is the field as it sits in that sentence ("your mood"); an optional scale
 * says it may be left out.
 */
export function scaleNumber(what: string, min: number, max: number, isOptional: boolean) {
  const message = `Choose a number for ${what}, from ${min} to ${max}${isOptional ? ', or leave it out' : ''}.`;
  return z.int({ error: message }).min(min, message).max(max, message);
}

/** The first and last local days the app accepts, anywhere: in forms, in imports, in answers. */
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2999-12-31';

/** The accepted range in words, for every message about a date outside it. */
export const DATE_RANGE_MESSAGE = 'Choose a date between 1 January 1900 and 31 December 2999.';

/**
 * The one rule for which days the app accepts: a real calendar day from FIRST_DAY to LAST_DAY.
 * Every day and every instant (as the day it falls on where it was entered) goes through it, so
 * nothing can be stored that cannot be read back, exported and imported.
 */
export function isAcceptedDay(day: string): boolean {
  // isValidDay holds the shape and the years FIRST_DAY to LAST_DAY already (a test says so): one
  // pass, as every day of every answer is checked.
  return isValidDay(day);
}

/** `YYYY-MM-DD` whose month and day could be real in some year, so only the range is wrong. */
function isDayShaped(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value);
}

/** A local calendar day, `YYYY-MM-DD`; impossible days such as 2024-02-30 are refused. */
export const daySchema = z.string({ error: 'Choose a date.' }).superRefine((value, ctx) => {
  if (isAcceptedDay(value)) return;
  const outOfRange =
    isDayShaped(value) &&
    (value < FIRST_DAY || value > LAST_DAY) &&
    isValidDay(`2000${value.slice(4)}`);
  ctx.addIssue({
    code: 'custom',
    message: outOfRange ? DATE_RANGE_MESSAGE : 'Choose a real calendar date (YYYY-MM-DD).',
  });
});

const INSTANT_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * A UTC instant, ISO 8601 with a trailing Z, on an accepted UTC day. Where an instant has a zone
 * beside it, `localDayRefinement` also checks the day it falls on there.
 */
export const instantSchema = z
  .string({ error: 'Choose a date and time.' })
  .superRefine((value, ctx) => {
    // A valid instant's day is a valid day, and so an accepted one (see isAcceptedDay).
    if (isValidInstant(value)) return;
    // Shaped like an instant, with a real month and day, but a year outside the range.
    const outOfRange =
      value.length <= 30 &&
      INSTANT_SHAPE.test(value) &&
      !isAcceptedDay(value.slice(0, 10)) &&
      isValidInstant(`2000${value.slice(4)}`);
    ctx.addIssue({
      code: 'custom',
      message: outOfRange ? DATE_RANGE_MESSAGE : 'Choose a real date and time.',
    });
  });

/**
 * The day an instant falls on in its zone must be accepted too: 1900-01-01T00:30Z is still
 * 31 December 1899 in New York, a day no answer, export or import could carry. Reported on the
 * instant's field; skipped while the instant or zone is refused on its own.
 */
export function localDayRefinement<K extends string>(instantKey: K) {
  return (
    value: { readonly [key in K]: string } & { readonly timeZone: string },
    ctx: z.RefinementCtx,
  ) => {
    const instant = value[instantKey];
    if (
      !isValidInstant(instant) ||
      value.timeZone.length > 64 ||
      !isValidTimeZone(value.timeZone)
    ) {
      return;
    }
    if (!isAcceptedDay(dayOfInstant(instant, value.timeZone))) {
      ctx.addIssue({ code: 'custom', path: [instantKey], message: DATE_RANGE_MESSAGE });
    }
  };
}

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
