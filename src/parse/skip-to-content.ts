const SPACE = /[ \t\r\n]/;

/**
 * The offset of the first character of content at or after `from`, skipping whitespace, comments,
 * a `---` document marker and `%` directives. js-yaml reports a node as opening where its parent
 * stopped reading (after `key:`), so node positions go through this.
 */
export function skipToContent(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const lineStart = i === 0 || text[i - 1] === '\n';
    if (SPACE.test(ch)) {
      i++;
    } else if (ch === '#' || (lineStart && ch === '%')) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (
      lineStart &&
      text.startsWith('---', i) &&
      /^---(?:[ \t\r\n]|$)/.test(text.slice(i, i + 4))
    ) {
      i += 3;
    } else {
      break;
    }
  }
  return Math.min(i, text.length);
}
