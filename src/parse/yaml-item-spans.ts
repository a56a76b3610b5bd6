import type { LineCheckpoints } from './line-index';
import { skipToContent } from './skip-to-content';

/** The `- ` items of a block-style YAML List (`items:` at column 0) or top-level sequence. */
export interface YamlItemLayout {
  /** Offset of the colon of the root's `items:` line; undefined for a top-level sequence. */
  colon?: number;
  /** Start of the line after `items:` (of the first item for a top-level sequence). */
  regionStart: number;
  /** Start of the first line after the sequence: the rest of the root mapping. */
  regionEnd: number;
  /** Where the sequence's content starts (its first `-`). */
  sequenceStart: number;
  /** Start of each item's `-` line; an item runs to the next one, the last to regionEnd. */
  itemStarts: number[];
  /** The items' first lines, counted on the way, for the document's line index. */
  lines: LineCheckpoints;
}

const ITEMS_LINE = /items[ \t]*:(?:[ \t]+#[^\r\n]*|[ \t]*)\r?(?:\n|$)/y;

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

function isDashAt(text: string, at: number): boolean {
  const next = text[at + 1];
  return (
    text[at] === '-' &&
    (next === undefined || next === ' ' || next === '\t' || next === '\r' || next === '\n')
  );
}

function isBlankFrom(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '\r') return false;
  }
  return true;
}

/** Offset of the first `items:` line at column 0 (indexOf: a multiline regex visits every line). */
function findItemsLine(text: string): number | undefined {
  for (let at = text.indexOf('items'); at >= 0; at = text.indexOf('items', at + 1)) {
    if (at > 0 && text[at - 1] !== '\n') continue;
    ITEMS_LINE.lastIndex = at;
    if (ITEMS_LINE.test(text)) return at;
  }
  return undefined;
}

// A line ending in an entry with nothing after it: `-`, `- -`, `key: -` (the last one is not an
// entry, but telling them apart is not worth it).
const EMPTY_ENTRY = /(?:^|[ \t])-[ \t]*(?:[ \t]#.*)?\r?$/;

/**
 * Whether the last content line before `lineStart` is an empty sequence entry (`-` alone) deeper
 * than `indent`. js-yaml then takes the next `-` line as that sequence's entry whatever its
 * indentation (a js-yaml quirk), so the items cannot be split there.
 */
function endsWithEmptyEntry(text: string, lineStart: number, indent: number): boolean {
  for (let end = lineStart - 1; end > 0;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const match = EMPTY_ENTRY.exec(line);
    return match !== null && line.lastIndexOf('-', match.index + 1) > indent;
  }
  return false;
}

/**
 * Finds the items of a kubectl-style YAML List by their lines, without a parse: each item starts
 * with `-` at the sequence's column, and any other line at or left of that column is blank, a
 * comment, or (at column 0) the next key of the root mapping. Undefined for any other shape
 * (flow style, `items` not at the root's column, a sequence that is not the root's).
 *
 * A line inside a multi-line flow collection or quoted scalar could look like an item start; the
 * item before it then fails to parse on its own, so the caller must parse every item and give
 * up on the layout when one fails.
 */
export function findYamlItems(text: string): YamlItemLayout | undefined {
  const contentStart = skipToContent(text, 0);
  let colon: number | undefined;
  let regionStart: number;
  if (isDashAt(text, contentStart)) {
    regionStart = text.lastIndexOf('\n', contentStart - 1) + 1;
    if (text.slice(regionStart, contentStart).trim() !== '') return undefined;
  } else {
    const at = findItemsLine(text);
    if (at === undefined) return undefined;
    colon = text.indexOf(':', at);
    regionStart = lineEnd(text, colon) + 1;
  }
  const sequenceStart = skipToContent(text, regionStart);
  const lineStartOfFirst = text.lastIndexOf('\n', sequenceStart - 1) + 1;
  const indent = sequenceStart - lineStartOfFirst;
  if (!isDashAt(text, sequenceStart) || text.slice(lineStartOfFirst, sequenceStart).trim() !== '') {
    return undefined;
  }
  const lines: LineCheckpoints = { offsets: [0], lines: [0] };
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStartOfFirst; i = text.indexOf('\n', i + 1)) {
    line++;
  }
  const itemStarts: number[] = [];
  let regionEnd = text.length;
  // Visit every line but read only up to the sequence's column: deeper lines are inside an item.
  for (let lineStart = lineStartOfFirst; lineStart < text.length; line++) {
    let at = lineStart;
    while (at - lineStart <= indent && text[at] === ' ') at++;
    const column = at - lineStart;
    if (column <= indent && !isBlankFrom(text, at) && text[at] !== '#') {
      if (column === indent && isDashAt(text, at)) {
        if (itemStarts.length > 0 && endsWithEmptyEntry(text, lineStart, indent)) return undefined;
        itemStarts.push(lineStart);
        lines.offsets.push(lineStart);
        lines.lines.push(line);
      } else if (column === 0 && colon !== undefined) {
        regionEnd = lineStart;
        break;
      } else {
        return undefined;
      }
    }
    lineStart = lineEnd(text, at) + 1;
  }
  return { colon, regionStart, regionEnd, sequenceStart, itemStarts, lines };
}
