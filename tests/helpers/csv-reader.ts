/**
 * An RFC 4180 reader, written apart from the app's writer so that a test can check what a
 * spreadsheet would read: fields separated by commas, records ended by CRLF, quotes doubled
 * inside quoted fields, line breaks kept inside them. Refuses anything a strict reader would.
 */
export function readCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('The file has no UTF-8 byte-order mark.');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let state: 'start' | 'plain' | 'quoted' | 'after-quote' = 'start';
  for (let i = 1; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (state === 'quoted') {
      if (c === '"') state = 'after-quote';
      else field += c;
      continue;
    }
    if (state === 'after-quote' && c === '"') {
      field += '"';
      state = 'quoted';
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      state = 'start';
    } else if (c === '\r' && text.charAt(i + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      state = 'start';
      i += 1;
    } else if (state === 'after-quote') {
      throw new Error(`Text after a closing quote at ${i}.`);
    } else if (c === '"') {
      if (state !== 'start') throw new Error(`A quote inside an unquoted field at ${i}.`);
      state = 'quoted';
    } else if (c === '\r' || c === '\n') {
      throw new Error(`A bare line break outside quotes at ${i}.`);
    } else {
      field += c;
      state = 'plain';
    }
  }
  if (state === 'quoted') throw new Error('The file ends inside a quoted field.');
  if (field !== '' || row.length > 0) throw new Error('The last record has no CRLF after it.');
  return rows;
}

/**
 * The text a cell stands for: the app marks text starting with a formula character or with the
 * mark itself by one leading apostrophe, which a spreadsheet hides; a reader drops exactly one.
 */
export function cellText(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
