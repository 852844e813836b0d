/**
 * CSV as spreadsheets read it: RFC 4180 (fields separated by commas, records by CRLF, quotes
 * doubled inside quoted fields), UTF-8 with a byte-order mark so Excel does not guess another
 * encoding, and no cell a spreadsheet would run as a formula.
 */

/**
 * A cell: text, a number, or nothing. Numbers are written as numbers and never neutralised (a mood
 * of -3 is not a formula); only text can carry a formula, so only text is made safe.
 */
export type CsvCell = string | number | null;

/** The byte-order mark that tells spreadsheets the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet treat a cell as a formula, or that some of them skip before
 * looking again (tab, carriage return): OWASP's CSV injection guidance
 * (https://owasp.org/www-community/attacks/CSV_Injection). An apostrophe is on the list too:
 * it is the mark added below, so text that starts with one gets one more, and every cell that
 * starts with an apostrophe reads back by dropping exactly one.
 */
const NEEDS_MARK = /^[=+\-@\t\r']/;

/**
 * Text a spreadsheet will show as text, never evaluate: a leading apostrophe is the spreadsheet's
 * own "this is text" mark, and it is not shown in the cell. Text that merely looks like a number
 * ("-3" typed in a note) is neutralised too: it is text, and stays text.
 */
export function neutraliseFormula(text: string): string {
  return NEEDS_MARK.test(text) ? `'${text}` : text;
}

/**
 * What separates the words of a list in one cell (the emotions of a mood entry): a line break,
 * so a spreadsheet shows one word per line. Unambiguous, because the contract refuses line
 * breaks inside an emotion word, while "; " or "," may be part of one ("tired; wired").
 */
export const LIST_SEPARATOR = '\n';

/** A list of words as one cell, one word per line. */
export function listCell(words: readonly string[]): string {
  return words.join(LIST_SEPARATOR);
}

/** One field, quoted when RFC 4180 requires it (comma, quote, line break). */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`A CSV number must be finite, not ${cell}.`);
    return String(cell);
  }
  const safe = neutraliseFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV file: the byte-order mark, a header row, then one record per row, CRLF after each. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const line = (cells: readonly CsvCell[]) => {
    // A short row would shift every later cell under the wrong heading.
    if (cells.length !== header.length) {
      throw new Error(`A CSV row has ${cells.length} cells; the header has ${header.length}.`);
    }
    return `${cells.map(csvField).join(',')}\r\n`;
  };
  return UTF8_BOM + line(header) + rows.map(line).join('');
}
