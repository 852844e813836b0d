import { z } from 'zod';
import { isValidDay, isValidInstant, isValidTimeZone } from './calendar';
import type { Channel } from './ipc-channels';

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
function freeText(label: string, max: number) {
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

function wholeNumber(label: string, min: number, max: number) {
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

/** Emotions offered with every mood entry (a later issue adds custom tags from Settings). */
export const EMOTION_TAGS = [
  'calm',
  'hopeful',
  'grateful',
  'proud',
  'relieved',
  'lonely',
  'sad',
  'anxious',
  'angry',
  'numb',
  'confused',
  'tired',
] as const;

const tagSchema = z
  .string({ error: 'Each emotion must be text.' })
  .min(1, 'An emotion cannot be empty.')
  .refine((s) => !s.includes('\u0000'), 'An emotion contains a character that cannot be saved.')
  .refine((s) => visibleLength(s) <= 40, 'Keep each emotion to 40 characters.');

export const MOOD_NOTE_MAX = 5000;

/** What a person records about their mood at one moment. */
export const moodEntryInputSchema = z.strictObject({
  occurredAt: instantSchema,
  timeZone: timeZoneSchema,
  mood: wholeNumber('Mood', 1, 10),
  energy: wholeNumber('Energy', 1, 10).nullable().default(null),
  hurt: wholeNumber('How much it still hurts', 0, 10).nullable().default(null),
  tags: z
    .array(tagSchema, { error: 'Emotions must be a list.' })
    .max(20, 'Choose at most 20 emotions.')
    .refine((tags) => new Set(tags).size === tags.length, 'Each emotion can be chosen once.')
    .default([]),
  note: freeText('The note', MOOD_NOTE_MAX).default(null),
});

/** A saved mood entry, as the renderer sees it. */
export const moodEntrySchema = z.strictObject({
  id: idSchema,
  occurredAt: instantSchema,
  timeZone: z.string(),
  day: daySchema,
  mood: z.int(),
  energy: z.int().nullable(),
  hurt: z.int().nullable(),
  tags: z.array(z.string()).readonly(),
  note: z.string().nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

/** A span of local days, both ends included, at most ten years and a bit. */
export const dayRangeSchema = z
  .strictObject({ from: daySchema, to: daySchema })
  .refine((r) => r.from <= r.to, {
    message: 'The start date must be on or before the end date.',
    path: ['to'],
  });

/** One day's mood, aggregated in SQL: the average of that day's entries. */
export const dailyMoodSchema = z.strictObject({
  day: daySchema,
  average: z.number(),
  count: z.int(),
});

const emptyInput = z.strictObject({});

/**
 * The contract: for each channel, what the renderer may send and what it gets back.
 * Inputs are validated in the main process on every call; outputs are checked before they leave.
 */
export const contract = {
  /** The app's version and where its data lives on this computer. */
  'app:info': {
    input: emptyInput,
    output: z.strictObject({ version: z.string(), databasePath: z.string() }),
  },
  /** Save a new mood entry. */
  'mood:create': { input: moodEntryInputSchema, output: moodEntrySchema },
  /** Change a saved mood entry; every field is replaced. */
  'mood:update': {
    input: moodEntryInputSchema.extend({ id: idSchema }),
    output: moodEntrySchema,
  },
  /** Remove a mood entry for good. */
  'mood:delete': {
    input: z.strictObject({ id: idSchema }),
    output: z.strictObject({ id: idSchema }),
  },
  /** Mood entries whose local day is in the range, newest first. */
  'mood:list': { input: dayRangeSchema, output: z.array(moodEntrySchema).readonly() },
  /** Average mood per day in the range, oldest first; days without entries are left out. */
  'mood:daily': { input: dayRangeSchema, output: z.array(dailyMoodSchema).readonly() },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
/** What a caller sends on a channel (optional fields may be left out). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives on a channel, after validation and defaults. */
export type ValidInput<C extends Channel> = z.output<Contract[C]['input']>;
/** What a channel answers with. */
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export type MoodEntryInput = z.input<typeof moodEntryInputSchema>;
export type MoodEntry = z.output<typeof moodEntrySchema>;
export type DailyMood = z.output<typeof dailyMoodSchema>;
export type DayRange = z.output<typeof dayRangeSchema>;
