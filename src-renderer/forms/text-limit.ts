/** Characters are counted as a person sees them (grapheme clusters), as the contract counts them. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The most UTF-16 units one visible character is assumed to take (a family emoji takes 11).
 * Only this much of a paste is ever looked at, so a 10 MB paste costs what the limit costs.
 */
const UNITS_PER_CHARACTER = 32;

/** How many characters a person sees in `text`. */
export function visibleCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

/**
 * `text` cut to at most `max` visible characters, and whether anything was cut. Never splits a
 * character (an emoji, a letter with its accents).
 */
export function clampText(text: string, max: number): { text: string; isCut: boolean } {
  // Every visible character takes at least one unit, so a short text needs no counting.
  if (text.length <= max) return { text, isCut: false };
  const head = text.slice(0, max * UNITS_PER_CHARACTER);
  let count = 0;
  let lastStart = 0;
  for (const { index } of graphemes.segment(head)) {
    if (count === max) return { text: text.slice(0, index), isCut: true };
    count += 1;
    lastStart = index;
  }
  if (head.length === text.length) return { text, isCut: false };
  // Only characters longer than UNITS_PER_CHARACTER on average get here; the last one seen may
  // be cut in half by `head`, so it is left out.
  return { text: text.slice(0, lastStart), isCut: true };
}
