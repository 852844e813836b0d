/** Characters are counted as a person sees them (grapheme clusters), as the contract counts them. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * How much text is handed to the segmenter at once. V8's segment iterator slows down with the
 * length of the string it walks (walking 160,000 characters takes over a minute), so text is
 * walked in short pieces, which keeps the cost linear in the text.
 */
const PIECE = 256;

/**
 * Walks `text` one visible character at a time, stopping before the character after `max`.
 * Answers how many were counted and the index just after the last one counted.
 */
function walk(text: string, max: number): { count: number; end: number } {
  let count = 0;
  let offset = 0;
  let size = PIECE;
  while (offset < text.length) {
    const piece = text.slice(offset, offset + size);
    const isTail = offset + piece.length >= text.length;
    const starts: number[] = [];
    for (const { index } of graphemes.segment(piece)) starts.push(index);
    // The piece's last character may go on past the piece, unless the piece ends the text.
    const complete = isTail ? starts.length : starts.length - 1;
    if (complete <= 0) {
      size *= 2; // one character longer than the piece: look further
      continue;
    }
    for (let i = 0; i < complete; i += 1) {
      if (count === max) return { count, end: offset + (starts[i] ?? 0) };
      count += 1;
    }
    offset = isTail ? text.length : offset + (starts[complete] ?? piece.length);
    size = PIECE;
  }
  return { count, end: text.length };
}

/** How many characters a person sees in `text`. */
export function visibleCount(text: string): number {
  return walk(text, Number.POSITIVE_INFINITY).count;
}

/**
 * `text` cut to at most `max` visible characters, and whether anything was cut. Never splits a
 * character (an emoji, a letter with its accents). The cost grows with `max`, not with the paste.
 */
export function clampText(text: string, max: number): { text: string; isCut: boolean } {
  // Every visible character takes at least one unit, so a short text needs no counting.
  if (text.length <= max) return { text, isCut: false };
  const { end } = walk(text, max);
  return end < text.length ? { text: text.slice(0, end), isCut: true } : { text, isCut: false };
}
