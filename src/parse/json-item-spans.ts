import type { LineCheckpoints } from './line-index';
import type { Span } from './load-document';
import { skipToContent } from './skip-to-content';

/** The items of a pretty-printed JSON List or top-level array, found by their lines. */
export interface JsonItemLayout {
  /** Offsets of the `[` and `]` around the items. */
  open: number;
  close: number;
  /** Each item, from its `{` to just after its `}`. */
  spans: Span[];
  /** The items' first lines, for the document's line index. */
  lines: LineCheckpoints;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

function column(text: string, at: number): number {
  return at - (text.lastIndexOf('\n', at - 1) + 1);
}

/** A space or a tab. */
function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 0x20 && ch !== 0x09 && ch !== 0x0a && ch !== 0x0d) return false;
  }
  return true;
}

/** Offset just after the line holding `at`, if nothing but whitespace follows `at` on it. */
function afterBareLine(text: string, at: number): number | undefined {
  const end = lineEnd(text, at);
  return isBlank(text, at + 1, end) ? end + 1 : undefined;
}

const ITEMS_LINE_REST = /^[ \t]*:[ \t]*\[[ \t]*\r?$/;

/** The `[` of the root's `"items": [` line, a line at `indent` holding nothing else. */
function findItemsOpen(text: string, from: number, indent: number): number | undefined {
  // indexOf, not a multiline regex: the regex tests every line of a 100 MB dump.
  for (let at = text.indexOf('"items"', from); at >= 0; at = text.indexOf('"items"', at + 1)) {
    const start = at - indent;
    if (start < from || (start > 0 && text[start - 1] !== '\n')) continue;
    let indented = true;
    for (let i = start; i < at && indented; i++) indented = isSpace(text.charCodeAt(i));
    if (!indented) continue;
    const end = lineEnd(text, at);
    if (ITEMS_LINE_REST.test(text.slice(at + 7, end))) return text.indexOf('[', at + 7);
  }
  return undefined;
}

/** Where the items start: the `[` and the first item's `{`, which sets their indentation. */
function findFirstItem(
  text: string,
  rootIsArray: boolean,
): { open: number; first: number; indent: number } | undefined {
  const rootOpen = skipToContent(text, 0);
  let after = afterBareLine(text, rootOpen);
  if (after === undefined || text[rootOpen] !== (rootIsArray ? '[' : '{')) return undefined;
  let open = rootOpen;
  if (!rootIsArray) {
    const found = findItemsOpen(text, after, column(text, skipToContent(text, after)));
    if (found === undefined) return undefined;
    open = found;
    after = lineEnd(text, open) + 1;
  }
  const first = skipToContent(text, after);
  return text[first] === '{' ? { open, first, indent: column(text, first) } : undefined;
}

/**
 * Finds the items of a pretty-printed JSON List (or top-level array) without a parse: after the
 * `"items": [` line each item opens with `{` alone on its line, or is one line, and closes with
 * the next `}` that starts a line at the items' indentation (JSON strings cannot span lines, so
 * that `}` is no string's). Only whitespace and single commas may lie between the items and the
 * brackets. Undefined for compact JSON or any other layout. The spans hold only if each item then
 * parses on its own: a `}` of a nested map at the items' indentation makes its item fail.
 */
export function findJsonItems(text: string, rootIsArray: boolean): JsonItemLayout | undefined {
  const found = findFirstItem(text, rootIsArray);
  if (!found) return undefined;
  const { open, indent } = found;
  const spans: Span[] = [];
  const lines: LineCheckpoints = { offsets: [0], lines: [0] };
  let [counted, line] = [0, 0];
  for (let at = found.first; ;) {
    const lineStart = at - indent;
    if (!isIndentation(text, lineStart, at)) return undefined;
    // Only an item's first line is asked for directly; lookups inside it count from there.
    for (
      let i = text.indexOf('\n', counted);
      i >= 0 && i < lineStart;
      i = text.indexOf('\n', i + 1)
    ) {
      line++;
    }
    counted = lineStart;
    lines.offsets.push(lineStart);
    lines.lines.push(line);
    const end = itemEnd(text, at, indent);
    if (end === undefined) return undefined;
    spans.push({ start: at, end });
    let next = skipBlank(text, end);
    if (text[next] === ']') return { open, close: next, spans, lines };
    if (text[next] !== ',') return undefined;
    next = skipBlank(text, next + 1);
    if (text[next] !== '{' || column(text, next) !== indent) return undefined;
    at = next;
  }
}

/** Whether only spaces and tabs lie from `from` (a line start) to `to`. */
function isIndentation(text: string, from: number, to: number): boolean {
  if (from > 0 && text[from - 1] !== '\n') return false;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function skipBlank(text: string, from: number): number {
  let i = from;
  while (i < text.length && isBlank(text, i, i + 1)) i++;
  return i;
}

/** Just after the `}` closing the item whose `{` is at `at`, found by lines (see findJsonItems). */
function itemEnd(text: string, at: number, indent: number): number | undefined {
  const end = trimmedLineEnd(text, at);
  if (end !== at + 1) return text[end - 1] === '}' ? end : undefined;
  for (let close = text.indexOf('}', at); close >= 0; close = text.indexOf('}', close + 1)) {
    if (isIndentation(text, close - indent, close)) return close + 1;
  }
  return undefined;
}

/**
 * The item spans of a pretty-printed JSON List or array that JSON.parse read whole, found by the
 * lines at the items' indentation: each is `{`, `}` or the closing `]`.
 */
function scanItemLines(text: string, rootIsArray: boolean): Span[] | undefined {
  const found = findFirstItem(text, rootIsArray);
  if (!found) return undefined;
  const { first, indent } = found;
  const spans: Span[] = [];
  let start: number | undefined;
  // Visit each line but read only its indentation: deeper lines are inside an item. A loop over
  // indexOf is several times faster here than a multiline regex on a 100 MB dump.
  for (let lineStart = first - indent; lineStart < text.length;) {
    let at = lineStart;
    while (at - lineStart <= indent && isSpace(text.charCodeAt(at))) at++;
    const ch = text[at];
    if (at - lineStart <= indent && ch !== undefined && ch !== '\r' && ch !== '\n') {
      if (at - lineStart < indent || (ch === ']' && start === undefined)) break;
      if (ch === '{' && start === undefined) {
        const end = trimmedLineEnd(text, at);
        if (end === at + 1) start = at;
        else if (text[end - 1] === '}') spans.push({ start: at, end });
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
  return start === undefined ? spans : undefined;
}

/** End of the line from `at`, without trailing whitespace, then without one trailing comma. */
function trimmedLineEnd(text: string, at: number): number {
  let end = lineEnd(text, at);
  while (end > at && isBlank(text, end - 1, end)) end--;
  return text[end - 1] === ',' ? end - 1 : end;
}

/**
 * The item spans of a pretty-printed JSON List or array whose items were already parsed; undefined
 * unless exactly `count` items are found (compact JSON, unusual layout). The caller then places
 * items by re-parsing.
 */
export function findJsonItemSpans(
  text: string,
  rootIsArray: boolean,
  count: number,
): Span[] | undefined {
  if (count === 0) return [];
  const spans = scanItemLines(text, rootIsArray);
  return spans?.length === count ? spans : undefined;
}
