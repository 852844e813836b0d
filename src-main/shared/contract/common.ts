import { z } from 'zod';
import { isValidDay, isValidInstant, isValidTimeZone } from '../calendar';

// The renderer's CSP forbids eval; zod must not try to compile validators with `new Function`.
z.config({ jitless: true });

/** Free text caps are counted in characters a person sees (grapheme clusters), not UTF-16 units. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function visibleLength(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

/** Optional free text: trimmed, empty becomes null, capped, never a NUL character. */
export function freeText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .refine((s) => !s.includes('\u0000'), `${label} contains a character that cannot be saved.`)
    .refine(
      (s) => visibleLength(s) <= max,
      `${label} is too long: keep it to ${max.toLocaleString('en-US')} characters.`,
    )
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
  .max(64, 'The time zone name is too long.')
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
