import type { Protocol } from '../model/types';
import type { ServicePortReport, ServiceReport } from '../evaluate/types';
import { dotString, renderCsv, renderMarkdownTable, renderTextTable, type Row } from './tabular';

export interface ServicePortJson {
  name?: string;
  port: number;
  targetPort: number | string;
  protocol: Protocol;
  nodePort?: number;
}

/**
 * One Service of `services --format json`: the contract's keys in its order, then a few extras.
 *
 * Absent values follow the Kubernetes API's `omitempty`: an optional scalar that is unset
 * (`clusterIP`, `externalName`, a port's `name` or `nodePort`) has no key rather than `null`, and
 * the extra lists (`externalIPs`, `loadBalancerSourceRanges`) appear only when non-empty. The
 * contract's lists (`ports`, `backends`) and booleans are always present. `targetPort` is as
 * written in the manifest (a number or a container port name; Kubernetes defaults it to `port`).
 */
export interface ServiceJson {
  id: string;
  type: string;
  dns: string;
  clusterIP?: string;
  headless: boolean;
  ports: ServicePortJson[];
  backends: string[];
  externallyReachable: boolean;
  externalName?: string;
  externalIPs?: string[];
  loadBalancerSourceRanges?: string[];
}

/**
 * `spec.clusterIP` as Kubernetes has it: the model records `None` as `headless` rather than as an
 * address, but `None` is what the field says (and what `kubectl get svc` shows).
 */
function clusterIPOf(s: ServiceReport): string | undefined {
  return s.clusterIP ?? (s.headless ? 'None' : undefined);
}

function portJson(p: ServicePortReport): ServicePortJson {
  return {
    ...(p.name !== undefined ? { name: p.name } : {}),
    port: p.port,
    targetPort: p.targetPort,
    protocol: p.protocol,
    ...(p.nodePort !== undefined ? { nodePort: p.nodePort } : {}),
  };
}

export function buildServicesJson(reports: readonly ServiceReport[]): { services: ServiceJson[] } {
  return {
    services: reports.map((s) => ({
      id: s.id,
      type: s.type,
      dns: s.dns,
      ...(clusterIPOf(s) !== undefined ? { clusterIP: clusterIPOf(s) } : {}),
      headless: s.headless,
      ports: s.ports.map(portJson),
      backends: [...s.backends],
      externallyReachable: s.externallyReachable,
      ...(s.externalName !== undefined ? { externalName: s.externalName } : {}),
      ...(s.externalIPs.length > 0 ? { externalIPs: [...s.externalIPs] } : {}),
      ...(s.loadBalancerSourceRanges.length > 0
        ? { loadBalancerSourceRanges: [...s.loadBalancerSourceRanges] }
        : {}),
    })),
  };
}

export function formatServicesJson(reports: readonly ServiceReport[]): string {
  return `${JSON.stringify(buildServicesJson(reports), null, 2)}\n`;
}

/** `http 80->8080/TCP nodePort=31080` */
function portText(p: ServicePortReport): string {
  const name = p.name ? `${p.name} ` : '';
  const node = p.nodePort !== undefined ? ` nodePort=${p.nodePort}` : '';
  return `${name}${p.port}->${p.targetPort}/${p.protocol}${node}`;
}

function exposureText(s: ServiceReport): string {
  if (s.externallyReachable) return `yes (${s.exposedVia.join(', ')})`;
  if (s.exposedVia.length > 0) return `no (${s.exposedVia.join(', ')} blocked by policy)`;
  return 'no';
}

function backendsText(s: ServiceReport): string {
  if (s.type === 'ExternalName') return `externalName ${s.externalName ?? '?'}`;
  return s.backends.length > 0 ? s.backends.join(', ') : '(none)';
}

function serviceRows(reports: readonly ServiceReport[]): Row[] {
  return reports.map((s) => [
    s.id,
    s.type,
    clusterIPOf(s) ?? '-',
    s.ports.length > 0 ? s.ports.map(portText).join(', ') : '-',
    backendsText(s),
    exposureText(s),
  ]);
}

const HEADER = ['SERVICE', 'TYPE', 'CLUSTER-IP', 'PORTS', 'BACKENDS', 'EXTERNAL'];

function summary(reports: readonly ServiceReport[]): string {
  const reachable = reports.filter((s) => s.externallyReachable).length;
  const n = reports.length;
  return `${n} service${n === 1 ? '' : 's'}, ${reachable} externally reachable\n`;
}

function problemLines(reports: readonly ServiceReport[], bullet: string): string {
  return reports.flatMap((s) => s.problems.map((p) => `${bullet}${s.id}: ${p}\n`)).join('');
}

export function formatServicesTable(reports: readonly ServiceReport[]): string {
  const problems = problemLines(reports, '  ');
  return (
    renderTextTable(HEADER, serviceRows(reports)) +
    summary(reports) +
    (problems ? `problems:\n${problems}` : '')
  );
}

export function formatServicesMarkdown(reports: readonly ServiceReport[]): string {
  const header = HEADER.map((h) => h[0] + h.slice(1).toLowerCase());
  const problems = problemLines(reports, '- ');
  return (
    `${renderMarkdownTable(header, serviceRows(reports))}\n${summary(reports)}` +
    (problems ? `\nProblems:\n\n${problems}` : '')
  );
}

/**
 * One record per Service port (one with empty port fields for a Service without ports), so each
 * field holds one value; `backends` are space-separated ids.
 */
export function formatServicesCsv(reports: readonly ServiceReport[]): string {
  const header = [
    'id',
    'type',
    'dns',
    'clusterIP',
    'headless',
    'portName',
    'port',
    'targetPort',
    'protocol',
    'nodePort',
    'backends',
    'externallyReachable',
  ];
  const rows = reports.flatMap((s) => {
    const ports: (ServicePortReport | undefined)[] = s.ports.length > 0 ? s.ports : [undefined];
    return ports.map((p) => [
      s.id,
      s.type,
      s.dns,
      clusterIPOf(s) ?? '',
      String(s.headless),
      p?.name ?? '',
      p ? String(p.port) : '',
      p ? String(p.targetPort) : '',
      p?.protocol ?? '',
      p?.nodePort !== undefined ? String(p.nodePort) : '',
      s.backends.join(' '),
      String(s.externallyReachable),
    ]);
  });
  return renderCsv(header, rows);
}

/** `prod/api-0` → namespace `prod`, label `api-0`; an IP backend has no namespace. */
function splitId(id: string): { namespace?: string; label: string } {
  const slash = id.indexOf('/');
  return slash < 0 ? { label: id } : { namespace: id.slice(0, slash), label: id.slice(slash + 1) };
}

/**
 * A Graphviz digraph: Services (ellipses, red when externally reachable) point at their backends
 * (boxes), both clustered by namespace; edges carry the port mapping per backend. Service node ids
 * are prefixed `svc:` because a Service and a Pod may share `ns/name`.
 */
export function formatServicesDot(reports: readonly ServiceReport[]): string {
  const clusters = new Map<string, string[]>();
  const loose: string[] = [];
  const place = (namespace: string | undefined, line: string) => {
    if (namespace === undefined) loose.push(`  ${line}`);
    else clusters.set(namespace, [...(clusters.get(namespace) ?? []), `    ${line}`]);
  };
  const edges: string[] = [];
  const backendsSeen = new Set<string>();
  for (const s of reports) {
    const node = dotString(`svc:${s.id}`);
    const detail = s.type === 'ExternalName' ? `ExternalName ${s.externalName ?? ''}` : s.type;
    const style = s.externallyReachable ? ', color=red, penwidth=2' : '';
    place(
      s.namespace,
      `${node} [label=${dotString(`${s.name}\n${detail}`)}, shape=ellipse${style}];`,
    );
    if (s.externallyReachable) {
      edges.push(
        `  "outside" -> ${node} [label=${dotString(s.exposedVia.join(', '))}, style=dashed, color=red];`,
      );
    }
    for (const backend of s.backends) {
      if (!backendsSeen.has(backend)) {
        backendsSeen.add(backend);
        const { namespace, label } = splitId(backend);
        place(namespace, `${dotString(backend)} [label=${dotString(label)}, shape=box];`);
      }
      const mapping = s.ports.map((p) => {
        const resolved = p.backends.find((b) => b.endpoint === backend)?.targetPort;
        return `${p.port}->${resolved ?? p.targetPort}/${p.protocol}`;
      });
      const label = mapping.length > 0 ? ` [label=${dotString(mapping.join(', '))}]` : '';
      edges.push(`  ${node} -> ${dotString(backend)}${label};`);
    }
  }
  const lines = [
    'digraph services {',
    '  rankdir=LR;',
    '  node [fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  if (reports.some((s) => s.externallyReachable)) {
    lines.push('  "outside" [label="outside the cluster", shape=plaintext];');
  }
  for (const [ns, members] of [...clusters].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    lines.push(`  subgraph ${dotString(`cluster_${ns}`)} {`, `    label=${dotString(ns)};`);
    lines.push(...members, '  }');
  }
  lines.push(...loose, ...edges, '}');
  return `${lines.join('\n')}\n`;
}
