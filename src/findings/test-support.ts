/**
 * Helpers for the findings tests: small clusters written as YAML (see src/testing/yaml-cluster.ts)
 * plus Services, linted. Test-only.
 */
import type { AnalyzeOptions } from '../analyze';
import { analyzeYaml, yamlDocs } from '../testing/yaml-cluster';
import { findFindings } from './index';
import type { Finding } from './types';

/** A Service; `spec` is flow-style YAML, e.g. `{selector: {app: web}, ports: [{port: 80}]}`. */
export function service(ns: string, name: string, spec: string, annotations = '{}'): string {
  return `apiVersion: v1\nkind: Service\nmetadata: {name: ${JSON.stringify(name)}, namespace: ${JSON.stringify(ns)}, annotations: ${annotations}}\nspec: ${spec}`;
}

/** A Deployment whose template has the labels and container ports given (`http:8080`, `53/UDP`). */
export function deployment(
  ns: string,
  name: string,
  labels: Record<string, string>,
  ports: string[] = [],
): string {
  const list = ports
    .map((spec) => {
      const m = /^(?:([a-z0-9-]+):)?(\d+)(?:\/(TCP|UDP|SCTP))?$/.exec(spec)!;
      return `{containerPort: ${m[2]}${m[1] ? `, name: ${m[1]}` : ''}${m[3] ? `, protocol: ${m[3]}` : ''}}`;
    })
    .join(', ');
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    `metadata: {name: ${JSON.stringify(name)}, namespace: ${JSON.stringify(ns)}}`,
    `spec: {selector: {matchLabels: ${JSON.stringify(labels)}}, template: {metadata: {labels: ${JSON.stringify(labels)}}, spec: {containers: [{name: c, image: x, ports: [${list}]}]}}}`,
  ].join('\n');
}

/** CoreDNS behind kube-dns, as clusters have it. */
export const KUBE_DNS = [
  deployment('kube-system', 'coredns', { 'k8s-app': 'kube-dns' }, ['dns:53/UDP', 'dns-tcp:53/TCP']),
  service(
    'kube-system',
    'kube-dns',
    '{selector: {k8s-app: kube-dns}, ports: [{name: dns, port: 53, protocol: UDP}, {name: dns-tcp, port: 53, protocol: TCP}]}',
  ),
];

export function lint(docs: readonly string[], options: AnalyzeOptions = {}): Finding[] {
  return findFindings(analyzeYaml(yamlDocs(...docs), options));
}

/** The findings of one rule. */
export function withId(findings: readonly Finding[], id: string): Finding[] {
  return findings.filter((f) => f.id === id);
}
