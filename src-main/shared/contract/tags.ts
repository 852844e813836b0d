import { z } from 'zod';
import { EMOTION_WORD_MAX } from '../domain/tags';
import type { TagChannel } from '../ipc-channels';
import { emptyInput, fitsVisibleLength, instantSchema, type ChannelSpec } from './common';

/** At least one character a person can see: not only spaces, line breaks or invisible marks. */
const SOMETHING_VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Z}]/u;
/** Control characters (NUL, line breaks, escapes) have no place in a one-line word. */
const CONTROL_CHARACTER = /\p{Cc}/u;

/**
 * What is wrong with an emotion word as it is stored (already trimmed), in words, or null. One
 * rule for words typed in, words on mood entries and words in an import, so a word that gets in
 * can always be found, shown and removed again.
 */
export function emotionWordProblem(word: string): string | null {
  if (!fitsVisibleLength(word, EMOTION_WORD_MAX)) {
    return `The emotion word is too long: keep it to ${EMOTION_WORD_MAX} characters.`;
  }
  if (!SOMETHING_VISIBLE.test(word)) {
    return 'Write the emotion word you want to add: it cannot be empty.';
  }
  if (CONTROL_CHARACTER.test(word)) {
    return 'The emotion word contains a character that cannot be saved (such as a line break).';
  }
  return null;
}

/**
 * An emotion word a person adds: trimmed, 1 to 40 visible characters, on one line. Whether it is
 * new (not a built-in emotion, not already added, whatever the case) is checked by the service.
 */
export const emotionWordSchema = z
  .string({ error: 'The emotion word must be text.' })
  .trim()
  .superRefine((word, ctx) => {
    const problem = emotionWordProblem(word);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * The name of a word to remove: any word that may be in the list, exactly as it is there. Looser
 * than a new word on purpose: a word that got in under older rules (" Calm", one with a line
 * break) must still be removable.
 */
export const emotionWordToRemoveSchema = z
  .string({ error: 'The emotion word must be text.' })
  .refine((s) => fitsVisibleLength(s, EMOTION_WORD_MAX), {
    message: `The emotion word is too long: keep it to ${EMOTION_WORD_MAX} characters.`,
    abort: true,
  })
  .refine((s) => s.trim() !== '', 'Choose the emotion word to remove.');

/** An emotion word the person added, with how many mood entries carry it. */
export const customTagSchema = z.strictObject({
  name: z.string(),
  createdAt: instantSchema,
  usedCount: z.int().min(0),
});

/** Every emotion a mood entry can be tagged with: the fixed list, then the person's own words. */
export const tagListSchema = z.strictObject({
  builtIn: z.array(z.string()).readonly(),
  custom: z.array(customTagSchema).readonly(),
});

/** A removed word, put back exactly as it was (same spelling, same creation time) by Undo. */
export const customTagRestoreSchema = z.strictObject({
  name: emotionWordSchema,
  createdAt: instantSchema,
});

export const tagContract = {
  /** The built-in emotions and the person's own words, oldest first. */
  'tag:list': { input: emptyInput, output: tagListSchema },
  /** Add an emotion word; refused when it is already there, built in or added, in any case. */
  'tag:create': { input: z.strictObject({ name: emotionWordSchema }), output: customTagSchema },
  /**
   * Remove an emotion word from the list; the answer is the word as it was, so it can be
   * restored. Mood entries that used it keep it.
   */
  'tag:delete': {
    input: z.strictObject({ name: emotionWordToRemoveSchema }),
    output: customTagSchema,
  },
  /** Put a removed word back exactly as it was. */
  'tag:restore': { input: customTagRestoreSchema, output: customTagSchema },
} as const satisfies Record<TagChannel, ChannelSpec>;

export type CustomTag = z.output<typeof customTagSchema>;
export type TagList = z.output<typeof tagListSchema>;
export type CustomTagRestore = z.input<typeof customTagRestoreSchema>;
