/**
 * RFC 4180 CSV: the writer the exports use and the reader that checks them. Pure: rows in, text
 * out, and back.
 */

export type CsvRow = readonly string[];

/** A field with a comma, quote, CR or LF is quoted, its quotes doubled; any other goes as it is. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A header line and one record per row, each ended by CRLF as RFC 4180 asks: the file is for
 * spreadsheets. (The CLI ends records in LF for shell tools; a CSV reader takes either.)
 *
 * @example renderCsv(['a', 'b'], [['x,y', '1']]) // 'a,b\r\n"x,y",1\r\n'
 */
export function renderCsv(header: CsvRow, rows: readonly CsvRow[]): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/**
 * Reads RFC 4180 CSV into records of fields. Records may end in CRLF or LF; a final line break is
 * optional; quoted fields may hold commas, doubled quotes and line breaks. Throws on a quote that
 * is never closed or a quote inside an unquoted field: a file this module did not write.
 *
 * @example parseCsv('a,b\r\n"x,y",1\r\n') // [['a', 'b'], ['x,y', '1']]
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const endRecord = () => {
    records.push(record);
    record = [];
  };
  if (text === '') return records;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error(`CSV: unclosed quote in record ${records.length + 1}`);
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n]/);
      field = end < 0 ? text.slice(i) : text.slice(i, i + end);
      if (field.includes('"'))
        throw new Error(`CSV: quote inside an unquoted field in record ${records.length + 1}`);
      i = end < 0 ? text.length : i + end;
    }
    record.push(field);
    if (i >= text.length) {
      endRecord();
      return records;
    }
    const c = text[i];
    if (c === ',') {
      i++;
      continue;
    }
    if (c === '\r' && text[i + 1] === '\n') i += 2;
    else if (c === '\n') i++;
    else throw new Error(`CSV: unexpected ${JSON.stringify(c)} after a field`);
    endRecord();
    if (i >= text.length) return records;
  }
}
