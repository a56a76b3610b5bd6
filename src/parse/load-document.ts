import { load, YAMLException, type LoadOptions, type Mark } from 'js-yaml';
import { isAliasBomb, measureExpansion } from './alias-guard';
import { skipToContent } from './skip-to-content';
import { MANIFEST_SCHEMA } from './yaml-schema';

/** Start and end offsets of a node in the document text. */
export interface Span {
  start: number;
  end: number;
}

export interface LoadedDocument {
  value: unknown;
  format: 'json' | 'yaml';
  /**
   * Spans of the collections within two levels of the root (a List's items), recorded while
   * parsing a YAML document that looks like a List. Lets items be placed without a re-parse.
   */
  spans?: ReadonlyMap<object, Span>;
}

/** A problem found while loading; `offset` is in the document text. */
export interface LoadProblem {
  severity: 'error' | 'warning';
  offset: number;
  message: string;
}

export type LoadResult =
  | { ok: true; doc: LoadedDocument; problems: LoadProblem[] }
  | { ok: false; problems: LoadProblem[] };

/** Deeper than any real manifest (CRD schemas reach ~40); js-yaml's own default is 100. */
export const MAX_DEPTH = 256;
const LIST_HINT = /^items[ \t]*:/m;
// An alias (`*name`) after whitespace or a flow indicator. False hits (a `*` bullet in a block
// scalar) only cost a measurement.
const ALIAS_HINT = /(?:^|[\s[{,])\*[^\s[\]{},]/m;

/** js-yaml's options, with the depth limit its typings do not declare. */
type Options = LoadOptions & { maxDepth: number };

/**
 * Parses one document. JSON goes through JSON.parse (an order of magnitude faster); anything
 * else, or JSON that fails, through js-yaml. Never throws: syntax errors, nesting too deep for the
 * parser and alias bombs come back as problems with an offset.
 */
export function loadDocument(text: string): LoadResult {
  const body = text.startsWith('---') ? 3 : 0;
  const first = text[skipToContent(text, body)];
  if (first === '{' || first === '[') {
    try {
      return {
        ok: true,
        doc: { value: JSON.parse(text.slice(body)), format: 'json' },
        problems: [],
      };
    } catch {
      // Not strict JSON (a comment, a trailing comma, flow YAML): js-yaml reads it or says where.
    }
  }
  const spans = LIST_HINT.test(text) || first === '-';
  const problems: LoadProblem[] = [];
  let parsed: LoadedDocument;
  try {
    parsed = parseYaml(text, false, spans);
  } catch (error) {
    if (!(error instanceof YAMLException) || error.reason !== 'duplicated mapping key') {
      return { ok: false, problems: [toProblem(error, text)] };
    }
    problems.push({
      severity: 'warning',
      offset: markOffset(error, text),
      message:
        'duplicated mapping key; the last value wins (kubectl --validate=strict rejects this)',
    });
    try {
      parsed = parseYaml(text, true, spans);
    } catch (retryError) {
      return { ok: false, problems: [...problems, toProblem(retryError, text)] };
    }
  }
  if (mayHaveAliases(text)) {
    const expansion = measureExpansion(parsed.value);
    if (isAliasBomb(expansion)) {
      const message =
        `YAML aliases expand this document to ${expansion.expanded.toExponential(1)} nodes ` +
        `from ${expansion.written} written; refusing to read it (an alias bomb?)`;
      return {
        ok: false,
        problems: [{ severity: 'error', offset: skipToContent(text, 0), message }],
      };
    }
  }
  return { ok: true, doc: parsed, problems };
}

/** Whether the text may hold a YAML alias (`*name`), so that its expansion must be measured. */
export function mayHaveAliases(text: string): boolean {
  return text.includes('*') && ALIAS_HINT.test(text);
}

/** `json: true` makes js-yaml accept duplicate keys, last one winning. */
function parseYaml(text: string, json: boolean, recordSpans: boolean): LoadedDocument {
  const options: Options = { schema: MANIFEST_SCHEMA, json, maxDepth: MAX_DEPTH };
  if (!recordSpans) return { value: load(text, options), format: 'yaml' };
  const spans = new Map<object, Span>();
  const opened: number[] = [];
  options.listener = (event, state) => {
    if (event === 'open') {
      opened.push(state.position);
      return;
    }
    const start = opened.pop() ?? 0;
    const node: unknown = state.result;
    // Depth 2 below the root: the root, its `items` list and each item. Keys are nodes too but
    // scalars, so they are never recorded.
    if (opened.length <= 2 && typeof node === 'object' && node !== null && !spans.has(node)) {
      spans.set(node, { start: skipToContent(text, start), end: state.position });
    }
  };
  return { value: load(text, options), format: 'yaml', spans };
}

/** Where js-yaml stopped; some of its errors carry no mark. */
function markOffset(error: YAMLException, text: string): number {
  const mark = error.mark as Mark | undefined;
  return mark ? Math.min(Math.max(mark.position, 0), text.length) : skipToContent(text, 0);
}

function toProblem(error: unknown, text: string): LoadProblem {
  if (error instanceof YAMLException) {
    const offset = markOffset(error, text);
    const reason = error.reason.startsWith('nesting exceeded maxDepth')
      ? `the document nests deeper than ${MAX_DEPTH} levels; refusing to read it`
      : `YAML syntax error: ${error.reason}`;
    return { severity: 'error', offset, message: reason };
  }
  // A RangeError (stack overflow) or anything else js-yaml may throw on hostile input.
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    severity: 'error',
    offset: skipToContent(text, 0),
    message: `could not read the document (${what})`,
  };
}
