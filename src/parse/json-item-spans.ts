import type { Span } from './load-document';
import { skipToContent } from './skip-to-content';

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

function column(text: string, at: number): number {
  return at - (text.lastIndexOf('\n', at - 1) + 1);
}

/** Offset just after the line holding `at`, if nothing but whitespace follows `at` on it. */
function afterBareLine(text: string, at: number): number | undefined {
  const end = lineEnd(text, at);
  return text.slice(at + 1, end).trim() === '' ? end + 1 : undefined;
}

/**
 * Finds the items of a pretty-printed JSON List (or top-level array) by their lines, without a
 * second parse: after the `"items": [` line each item opens with `{` and closes with `}` at one
 * indentation, and JSON strings cannot span lines, so no other line at that indentation exists.
 * Returns undefined unless exactly `count` items are found (compact JSON, unusual layout); the
 * caller then places items by re-parsing.
 */
export function findJsonItemSpans(
  text: string,
  rootIsArray: boolean,
  count: number,
): Span[] | undefined {
  if (count === 0) return [];
  const open = skipToContent(text, 0);
  let after = afterBareLine(text, open);
  if (after === undefined || text[open] !== (rootIsArray ? '[' : '{')) return undefined;
  if (!rootIsArray) {
    const indent = column(text, skipToContent(text, after));
    const itemsLine = new RegExp(`^[ \\t]{${indent}}"items"[ \\t]*:[ \\t]*\\[[ \\t]*\\r?$`, 'gm');
    itemsLine.lastIndex = after;
    const match = itemsLine.exec(text);
    if (!match) return undefined;
    after = lineEnd(text, match.index) + 1;
  }
  const first = skipToContent(text, after);
  if (text[first] !== '{') return undefined;
  const indent = column(text, first);
  const spans: Span[] = [];
  let start: number | undefined;
  // Visit only lines indented no deeper than the items; deeper lines are inside an item. A loop
  // over indexOf is several times faster here than a multiline regex on a 100 MB dump.
  for (let lineStart = first - indent; lineStart < text.length;) {
    let at = lineStart;
    while (at - lineStart <= indent && (text[at] === ' ' || text[at] === '\t')) at++;
    const ch = text[at];
    if (at - lineStart <= indent && ch !== undefined && ch !== '\r' && ch !== '\n') {
      if (at - lineStart < indent || (ch === ']' && start === undefined)) break;
      if (ch === '{' && start === undefined) {
        const line = text.slice(at, lineEnd(text, at)).trimEnd().replace(/,$/, '');
        if (line === '{') start = at;
        else if (line.endsWith('}')) spans.push({ start: at, end: at + line.length });
        else return undefined;
      } else if (ch === '}' && start !== undefined) {
        spans.push({ start, end: at + 1 });
        start = undefined;
      } else {
        return undefined;
      }
    }
    lineStart = lineEnd(text, at) + 1;
  }
  return start === undefined && spans.length === count ? spans : undefined;
}
