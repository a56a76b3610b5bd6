/** A cell: one line of text, or several shown one under the other. */
export type MarkdownCell = string | readonly string[];

/**
 * Escapes text for a GitHub-flavoured Markdown table cell: a `|` would end the cell, `\` would
 * escape what follows, `<` could open HTML, and a line break would end the row.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
}

function cell(value: MarkdownCell): string {
  return typeof value === 'string' ? markdownText(value) : value.map(markdownText).join('<br>');
}

/**
 * A GitHub-flavoured Markdown table; lines of a multi-line cell are joined with `<br>`, which
 * GitHub renders as line breaks inside the cell.
 *
 * @example markdownTable(['A', 'B'], [['x|y', ['1', '2']]])
 * // '| A | B |\n| --- | --- |\n| x\\|y | 1<br>2 |\n'
 */
export function markdownTable(header: readonly string[], rows: readonly MarkdownCell[][]): string {
  const line = (row: readonly MarkdownCell[]) => `| ${row.map(cell).join(' | ')} |\n`;
  return line(header) + line(header.map(() => '---')) + rows.map(line).join('');
}

/** Notes as a block quote, one line each, then a blank line; nothing when there are none. */
export function markdownNotes(notes: readonly string[]): string {
  return notes.length === 0 ? '' : `${notes.map((n) => `> ${markdownText(n)}\n`).join('')}\n`;
}
