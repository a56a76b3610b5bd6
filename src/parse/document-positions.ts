import type { SourceRange } from '../model/diagnostic';
import type { Path } from './field-path';
import { findJsonItemSpans } from './json-item-spans';
import { createLineIndex } from './line-index';
import type { LoadedDocument, Span } from './load-document';
import { indexNodes, locatePath, type NodeIndex } from './locate';
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
): DocumentPositions {
  const text = doc.text;
  const lines = createLineIndex(text);
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
  };
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
      source = ' '.repeat(span.start - lineStart) + text.slice(span.start, span.end);
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
