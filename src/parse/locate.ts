import { load, type LoadOptions } from 'js-yaml';
import type { Path } from './field-path';
import { MAX_DEPTH } from './load-document';
import { skipToContent } from './skip-to-content';
import { MANIFEST_SCHEMA } from './yaml-schema';

/** A parsed text with the start offset of each of its mappings and sequences. */
export interface NodeIndex {
  root: unknown;
  startOf(node: object): number | undefined;
}

type Options = LoadOptions & { maxDepth: number };

function isContainer(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof String);
}

/**
 * Parses `source` (YAML or JSON) with a js-yaml listener that pairs each node's 'open' (where
 * parsing of it began) with its 'close' (where its value is known), recording where every mapping
 * and sequence starts. Used only when a position is asked for. Undefined if `source` does not parse.
 */
export function indexNodes(source: string): NodeIndex | undefined {
  const opened: number[] = [];
  const starts = new Map<object, number>();
  const options: Options = {
    schema: MANIFEST_SCHEMA,
    json: true,
    maxDepth: MAX_DEPTH,
    listener(event, state) {
      if (event === 'open') {
        opened.push(state.position);
        return;
      }
      const start = opened.pop() ?? 0;
      const node: unknown = state.result;
      // An alias closes with the anchored node; keep the anchor's position.
      if (isContainer(node) && !starts.has(node)) starts.set(node, start);
    },
  };
  let root: unknown;
  try {
    root = load(source, options);
  } catch {
    return undefined;
  }
  return {
    root,
    startOf(node) {
      const start = starts.get(node);
      return start === undefined ? undefined : skipToContent(source, start);
    },
  };
}

/**
 * The offset of the node at `path`, or of the deepest existing node on the way when the path
 * leaves the document. A scalar leaf resolves to its key (`operator:`), found by searching the
 * text from its mapping's start.
 */
export function locatePath(source: string, index: NodeIndex, path: Path): number {
  let node = index.root;
  let offset = (isContainer(node) && index.startOf(node)) || skipToContent(source, 0);
  for (const segment of path) {
    if (!isContainer(node) || !Object.hasOwn(node, segment)) break;
    const child = node[segment];
    const start = isContainer(child) ? index.startOf(child) : undefined;
    if (start !== undefined) {
      [node, offset] = [child, start];
      continue;
    }
    if (typeof segment === 'string' && !Array.isArray(node))
      offset = findKey(source, offset, segment) ?? offset;
    break;
  }
  return offset;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const MAX_CANDIDATES = 10_000;

/**
 * Finds `key:` (plain or quoted) at or after `from`, the start of its mapping. In a block mapping
 * the key sits at the mapping's column, which skips same-named keys of nested maps; in a flow
 * mapping (`{`) the first occurrence is taken.
 */
export function findKey(source: string, from: number, key: string): number | undefined {
  const pattern = new RegExp(`(?<=^|[\\s{,])(["']?)${escapeRegExp(key)}\\1[ \\t]*:`, 'gm');
  pattern.lastIndex = from;
  const column = from - (source.lastIndexOf('\n', from - 1) + 1);
  const flow = source[from] === '{';
  let first: number | undefined;
  for (
    let n = 0, m = pattern.exec(source);
    m && n < MAX_CANDIDATES;
    n++, m = pattern.exec(source)
  ) {
    first ??= m.index;
    if (flow || m.index - (source.lastIndexOf('\n', m.index - 1) + 1) === column) return m.index;
  }
  return first;
}
