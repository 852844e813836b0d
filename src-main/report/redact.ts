import { REDACTED_NAME } from '../shared/domain/report';

/**
 * Letters, combining marks, digits and the underscore: what a name cannot be glued to. A name
 * matches only as a whole word, so hiding "Ann" leaves "Annual" and "Joanne" alone, and "José"
 * written with a separate accent is not cut in half.
 */
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/**
 * Replaces every occurrence of the listed names with "[name]": case-insensitively, on word
 * boundaries, in any script. Text and names are compared in the same Unicode form (NFC), so a
 * name typed one way still matches the same letters stored another way. Longer names are tried
 * first, so "Anna Maria" is hidden whole rather than leaving "Maria" behind "Anna".
 */
export function createRedactor(names: readonly string[]): (text: string) => string {
  const unique = new Map<string, string>();
  for (const raw of names) {
    const name = raw.normalize('NFC').trim();
    if (name !== '') unique.set(name.toLowerCase(), name);
  }
  if (unique.size === 0) return (text) => text;
  const alternatives = [...unique.values()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    // Spaces inside a name match any run of spaces or line breaks between its words.
    .map((name) => escapeRegExp(name).replace(/\s+/gu, String.raw`\s+`));
  const pattern = new RegExp(
    `(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`,
    'giu',
  );
  return (text) => text.normalize('NFC').replace(pattern, REDACTED_NAME);
}
