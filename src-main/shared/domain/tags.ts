/** The longest emotion word a person can add, counted in characters they see. */
export const EMOTION_WORD_MAX = 40;

/**
 * The key two emotion words are compared by: "Calm", "calm" and "CALM" are the same word, and so
 * are two spellings of "é" (one code point, or "e" plus an accent).
 */
export function emotionWordKey(word: string): string {
  return word.normalize('NFC').toLowerCase();
}
