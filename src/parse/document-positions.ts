import type { SourceRange } from '../model/diagnostic';
import type { Path } from './field-path';
import { findJsonItemSpans } from './json-item-spans';
import { createLineIndex, type LineCheckpoints } from './line-index';
import type { LoadedDocument, Span } from './load-document';
import {
  findKey,
  indexNodes,
  locateBelow,
  locatePath,
  type Locator,
  type NodeIndex,
} from './locate';
import { getField, isMap } from './read-fields';
import { skipToContent } from './skip-to-content';
import type { DocumentText } from './split-documents';

/** Positions within one object: where it starts, and where any path inside it starts. */
export interface ObjectPositions {
  source: SourceRange;
  at(path: Path): SourceRange;
}

export interface DocumentPositions {
  atOffset(offset: number): SourceRange;
  /** Where the node at `path` from the document root starts. */
  at(path: Path): SourceRange;
  /** Positions for an object at `path` (the document root or a List item). */
  forObject(object: object, path: Path): ObjectPositions;
  /** Positions inside the List item at `itemPath`, which was loaded on its own. */
  forItem(itemPath: Path, placement: ItemPlacement): ItemPositions;
}

/** Where a List item loaded on its own lies, and how to find paths inside it. */
export interface ItemPlacement {
  /** Offset (in the document) of the item's content, or of its sequence for a scalar item. */
  start: number;
  /** Offset of the node at `path` below the item, as locatePath places it; undefined if unknown. */
  locate(path: Path): number | undefined;
}

/** Positions of the objects of one List item; paths are from the document root. */
export interface ItemPositions {
  at(path: Path): SourceRange;
  forObject(path: Path): ObjectPositions;
}

/**
 * Maps paths to file positions for one document, computing as little as it can: List items are
 * placed from spans recorded while parsing (YAML) or found by line (pretty JSON); anything deeper
 * re-parses only the item's own text, and only when a diagnostic or rule asks for a position.
 */
export function createDocumentPositions(
  file: string,
  doc: DocumentText,
  loaded: LoadedDocument | undefined,
  knownLines?: LineCheckpoints,
): DocumentPositions {
  const text = doc.text;
  const lines = createLineIndex(text, knownLines);
  const atOffset = (offset: number): SourceRange => {
    const p = lines.position(offset);
    return { file, doc: doc.index, line: doc.line + p.line + 1, col: p.col + 1 };
  };
  const contentStart = skipToContent(text, 0);
  let whole: NodeIndex | null | undefined;
  const at = (path: Path): SourceRange => {
    if (path.length === 0) return atOffset(contentStart);
    whole ??= indexNodes(text) ?? null;
    return atOffset(whole ? locatePath(text, whole, path) : contentStart);
  };
  let spans: ReadonlyMap<object, Span> | undefined;
  const spanOf = (object: object): Span | undefined => {
    spans ??=
      loaded?.spans ?? (loaded?.format === 'json' ? jsonSpans(text, loaded.value) : new Map());
    return spans.get(object);
  };
  return {
    atOffset,
    at,
    forObject(object, path) {
      const span = path.length === 0 ? undefined : spanOf(object);
      if (path.length === 0 || !span) {
        const source = at(path);
        return { source, at: (rel) => (rel.length === 0 ? source : at([...path, ...rel])) };
      }
      const source = atOffset(span.start);
      const region = regionLocator(text, lines.lineStart(span.start), span, object);
      return {
        source,
        at(rel) {
          if (rel.length === 0) return source;
          const offset = region(rel);
          return offset === undefined ? at([...path, ...rel]) : atOffset(offset);
        },
      };
    },
    forItem(itemPath, placement) {
      const inItem = (path: Path): SourceRange => {
        const offset = placement.locate(path.slice(itemPath.length));
        // Failing the item's own text, the whole document (never needed for a well-formed item).
        return offset === undefined ? at(path) : atOffset(offset);
      };
      return {
        at: inItem,
        forObject(path) {
          const source = inItem(path);
          return { source, at: (rel) => (rel.length === 0 ? source : inItem([...path, ...rel])) };
        },
      };
    },
  };
}

/**
 * Places paths inside a List item (a map or list) that was loaded on its own, from `span`, its
 * text in the document. `childStart` finds containers quickly (starts recorded while parsing, or
 * a JSON scan); where it cannot, the item's text is re-parsed with a listener, as for whole
 * documents. Either way the offsets are locatePath's.
 */
export function createItemPlacement(
  text: string,
  item: object,
  span: Span,
  childStart: Locator['childStart'],
): ItemPlacement {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  let source: string | undefined;
  const keyAt = (from: number, key: string): number | undefined => {
    source ??= itemSource(text, lineStart, span);
    const found = findKey(source, from - lineStart, key);
    return found === undefined ? undefined : lineStart + found;
  };
  const locator: Locator = { childStart, keyAt };
  let region: ((path: Path) => number | undefined) | undefined;
  return {
    start: span.start,
    locate(path) {
      const found = locateBelow(item, span.start, path, locator);
      if (found !== undefined) return found;
      region ??= regionLocator(text, lineStart, span, item);
      return region(path);
    },
  };
}

/** An item's text with what precedes it on its first line (`- `, indentation) as spaces. */
function itemSource(text: string, lineStart: number, span: Span): string {
  return ' '.repeat(span.start - lineStart) + text.slice(span.start, span.end);
}

/**
 * Locates paths inside one item by parsing only the item's text. The text before the item on its
 * first line (`- ` or indentation) becomes spaces, so lines and columns stay the file's own.
 */
function regionLocator(
  text: string,
  lineStart: number,
  span: Span,
  object: object,
): (path: Path) => number | undefined {
  let index: NodeIndex | null | undefined;
  let source = '';
  return (path) => {
    if (index === undefined) {
      source = itemSource(text, lineStart, span);
      const parsed = indexNodes(source);
      // The item must re-parse to the same kind of object, or the span was not what we thought.
      const same =
        parsed &&
        isMap(parsed.root) &&
        isMap(object) &&
        getField(parsed.root, 'kind') === getField(object, 'kind');
      index = same ? parsed : null;
    }
    return index ? lineStart + locatePath(source, index, path) : undefined;
  };
}

function jsonSpans(text: string, value: unknown): ReadonlyMap<object, Span> {
  const rootIsArray = Array.isArray(value);
  const items = rootIsArray ? value : isMap(value) ? getField(value, 'items') : undefined;
  const map = new Map<object, Span>();
  if (!Array.isArray(items)) return map;
  const found = findJsonItemSpans(text, rootIsArray, items.length);
  items.forEach((item: unknown, i) => {
    const span = found?.[i];
    if (span && typeof item === 'object' && item !== null) map.set(item, span);
  });
  return map;
}
