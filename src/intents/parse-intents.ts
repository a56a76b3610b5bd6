import type { Diagnostic, SourceRange } from '../model/diagnostic';
import { parseIP } from '../model/ip';
import { PROTOCOLS, WORKLOAD_KINDS, type Labels, type Protocol } from '../model/types';
import type { Probe } from '../evaluate/types';
import { describeValue, quote, type Path } from '../parse/field-path';
import { createLineIndex } from '../parse/line-index';
import { loadDocument } from '../parse/load-document';
import { indexNodes, locatePath, type NodeIndex } from '../parse/locate';
import { getField, isMap, type JsonMap } from '../parse/read-fields';
import { skipToContent } from '../parse/skip-to-content';
import { labelKeyProblem, labelValueProblem } from '../parse/validate-names';
import type { EndpointRef, Expectation, Intent } from './types';

export interface ParsedIntents {
  /** Every well-formed entry, in file order; an entry with an error is left out. */
  intents: Intent[];
  /** Problems, each with the file and line; all are errors (the format is strict). */
  diagnostics: Diagnostic[];
}

const INTENT_FIELDS = ['name', 'from', 'to', 'port', 'protocol', 'expect'] as const;
const SELECTOR_FIELDS = ['namespace', 'namespaceLabels', 'labels'] as const;
const EXPECTATIONS: readonly Expectation[] = ['allow', 'deny'];
const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const PORT_TEXT = /^(\d{1,5})(?:\/([A-Za-z]+))?$/;

const FORMAT_HINT =
  'an intents file is a list of entries such as ' +
  '"- {from: production/frontend, to: production/api-server, port: 8080, expect: allow}", ' +
  'or a map whose one key "intents" holds that list';

/** Reports problems at paths of the loaded value, placing them lazily (most files have none). */
interface Reporter {
  error(path: Path, message: string, object?: string): void;
  at(path: Path): SourceRange;
}

function createReporter(text: string, file: string, diagnostics: Diagnostic[]): Reporter {
  const lines = createLineIndex(text);
  let index: NodeIndex | null | undefined;
  const atOffset = (offset: number): SourceRange => {
    const p = lines.position(offset);
    return { file, doc: 0, line: p.line + 1, col: p.col + 1 };
  };
  const at = (path: Path): SourceRange => {
    index ??= indexNodes(text) ?? null;
    return atOffset(index ? locatePath(text, index, path) : skipToContent(text, 0));
  };
  return {
    at,
    error(path, message, object) {
      diagnostics.push({ ...at(path), severity: 'error', message, ...(object ? { object } : {}) });
    },
  };
}

/**
 * Reads an intents file: a YAML (or JSON) list of expectations, each `from`, `to`, `port`,
 * `expect` and optionally `protocol` and `name`. Never throws; every problem is an error with the
 * file and line, and the entries without one are still returned.
 *
 * @example
 * parseIntents('- {from: prod/web, to: prod/api, port: 8080, expect: allow}\n', 'x.intents.yaml')
 * // → { intents: [{ from: {kind: 'id', id: 'prod/web'}, …, probe: {port: 8080, protocol: 'TCP'} }], diagnostics: [] }
 */
export function parseIntents(text: string, file: string): ParsedIntents {
  const diagnostics: Diagnostic[] = [];
  const loaded = loadDocument(text);
  const lines = createLineIndex(text);
  const problemAt = (offset: number, message: string): Diagnostic => {
    const p = lines.position(offset);
    return { file, doc: 0, line: p.line + 1, col: p.col + 1, severity: 'error', message };
  };
  for (const problem of loaded.problems) {
    const message = problem.message.startsWith('duplicated mapping key')
      ? 'duplicated key: write each field once'
      : problem.message;
    diagnostics.push(problemAt(problem.offset, message));
  }
  if (!loaded.ok || diagnostics.length > 0) return { intents: [], diagnostics };

  const report = createReporter(text, file, diagnostics);
  const value = loaded.doc.value;
  let list: unknown;
  let prefix: Path = [];
  if (Array.isArray(value)) list = value;
  else if (isMap(value) && Object.keys(value).includes('intents')) {
    for (const key of Object.keys(value)) {
      if (key !== 'intents') report.error([key], `unknown field ${quote(key)}: ${FORMAT_HINT}`);
    }
    list = getField(value, 'intents');
    prefix = ['intents'];
    if (list !== undefined && !Array.isArray(list)) {
      report.error(prefix, `"intents" must be a list, not ${describeValue(list)}`);
      return { intents: [], diagnostics };
    }
  } else if (value !== undefined && value !== null) {
    const what = isMap(value)
      ? `a map without "intents" (keys: ${Object.keys(value).slice(0, 5).join(', ')})`
      : describeValue(value);
    report.error([], `${FORMAT_HINT}; this file is ${what}`);
    return { intents: [], diagnostics };
  }
  const entries = (list ?? []) as unknown[];
  if (entries.length === 0) {
    report.error(prefix, `the file has no intents: ${FORMAT_HINT}`);
    return { intents: [], diagnostics };
  }
  const intents: Intent[] = [];
  entries.forEach((entry, index) => {
    const intent = readIntent(entry, index, [...prefix, index], report);
    if (intent) intents.push(intent);
  });
  diagnostics.sort((a, b) => a.line - b.line || a.col - b.col);
  return { intents, diagnostics };
}

function readIntent(
  entry: unknown,
  index: number,
  path: Path,
  report: Reporter,
): Intent | undefined {
  const object = `intent ${index + 1}`;
  const fail = (at: Path, message: string): undefined => {
    report.error(at, message, object);
    return undefined;
  };
  if (!isMap(entry)) {
    return fail(path, `must be a map with from, to, port and expect, not ${describeValue(entry)}`);
  }
  let ok = true;
  for (const key of Object.keys(entry)) {
    if (!(INTENT_FIELDS as readonly string[]).includes(key)) {
      fail([...path, key], `unknown field ${quote(key)} (fields: ${INTENT_FIELDS.join(', ')})`);
      ok = false;
    }
  }
  for (const key of ['from', 'to', 'port', 'expect'] as const) {
    if (getField(entry, key) !== undefined) continue;
    fail(path, `"${key}" is required`);
    ok = false;
  }
  if (!ok) return undefined;

  const name = getField(entry, 'name');
  if (name !== undefined && typeof name !== 'string') {
    return fail([...path, 'name'], `name must be a string, not ${describeValue(name)}`);
  }
  const from = readRef(getField(entry, 'from'), [...path, 'from'], 'from', fail);
  const to = readRef(getField(entry, 'to'), [...path, 'to'], 'to', fail);
  const probe = readProbe(entry, path, fail);
  const expect = getField(entry, 'expect');
  if (typeof expect !== 'string' || !(EXPECTATIONS as readonly string[]).includes(expect)) {
    fail([...path, 'expect'], `expect must be allow or deny, not ${describeValue(expect)}`);
    return undefined;
  }
  if (!from || !to || !probe) return undefined;
  return {
    index,
    ...(name ? { name } : {}),
    from,
    to,
    probe,
    expect: expect as Expectation,
    source: report.at(path),
  };
}

type Fail = (at: Path, message: string) => undefined;

function readProbe(entry: JsonMap, path: Path, fail: Fail): Probe | undefined {
  const raw = getField(entry, 'port');
  const portPath = [...path, 'port'];
  const expected = '1-65535, optionally with a protocol (8080, "53/UDP")';
  let port: number;
  let protocol: string | undefined;
  if (typeof raw === 'number') port = raw;
  else if (typeof raw === 'string' && PORT_TEXT.test(raw)) {
    const m = PORT_TEXT.exec(raw)!;
    port = Number(m[1]);
    protocol = m[2];
  } else return fail(portPath, `port must be ${expected}, not ${describeValue(raw)}`);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return fail(portPath, `port must be ${expected}, not ${describeValue(raw)}`);
  }
  const written = getField(entry, 'protocol');
  if (written !== undefined && typeof written !== 'string') {
    return fail(
      [...path, 'protocol'],
      `protocol must be TCP, UDP or SCTP, not ${describeValue(written)}`,
    );
  }
  if (
    protocol !== undefined &&
    written !== undefined &&
    protocol.toUpperCase() !== written.toUpperCase()
  ) {
    return fail(
      [...path, 'protocol'],
      `protocol ${written} contradicts port ${String(raw)}: give the protocol once`,
    );
  }
  const chosen = (written ?? protocol ?? 'TCP').toUpperCase();
  if (!(PROTOCOLS as readonly string[]).includes(chosen)) {
    const at = written !== undefined ? [...path, 'protocol'] : portPath;
    return fail(at, `protocol must be TCP, UDP or SCTP, not ${quote(written ?? protocol ?? '')}`);
  }
  return { port, protocol: chosen as Protocol };
}

const REF_HINT =
  'an endpoint id (namespace/name, namespace/Kind/name or an IP) or a selector such as ' +
  '{namespace: production, labels: {app: web}}';

function readRef(value: unknown, path: Path, side: string, fail: Fail): EndpointRef | undefined {
  if (typeof value === 'string') return readId(value, path, side, fail);
  if (!isMap(value)) return fail(path, `${side} must be ${REF_HINT}, not ${describeValue(value)}`);
  let ok = true;
  const keys = Object.keys(value);
  for (const key of keys) {
    if (!(SELECTOR_FIELDS as readonly string[]).includes(key)) {
      fail(
        [...path, key],
        `unknown selector field ${quote(key)} in ${side} (fields: ${SELECTOR_FIELDS.join(', ')})`,
      );
      ok = false;
    }
  }
  if (!ok) return undefined;
  if (keys.length === 0) {
    return fail(
      path,
      `${side} is an empty selector, which would match every endpoint: give namespace, namespaceLabels or labels`,
    );
  }
  const ref: Extract<EndpointRef, { kind: 'selector' }> = { kind: 'selector' };
  const namespace = getField(value, 'namespace');
  if (namespace !== undefined) {
    if (typeof namespace !== 'string' || !NAMESPACE.test(namespace)) {
      return fail(
        [...path, 'namespace'],
        `${side}.namespace must be a namespace name, not ${describeValue(namespace)}`,
      );
    }
    ref.namespace = namespace;
  }
  for (const key of ['namespaceLabels', 'labels'] as const) {
    if (getField(value, key) === undefined) continue;
    const labels = readLabels(getField(value, key), [...path, key], `${side}.${key}`, fail);
    if (!labels) return undefined;
    ref[key] = labels;
  }
  return ref;
}

function readLabels(value: unknown, path: Path, what: string, fail: Fail): Labels | undefined {
  if (!isMap(value)) {
    return fail(path, `${what} must be a map of label keys to values, not ${describeValue(value)}`);
  }
  const labels: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string') {
      return fail(
        [...path, key],
        `${what}[${quote(key)}] must be a string, not ${describeValue(v)}`,
      );
    }
    const problem = labelKeyProblem(key) ?? labelValueProblem(v);
    if (problem) return fail([...path, key], `${what}[${quote(key)}]: ${problem}`);
    labels[key] = v;
  }
  return labels;
}

function readId(text: string, path: Path, side: string, fail: Fail): EndpointRef | undefined {
  if (parseIP(text)) return { kind: 'id', id: text };
  const parts = text.split('/');
  const bad = (why: string) => fail(path, `${side} ${quote(text)}: ${why}`);
  if (/^[\d.]+$/.test(text) || text.includes(':')) return bad('is not an IPv4 or IPv6 address');
  if (parts.length === 1) {
    return bad(`no namespace: write namespace/${text}, or use ${REF_HINT}`);
  }
  if (parts.length > 3 || parts.some((p) => p === '')) return bad(`must be ${REF_HINT}`);
  const [namespace, ...rest] = parts as [string, ...string[]];
  if (!NAMESPACE.test(namespace)) return bad(`${quote(namespace)} is not a namespace name`);
  if (rest.length === 2) {
    const kind = rest[0]!;
    if (!(WORKLOAD_KINDS as readonly string[]).includes(kind)) {
      return bad(`${quote(kind)} is not a workload kind (${WORKLOAD_KINDS.join(', ')})`);
    }
  }
  return { kind: 'id', id: text };
}
