import { describeValue, type Path } from './field-path';
import { getField, isMap, type JsonMap } from './read-fields';
import type { KindDefaults } from './read-object';

/** One object of a document, with where it sits in the document. */
export interface ManifestEntry {
  object: JsonMap;
  /** Path from the document root: [] for the document itself, ['items', 3] for a List item. */
  path: Path;
  /** Set for items of typed Lists (PodList…), whose items may omit kind and apiVersion. */
  defaults?: KindDefaults;
}

export interface ExpandProblem {
  path: Path;
  message: string;
}

/** Lists inside Lists are legal but rare; deeper than this is hostile. */
export const MAX_LIST_NESTING = 8;

/**
 * Turns a parsed document into objects: the document itself, the items of a `List` or `*List`
 * (nested Lists included), or the elements of a top-level array. Drops `metadata.managedFields`
 * (about 40% of a kubectl dump) from each object as it goes.
 */
export function expandDocument(value: unknown): {
  entries: ManifestEntry[];
  problems: ExpandProblem[];
} {
  const { entries, problems, visit } = createExpander();
  if (Array.isArray(value)) value.forEach((item, i) => visit(item, [i], 1));
  else if (value !== null && value !== undefined) visit(value, [], 0);
  return { entries, problems };
}

/**
 * Expands one item of a top-level List or array that was loaded on its own, exactly as
 * expandDocument expands it within the whole document. `path` is the item's path (['items', 3]
 * or [3]); `defaults` come from the List (getListDefaults).
 */
export function expandItem(
  item: unknown,
  path: Path,
  defaults?: KindDefaults,
): { entries: ManifestEntry[]; problems: ExpandProblem[] } {
  const { entries, problems, visit } = createExpander();
  visit(item, path, 1, defaults);
  return { entries, problems };
}

/**
 * Whether a document root is a List whose items expandDocument reads, and the kind and
 * apiVersion its items default to: a PodList's items may omit them (the API server leaves them
 * out).
 */
export function getListDefaults(root: unknown): { defaults: KindDefaults | undefined } | undefined {
  if (!isMap(root)) return undefined;
  const kind = getField(root, 'kind');
  if (typeof kind !== 'string' || !isListOf(root, kind)) return undefined;
  const apiVersion = getField(root, 'apiVersion');
  return {
    defaults:
      kind !== 'List' && typeof apiVersion === 'string'
        ? { kind: kind.slice(0, -'List'.length), apiVersion }
        : undefined,
  };
}

function isListOf(item: JsonMap, kind: string): boolean {
  return kind.endsWith('List') && Object.hasOwn(item, 'items');
}

function createExpander() {
  const entries: ManifestEntry[] = [];
  const problems: ExpandProblem[] = [];
  const visit = (item: unknown, path: Path, depth: number, defaults?: KindDefaults): void => {
    if (!isMap(item)) {
      const what = path.length === 0 ? 'the document' : 'a list item';
      problems.push({
        path,
        message: `${what} must be a Kubernetes object (a map), not ${describeValue(item)}`,
      });
      return;
    }
    const kind = getField(item, 'kind');
    if (typeof kind === 'string' && isListOf(item, kind)) {
      expandList(item, path, depth);
      return;
    }
    const metadata = getField(item, 'metadata');
    if (isMap(metadata)) delete metadata['managedFields'];
    entries.push(defaults ? { object: item, path, defaults } : { object: item, path });
  };
  const expandList = (list: JsonMap, path: Path, depth: number): void => {
    if (depth >= MAX_LIST_NESTING) {
      problems.push({
        path,
        message: `Lists nested deeper than ${MAX_LIST_NESTING} levels are not read`,
      });
      return;
    }
    const items = getField(list, 'items') ?? [];
    if (!Array.isArray(items)) {
      problems.push({
        path: [...path, 'items'],
        message: `must be a list, not ${describeValue(items)}`,
      });
      return;
    }
    const { defaults } = getListDefaults(list) ?? {};
    items.forEach((item, i) => visit(item, [...path, 'items', i], depth + 1, defaults));
  };
  return { entries, problems, visit };
}
