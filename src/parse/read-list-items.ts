import { load, type LoadOptions } from 'js-yaml';
import type { Diagnostic } from '../model/diagnostic';
import type { ManifestObjects } from '../model/types';
import {
  createDocumentPositions,
  createItemPlacement,
  type ItemPlacement,
  type ObjectPositions,
} from './document-positions';
import { expandItem, getListDefaults, type ManifestEntry } from './expand-lists';
import { formatPath, type Path } from './field-path';
import { findJsonItems } from './json-item-spans';
import { findJsonChildren, type JsonChildren } from './json-offsets';
import type { LineCheckpoints } from './line-index';
import type { Span } from './load-document';
import { MAX_DEPTH, mayHaveAliases } from './load-document';
import type { Locator } from './locate';
import { getField, isMap } from './read-fields';
import type { KindDefaults } from './read-object';
import { skipToContent } from './skip-to-content';
import type { DocumentText } from './split-documents';
import { findYamlItems } from './yaml-item-spans';
import { MANIFEST_SCHEMA } from './yaml-schema';

/** Reads one object of the document, placed by `where`. */
export type EntryReader = (entry: ManifestEntry, where: ObjectPositions) => void;

/** What the items are read into; restored as it was when the document is read whole after all. */
export interface ReadTarget {
  objects: ManifestObjects;
  diagnostics: Diagnostic[];
}

/** Stands in for the items in the List's own text; it must read back as the `items` value. */
const PLACEHOLDER = 'reachmap-list-items-placeholder';

/** Recording deeper than this (the item is 1) would slow the load; `spec.ingress[i]` is 4. */
const RECORDED_DEPTH = 4;

type Options = LoadOptions & { maxDepth: number };

/**
 * Whether items are too small to load one by one: each load costs a few microseconds, more than
 * the whole load spends on a few bytes, and such items' trees are small anyway.
 */
function tooSmall(count: number, length: number): boolean {
  return count > 1000 && length / count < 32;
}

/** An anchor (`&name`): after whitespace, a flow indicator or a JSON-like key's colon. */
const ANCHOR_HINT = /(?:^|[\s[{,:])&[^\s[\]{},]/m;

interface ItemPlan {
  /** ['items'] for a List, [] for a top-level sequence. */
  itemsPath: Path;
  defaults: KindDefaults | undefined;
  count: number;
  lines: LineCheckpoints;
  /** Loads item `k` on its own; undefined if it does not load cleanly. */
  load(k: number): { value: unknown; placement: ItemPlacement } | undefined;
}

/**
 * Reads a document that is a List (or a top-level sequence) one item at a time: each item's text
 * is loaded on its own and its tree dropped before the next, so memory holds one item's tree,
 * not the whole document's (a kubectl dump's trees are ~4× its text). The items are found by
 * their lines (findYamlItems, findJsonItems); positions stay the file's, since every offset is
 * taken in the document's text.
 *
 * Returns false, with `target` as it was, when the document is not such a List or anything does
 * not load cleanly on its own (an item fails to parse, a duplicate key, aliases): the caller then
 * loads the document whole, which reports exactly what it always did.
 */
export function readListItems(
  file: string,
  doc: DocumentText,
  target: ReadTarget,
  readEntry: EntryReader,
): boolean {
  const lengths = Object.values(target.objects).map((list: unknown[]) => list.length);
  const diagnosticCount = target.diagnostics.length;
  try {
    const plan = planItems(doc.text);
    if (plan && readPlan(file, doc, plan, target, readEntry)) return true;
  } catch {
    // Unexpected; reading the document whole gives the same result, or reports the problem.
  }
  Object.values(target.objects).forEach((list: unknown[], i) => (list.length = lengths[i] ?? 0));
  target.diagnostics.length = diagnosticCount;
  return false;
}

function readPlan(
  file: string,
  doc: DocumentText,
  plan: ItemPlan,
  target: ReadTarget,
  readEntry: EntryReader,
): boolean {
  const positions = createDocumentPositions(file, doc, undefined, plan.lines);
  // A whole-document read reports every item's shape problem before any object's diagnostics.
  const problems: Diagnostic[] = [];
  const firstDiagnostic = target.diagnostics.length;
  for (let k = 0; k < plan.count; k++) {
    const loaded = plan.load(k);
    if (!loaded) return false;
    const itemPath = [...plan.itemsPath, k];
    const expanded = expandItem(loaded.value, itemPath, plan.defaults);
    const where = positions.forItem(itemPath, loaded.placement);
    for (const { path, message } of expanded.problems) {
      problems.push({
        ...where.at(path),
        severity: 'error',
        message: `${formatPath(path)}: ${message}`,
      });
    }
    for (const entry of expanded.entries) readEntry(entry, where.forObject(entry.path));
  }
  if (problems.length > 0) {
    const later = target.diagnostics.splice(firstDiagnostic);
    for (const problem of problems) target.diagnostics.push(problem);
    for (const diagnostic of later) target.diagnostics.push(diagnostic);
  }
  return true;
}

function planItems(text: string): ItemPlan | undefined {
  const body = text.startsWith('---') ? 3 : 0;
  const first = text[skipToContent(text, body)];
  // As loadDocument: JSON.parse reads a document starting with `{` or `[`, or it is not JSON.
  if (first === '{' || first === '[') return planJson(text, body, first === '[');
  // js-yaml refuses null bytes anywhere, and alias bombs are measured over the whole document.
  // An alias needs an anchor, so without anchors there is nothing to measure (a cron schedule's
  // `*` alone must not cost a kubectl dump its item-by-item read).
  if (text.includes('\0') || (mayHaveAliases(text) && ANCHOR_HINT.test(text))) return undefined;
  return planYaml(text);
}

/** The List's own fields with the placeholder for its items: its kind and item defaults. */
function readHeader(
  header: unknown,
  headerText: string,
  rootIsArray: boolean,
): { itemsPath: Path; defaults: KindDefaults | undefined } | undefined {
  if (headerText.indexOf(PLACEHOLDER) !== headerText.lastIndexOf(PLACEHOLDER)) return undefined;
  if (rootIsArray)
    return header === PLACEHOLDER ? { itemsPath: [], defaults: undefined } : undefined;
  const list = getListDefaults(header);
  if (!list || !isMap(header) || getField(header, 'items') !== PLACEHOLDER) return undefined;
  return { itemsPath: ['items'], defaults: list.defaults };
}

function planJson(text: string, body: number, rootIsArray: boolean): ItemPlan | undefined {
  const layout = findJsonItems(text, rootIsArray);
  if (!layout || layout.spans.length === 0) return undefined;
  if (tooSmall(layout.spans.length, layout.close - layout.open)) return undefined;
  const headerText =
    text.slice(body, layout.open) + JSON.stringify(PLACEHOLDER) + text.slice(layout.close + 1);
  let header: unknown;
  try {
    header = JSON.parse(headerText);
  } catch {
    return undefined;
  }
  const list = readHeader(header, headerText, rootIsArray);
  if (!list) return undefined;
  return {
    ...list,
    count: layout.spans.length,
    lines: layout.lines,
    load(k) {
      const span = layout.spans[k];
      if (!span) return undefined;
      let value: unknown;
      try {
        value = JSON.parse(text.slice(span.start, span.end));
      } catch {
        return undefined;
      }
      if (typeof value !== 'object' || value === null) return undefined;
      return {
        value,
        placement: createItemPlacement(text, value, span, jsonChildLocator(text, span)),
      };
    },
  };
}

/**
 * Finds children in a JSON item's text, scanning each container once (a policy's rules share
 * theirs). The scans run on the item's own slice, so that no search runs past it.
 */
function jsonChildLocator(text: string, span: Span): Locator['childStart'] {
  const item = text.slice(span.start, span.end);
  const scanned = new Map<number, JsonChildren | undefined>();
  return (_child, parentStart, segment) => {
    const at = parentStart - span.start;
    if (!scanned.has(at)) scanned.set(at, findJsonChildren(item, at));
    const starts = scanned.get(at);
    const start = Array.isArray(starts)
      ? typeof segment === 'number'
        ? starts[segment]
        : undefined
      : starts?.get(String(segment));
    return start === undefined ? undefined : span.start + start;
  };
}

function planYaml(text: string): ItemPlan | undefined {
  const layout = findYamlItems(text);
  if (!layout || layout.itemStarts.length === 0) return undefined;
  const { colon, regionStart, regionEnd, itemStarts, sequenceStart } = layout;
  if (tooSmall(itemStarts.length, regionEnd - regionStart)) return undefined;
  let list: { itemsPath: Path; defaults: KindDefaults | undefined } | undefined = {
    itemsPath: [],
    defaults: undefined,
  };
  if (colon !== undefined) {
    const headerText =
      text.slice(0, colon + 1) +
      ` ${PLACEHOLDER}` +
      text.slice(colon + 1, regionStart) +
      text.slice(regionEnd);
    const options: Options = { schema: MANIFEST_SCHEMA, maxDepth: MAX_DEPTH };
    try {
      list = readHeader(load(headerText, options), headerText, false);
    } catch {
      return undefined;
    }
  }
  if (!list) return undefined;
  // Items sit one level deeper in the whole document (below its root mapping) than on their own.
  const maxDepth = colon === undefined ? MAX_DEPTH : MAX_DEPTH - 1;
  return {
    ...list,
    count: itemStarts.length,
    lines: layout.lines,
    load(k) {
      const base = itemStarts[k] ?? 0;
      const end = itemStarts[k + 1] ?? regionEnd;
      return loadYamlItem(text, base, end, maxDepth, sequenceStart);
    },
  };
}

/** A copy of `text` that shares no memory with the string it was sliced from. */
function detach(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * Loads the sequence item at `base`..`end` of `text` with a listener recording where its shallow
 * containers start (enough to place a NetworkPolicy's rules without a second parse).
 */
function loadYamlItem(
  text: string,
  base: number,
  end: number,
  maxDepth: number,
  sequenceStart: number,
): { value: unknown; placement: ItemPlacement } | undefined {
  const opened: number[] = [];
  const nodes: object[] = [];
  const starts: number[] = [];
  let span: { start: number; end: number } | undefined;
  const options: Options = {
    schema: MANIFEST_SCHEMA,
    maxDepth,
    listener(event, state) {
      if (event === 'open') {
        opened.push(state.position);
        return;
      }
      const start = opened.pop() ?? 0;
      const node: unknown = state.result;
      // js-yaml's strings are slices of its copy of the item's text: a name the model keeps
      // would keep the whole item's text alive. V8 slices only strings of 13+ characters.
      if (typeof node === 'string' && node.length >= 13) state.result = detach(node);
      if (opened.length > RECORDED_DEPTH) return;
      if (opened.length === 1 && !span) span = { start, end: state.position };
      if (typeof node === 'object' && node !== null) {
        nodes.push(node);
        starts.push(start);
      }
    },
  };
  let value: unknown;
  try {
    value = load(text.slice(base, end), options);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== 1) return undefined;
  const item: unknown = value[0];
  if (!isMap(item) && !Array.isArray(item)) {
    // A scalar item is placed, as in the whole document, at its sequence.
    return {
      value: item,
      placement: {
        start: sequenceStart,
        locate: (path) => (path.length === 0 ? sequenceStart : undefined),
      },
    };
  }
  if (!span) return undefined;
  let recorded: Map<object, number> | undefined;
  const childStart = (child: object): number | undefined => {
    if (!recorded) {
      recorded = new Map();
      nodes.forEach((node, i) => {
        if (!recorded?.has(node)) recorded?.set(node, starts[i] ?? 0);
      });
    }
    const start = recorded.get(child);
    return start === undefined ? undefined : skipToContent(text, base + start);
  };
  const itemSpan = { start: skipToContent(text, base + span.start), end: base + span.end };
  return { value: item, placement: createItemPlacement(text, item, itemSpan, childStart) };
}
