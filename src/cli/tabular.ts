/**
 * Shared text renderers for the CLI formats: an aligned terminal table, a Markdown table, CSV and
 * Graphviz string quoting. Pure: rows in, text out.
 */

export type Row = readonly string[];

/**
 * Columns padded to their widest cell, two spaces apart, no trailing spaces.
 *
 * @example renderTextTable(['A', 'B'], [['x', 'yy']]) // 'A  B\nx  yy\n'
 */
export function renderTextTable(header: Row, rows: readonly Row[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (row: Row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [header, ...rows].map((r) => `${line(r)}\n`).join('');
}

/** Escapes what would end a cell or start markup inside a GitHub-flavoured Markdown table cell. */
function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** @example renderMarkdownTable(['A'], [['x|y']]) // '| A |\n| --- |\n| x\\|y |\n' */
export function renderMarkdownTable(header: Row, rows: readonly Row[]): string {
  const line = (row: Row) => `| ${row.map(markdownCell).join(' | ')} |\n`;
  return line(header) + line(header.map(() => '---')) + rows.map(line).join('');
}

/** RFC 4180 quoting: a field with a comma, quote, CR or LF is quoted, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV with a header line. Records end in LF rather than RFC 4180's CRLF: shell tools (`cut`, `awk`)
 * would otherwise see a stray `\r` in the last field, and CSV readers accept either.
 */
export function renderCsv(header: Row, rows: readonly Row[]): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\n`).join('');
}

/** A Graphviz double-quoted string (ids and labels alike). */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}
