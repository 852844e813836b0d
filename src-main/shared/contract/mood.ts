import { z } from 'zod';
import type { MoodChannel } from '../ipc-channels';
import { MOOD_NOTE_MAX } from '../domain/mood';
import { emotionWordKey } from '../domain/tags';
import { emotionWordProblem } from './tags';
import {
  dayRangeSchema,
  daySchema,
  freeText,
  idSchema,
  instantSchema,
  localDayRefinement,
  timeZoneSchema,
  scaleNumber,
  type ChannelSpec,
} from './common';

/** An emotion on an entry: the same rules as a word a person adds (trimmed, one line, 40). */
const tagSchema = z
  .string({ error: 'Each emotion must be text.' })
  .trim()
  .superRefine((word, ctx) => {
    const problem = emotionWordProblem(word);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

/** The fields a person writes, shared by create, update and restore. */
const moodFields = {
  occurredAt: instantSchema,
  timeZone: timeZoneSchema,
  mood: scaleNumber('your mood', 1, 10, false),
  energy: scaleNumber('your energy', 1, 10, true).nullable().default(null),
  hurt: scaleNumber('how much it hurts right now', 0, 10, true).nullable().default(null),
  tags: z
    .array(tagSchema, { error: 'Emotions must be a list.' })
    .max(20, 'Choose at most 20 emotions.')
    // The same word in another case or spelling is the same emotion, as in the list of words.
    .refine(
      (tags) => new Set(tags.map(emotionWordKey)).size === tags.length,
      'Each emotion can be chosen once.',
    )
    .readonly()
    .default([]),
  note: freeText('The note', MOOD_NOTE_MAX).default(null),
};

const onAcceptedLocalDay = localDayRefinement('occurredAt');

/** What a person records about their mood at one moment. */
export const moodEntryInputSchema = z.strictObject(moodFields).superRefine(onAcceptedLocalDay);

/** A change to a saved entry: every field is replaced. */
export const moodEntryUpdateSchema = z
  .strictObject({ ...moodFields, id: idSchema })
  .superRefine(onAcceptedLocalDay);

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

/** A deleted entry, put back exactly as it was (same id, same times) when a person presses Undo. */
export const moodEntryRestoreSchema = z
  .strictObject({
    ...moodFields,
    id: idSchema,
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .superRefine(onAcceptedLocalDay);

/** One day's mood, aggregated in SQL: the average of that day's entries. */
export const dailyMoodSchema = z.strictObject({
  day: daySchema,
  average: z.number(),
  count: z.int(),
});

/** How many entries share one mood and one energy rating, aggregated in SQL. */
export const moodGridCellSchema = z.strictObject({
  mood: z.int(),
  energy: z.int(),
  count: z.int(),
});

/** Entries on the pleasantness x energy grid, and how many had no energy and are left out. */
export const moodGridSchema = z.strictObject({
  cells: z.array(moodGridCellSchema).readonly(),
  withoutEnergy: z.int(),
});

export const moodContract = {
  /** Save a new mood entry. */
  'mood:create': { input: moodEntryInputSchema, output: moodEntrySchema },
  /** Change a saved mood entry; every field is replaced. */
  'mood:update': { input: moodEntryUpdateSchema, output: moodEntrySchema },
  /** Remove a mood entry; the answer is the entry as it was, so it can be restored. */
  'mood:delete': { input: z.strictObject({ id: idSchema }), output: moodEntrySchema },
  /** Put a deleted entry back exactly as it was. */
  'mood:restore': { input: moodEntryRestoreSchema, output: moodEntrySchema },
  /** Mood entries whose local day is in the range, newest first. */
  'mood:list': { input: dayRangeSchema, output: z.array(moodEntrySchema).readonly() },
  /** Average mood per day in the range, oldest first; days without entries are left out. */
  'mood:daily': { input: dayRangeSchema, output: z.array(dailyMoodSchema).readonly() },
  /** Entries in the range counted per (mood, energy) pair, for the pleasantness x energy grid. */
  'mood:grid': { input: dayRangeSchema, output: moodGridSchema },
} as const satisfies Record<MoodChannel, ChannelSpec>;

export type MoodEntryInput = z.input<typeof moodEntryInputSchema>;
export type MoodEntryRestore = z.input<typeof moodEntryRestoreSchema>;
export type MoodEntry = z.output<typeof moodEntrySchema>;
export type DailyMood = z.output<typeof dailyMoodSchema>;
export type MoodGridCell = z.output<typeof moodGridCellSchema>;
export type MoodGrid = z.output<typeof moodGridSchema>;
