import type { Endpoint } from '../model/types';
import type { Verdict } from '../evaluate/types';
import { dotString, renderCsv, renderMarkdownTable, renderTextTable, type Row } from './tabular';

/** What the matrix formats need: endpoints in id order and the contract's sorted verdicts. */
export interface MatrixData {
  endpoints: readonly Pick<Endpoint, 'id' | 'kind' | 'namespace' | 'name'>[];
  verdicts: readonly Verdict[];
}

export type MatrixEndpointJson =
  | { id: string; kind: string; namespace: string; name: string }
  | { id: string; kind: 'External'; ip: string };

export interface MatrixJson {
  endpoints: MatrixEndpointJson[];
  verdicts: Verdict[];
}

/**
 * The contract's `matrix --format json` document. Objects carry exactly the contract's keys, in
 * its order, so the output stays lean and diffable. An External endpoint's id is its IP text.
 */
export function buildMatrixJson(data: MatrixData): MatrixJson {
  return {
    endpoints: data.endpoints.map((e) =>
      e.kind === 'External'
        ? { id: e.id, kind: 'External', ip: e.id }
        : { id: e.id, kind: e.kind, namespace: e.namespace ?? '', name: e.name },
    ),
    verdicts: data.verdicts.map((v) => ({
      from: v.from,
      to: v.to,
      port: v.port,
      protocol: v.protocol,
      allowed: v.allowed,
    })),
  };
}

export function formatMatrixJson(data: MatrixData): string {
  return `${JSON.stringify(buildMatrixJson(data), null, 2)}\n`;
}

function verdictWord(allowed: boolean): string {
  return allowed ? 'allowed' : 'denied';
}

function countLine(data: MatrixData): string {
  const allowed = data.verdicts.filter((v) => v.allowed).length;
  const denied = data.verdicts.length - allowed;
  const n = data.endpoints.length;
  return `${data.verdicts.length} verdicts between ${n} endpoint${n === 1 ? '' : 's'}: ${allowed} allowed, ${denied} denied\n`;
}

function verdictRows(verdicts: readonly Verdict[]): Row[] {
  return verdicts.map((v) => [v.from, v.to, `${v.port}/${v.protocol}`, verdictWord(v.allowed)]);
}

/**
 * One line per verdict and a closing count.
 *
 * @example
 * FROM        TO          PORT      VERDICT
 * prod/web-0  prod/api-0  8080/TCP  allowed
 * 1 verdicts between 2 endpoints: 1 allowed, 0 denied
 */
export function formatMatrixTable(data: MatrixData): string {
  const table = renderTextTable(['FROM', 'TO', 'PORT', 'VERDICT'], verdictRows(data.verdicts));
  return `${table}${countLine(data)}`;
}

/** Header `from,to,port,protocol,allowed`; `allowed` is `true` or `false`. */
export function formatMatrixCsv(data: MatrixData): string {
  return renderCsv(
    ['from', 'to', 'port', 'protocol', 'allowed'],
    data.verdicts.map((v) => [v.from, v.to, String(v.port), v.protocol, String(v.allowed)]),
  );
}

export function formatMatrixMarkdown(data: MatrixData): string {
  const table = renderMarkdownTable(['From', 'To', 'Port', 'Verdict'], verdictRows(data.verdicts));
  return `${table}\n${countLine(data)}`;
}

/**
 * A Graphviz digraph: endpoints as nodes clustered by namespace (Externals outside any cluster),
 * one edge per (from, to) with at least one allowed port, labelled with those ports in verdict
 * order, e.g. `8080/TCP, 53/UDP`.
 */
export function formatMatrixDot(data: MatrixData): string {
  const lines = [
    'digraph reachmap {',
    '  rankdir=LR;',
    '  node [shape=box, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  const byNamespace = new Map<string, MatrixData['endpoints'][number][]>();
  for (const e of data.endpoints) {
    if (e.kind === 'External') {
      lines.push(`  ${dotString(e.id)} [shape=ellipse, style=dashed];`);
      continue;
    }
    const ns = e.namespace ?? '';
    byNamespace.set(ns, [...(byNamespace.get(ns) ?? []), e]);
  }
  for (const [ns, members] of byNamespace) {
    lines.push(`  subgraph ${dotString(`cluster_${ns}`)} {`, `    label=${dotString(ns)};`);
    for (const e of members) {
      const label = e.kind === 'Pod' ? e.name : `${e.kind}/${e.name}`;
      lines.push(`    ${dotString(e.id)} [label=${dotString(label)}];`);
    }
    lines.push('  }');
  }
  const edges = new Map<string, { from: string; to: string; ports: string[] }>();
  for (const v of data.verdicts) {
    if (!v.allowed) continue;
    const key = JSON.stringify([v.from, v.to]);
    const edge = edges.get(key) ?? { from: v.from, to: v.to, ports: [] };
    edge.ports.push(`${v.port}/${v.protocol}`);
    edges.set(key, edge);
  }
  for (const { from, to, ports } of edges.values()) {
    lines.push(`  ${dotString(from)} -> ${dotString(to)} [label=${dotString(ports.join(', '))}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
