import { load, type LoadOptions } from 'js-yaml';
import type { Path } from './field-path';
import { MAX_DEPTH } from './load-document';
import { skipToContent } from './skip-to-content';
import { MANIFEST_SCHEMA, Yaml11Boolean } from './yaml-schema';

/** A parsed text with the start offset of each of its mappings and sequences. */
export interface NodeIndex {
  root: unknown;
  startOf(node: object): number | undefined;
}

type Options = LoadOptions & { maxDepth: number };

function isContainer(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Yaml11Boolean);
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
  const root = index.root;
  const offset = (isContainer(root) && index.startOf(root)) || skipToContent(source, 0);
  let locator = locators.get(index);
  if (!locator) {
    locator = {
      childStart: (child) => index.startOf(child) ?? UNRECORDED,
      keyAt: (from, key) => findKey(source, from, key),
    };
    locators.set(index, locator);
  }
  return locateBelow(root, offset, path, locator) ?? offset;
}

/** One locator per index (an index belongs to one source): a document may ask thousands. */
const locators = new WeakMap<NodeIndex, Locator>();

/**
 * What a full index says of a container the parser built without a node of its own (the pair in
 * `[a: 1]`): it is placed like a scalar, at its key or its parent.
 */
export const UNRECORDED = -1;

/** How locateBelow finds offsets: a container's start, and a scalar's key after its mapping's. */
export interface Locator {
  /**
   * Start of `child`, the `segment` child of the container starting at `parentStart`: undefined
   * when this locator cannot tell, UNRECORDED when no parse records it.
   */
  childStart(child: object, parentStart: number, segment: string | number): number | undefined;
  keyAt(mappingStart: number, key: string): number | undefined;
}

/**
 * locatePath from a node whose start is known: walks `path` down from `node` (at `offset`) by the
 * same rules. Undefined when the locator cannot place a container on the way, so that the caller
 * can ask a slower one.
 */
export function locateBelow(
  node: unknown,
  offset: number,
  path: Path,
  locator: Locator,
): number | undefined {
  let [current, at] = [node, offset];
  for (const segment of path) {
    if (!isContainer(current) || !Object.hasOwn(current, segment)) break;
    const child = current[segment];
    const start = isContainer(child) ? locator.childStart(child, at, segment) : UNRECORDED;
    if (start === undefined) return undefined;
    if (start !== UNRECORDED) {
      [current, at] = [child, start];
      continue;
    }
    if (typeof segment === 'string' && !Array.isArray(current))
      at = locator.keyAt(at, segment) ?? at;
    break;
  }
  return at;
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
