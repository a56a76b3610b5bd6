/**
 * Helpers for evaluator tests: write small clusters as YAML, the way users do, and ask questions
 * about them. Test-only; not part of the core's public surface.
 */
import { analyze, type Analysis, type AnalyzeOptions } from '../analyze';
import type { Protocol } from '../model/types';

/** Quotes a name: unquoted `y` or `no` are booleans to Kubernetes' YAML 1.1 decoder. */
const q = (text: string) => JSON.stringify(text);

export interface PodSpec {
  labels?: Record<string, string>;
  /** `8080`, `8080/UDP`, `http:8080`, `dns:53/UDP` */
  ports?: string[];
  ip?: string;
  hostNetwork?: boolean;
}

function portYaml(spec: string): string {
  const m = /^(?:([a-z0-9-]+):)?(\d+)(?:\/(TCP|UDP|SCTP))?$/.exec(spec);
  if (!m) throw new Error(`bad port spec ${spec}`);
  const [, name, port, protocol] = m;
  return `{containerPort: ${port}${name ? `, name: ${name}` : ''}${protocol ? `, protocol: ${protocol}` : ''}}`;
}

/** A bare Pod manifest; its endpoint id is `<ns>/<name>`. */
export function pod(ns: string, name: string, spec: PodSpec = {}): string {
  const labels = JSON.stringify(spec.labels ?? { app: name });
  const ports = (spec.ports ?? ['80']).map(portYaml).join(', ');
  return [
    'apiVersion: v1',
    'kind: Pod',
    `metadata: {name: ${q(name)}, namespace: ${q(ns)}, labels: ${labels}}`,
    `spec: {${spec.hostNetwork ? 'hostNetwork: true, ' : ''}containers: [{name: c, image: x, ports: [${ports}]}]}`,
    ...(spec.ip ? [`status: {podIP: ${spec.ip}, podIPs: [{ip: ${spec.ip}}]}`] : []),
  ].join('\n');
}

export function namespace(name: string, labels: Record<string, string> = {}): string {
  return `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${q(name)}, labels: ${JSON.stringify(labels)}}`;
}

/** A NetworkPolicy; `spec` is the YAML body under `spec:`, indented by the caller's template. */
export function policy(ns: string, name: string, spec: string): string {
  const body = spec
    .replace(/^\n/, '')
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
  return `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${q(name)}, namespace: ${q(ns)}}\nspec:\n${body}`;
}

export function yamlDocs(...docs: string[]): string {
  return docs.join('\n---\n');
}

export function analyzeYaml(text: string, options: AnalyzeOptions = {}): Analysis {
  const a = analyze([{ name: 'test.yaml', text }], options);
  const errors = a.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new Error(`fixture has errors: ${errors.map((e) => e.message).join('; ')}`);
  return a;
}

/** Whether `from` may reach `to` on `port` (e.g. `8080`, `53/UDP`). */
export function canReach(a: Analysis, from: string, to: string, port: string): boolean {
  const [num, proto] = port.split('/');
  const r = a.reachability;
  const f = r.indexOf(from);
  const t = r.indexOf(to);
  if (f === undefined || t === undefined)
    throw new Error(`unknown endpoint ${f === undefined ? from : to}`);
  const probe = { port: Number(num), protocol: (proto ?? 'TCP') as Protocol };
  const fast = r.isAllowed(f, t, probe);
  const reference = r.explain(f, t, probe).allowed;
  if (fast !== reference) {
    throw new Error(
      `class evaluation (${fast}) and rule-by-rule evaluation (${reference}) disagree`,
    );
  }
  return fast;
}
