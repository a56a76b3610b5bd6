/**
 * Reads the np-guard/netpol-analyzer conformance corpus from `../shared/conformance` (beside the
 * repository, never copied into it): the case index, each case's input manifests and its expected
 * connectivity, normalized to `{src, dst, allowed}`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

export const CORPUS_ROOT = resolve(process.cwd(), '../shared/conformance/netpol-analyzer');

export function corpusAvailable(root: string = CORPUS_ROOT): boolean {
  return existsSync(join(root, 'index.json')) && existsSync(join(root, 'normalized'));
}

/** Object kinds reachmap does not model; a case whose input contains one is left out. */
export const UNMODELLED_KINDS: readonly string[] = [
  'AdminNetworkPolicy',
  'BaselineAdminNetworkPolicy',
  'UserDefinedNetwork',
  'ClusterUserDefinedNetwork',
  'VirtualMachine',
  'VirtualMachineInstance',
  'NetworkAttachmentDefinition',
  'MultiNetworkPolicy',
  'DataSource',
  'DataVolume',
];

/** Analyzer options that change the model (secondary networks) rather than narrow the output. */
const UNMODELLED_OPTIONS: readonly string[] = ['multipleNetworksEnabled'];

interface IndexEntry {
  input_dir: string;
  expected: string[];
  options: Record<string, unknown>;
  full_connectivity: boolean;
  input_kinds: string[];
  features: string[];
  notes: string;
}

export interface CorpusCase {
  /** `input_dir`, plus the analyzer options when there are any: the key of KNOWN_DIVERGENCES. */
  key: string;
  inputDir: string;
  options: Record<string, unknown>;
  /** The expected connlist text output, relative to the corpus root. */
  expectedFile: string;
  /** Its normalized form (absolute path). */
  normalizedPath: string;
  inputKinds: string[];
  features: string[];
  notes: string;
}

export interface SkippedCase {
  key: string;
  reason: string;
}

export function caseKey(inputDir: string, options: Record<string, unknown>): string {
  const opts = Object.keys(options).length > 0 ? ` ${JSON.stringify(options)}` : '';
  return `${inputDir}${opts}`;
}

/** The full-connectivity connlist cases reachmap can run, and why the others are left out. */
export function loadCases(root: string = CORPUS_ROOT): {
  selected: CorpusCase[];
  skipped: SkippedCase[];
} {
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as {
    connlist_cases: IndexEntry[];
  };
  const selected: CorpusCase[] = [];
  const skipped: SkippedCase[] = [];
  for (const entry of index.connlist_cases) {
    if (!entry.full_connectivity) continue;
    const key = caseKey(entry.input_dir, entry.options);
    const kinds = entry.input_kinds.filter((k) => UNMODELLED_KINDS.includes(k));
    const options = Object.keys(entry.options).filter((o) => UNMODELLED_OPTIONS.includes(o));
    const txt = entry.expected.find((e) => e.endsWith('.txt'));
    const normalizedPath = txt
      ? join(root, 'normalized', `${basename(txt, '.txt')}.json`)
      : undefined;
    if (kinds.length > 0) skipped.push({ key, reason: `input has ${kinds.join(', ')}` });
    else if (options.length > 0) skipped.push({ key, reason: `option ${options.join(', ')}` });
    else if (!txt || !normalizedPath || !existsSync(normalizedPath)) {
      skipped.push({ key, reason: 'no normalized expected output' });
    } else {
      selected.push({
        key,
        inputDir: entry.input_dir,
        options: entry.options,
        expectedFile: txt,
        normalizedPath,
        inputKinds: entry.input_kinds,
        features: entry.features,
        notes: entry.notes,
      });
    }
  }
  return { selected, skipped };
}

export interface InputText {
  name: string;
  text: string;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out.sort();
}

/**
 * Every .yaml/.yml/.json file under the case's input folder, recursively (some cases keep one
 * folder per app). JSON files that are not Kubernetes objects (several folders also hold an
 * analyzer output such as `connlist_output.json`) are left out, as netpol-analyzer ignores them.
 */
export function loadInputFiles(c: CorpusCase, root: string = CORPUS_ROOT): InputText[] {
  const dir = join(root, c.inputDir);
  const files: InputText[] = [];
  for (const path of walk(dir)) {
    const lower = path.toLowerCase();
    const name = relative(dir, path);
    if (lower.endsWith('.yaml') || lower.endsWith('.yml')) {
      files.push({ name, text: readFileSync(path, 'utf8') });
    } else if (lower.endsWith('.json')) {
      const text = readFileSync(path, 'utf8');
      if (looksLikeKubernetesJson(text)) files.push({ name, text });
    }
  }
  return files;
}

function looksLikeKubernetesJson(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      typeof (value as { kind?: unknown }).kind === 'string'
    );
  } catch {
    return false;
  }
}

export type ExpectedPeer =
  | { type: 'workload'; namespace: string; name: string; kind: string }
  | { type: 'ip'; first: string; last: string }
  | { type: 'ingress-controller' };

/** `"all"`, or per protocol the allowed port ranges (inclusive). */
export type ExpectedAllowed = 'all' | Partial<Record<string, [number, number][]>>;

export interface ExpectedConnection {
  src: ExpectedPeer;
  dst: ExpectedPeer;
  allowed: ExpectedAllowed;
}

export function loadExpected(c: CorpusCase): ExpectedConnection[] {
  const data = JSON.parse(readFileSync(c.normalizedPath, 'utf8')) as {
    connections: ExpectedConnection[];
  };
  return data.connections;
}
