import { describe, expect, it } from 'vitest';
import { analyzeYaml, namespace, pod, yamlDocs } from '../testing/yaml-cluster';
import { buildGraph } from './build-graph';
import type { GraphView } from './types';

const view = (v: Partial<GraphView> = {}): GraphView => ({
  collapsedNamespaces: new Set(),
  expandedWorkloads: new Set(),
  ...v,
});

const daemonSet =
  'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent, namespace: x}\nspec: {selector: {matchLabels: {app: agent}}, template: {metadata: {labels: {app: agent}}, spec: {hostNetwork: true, containers: [{name: c, image: x, ports: [{containerPort: 9100}]}]}}}';
const deployment =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: x}\nspec: {replicas: 2, selector: {matchLabels: {app: web}}, template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}}}';
// The ReplicaSet is missing from the input: only the pod-template-hash ties this pod to `web`.
const webPod = pod('x', 'web-6c8f9-abcde', {
  labels: { app: 'web', 'pod-template-hash': '6c8f9' },
  ports: ['80'],
  ip: '10.1.0.7',
}).replace('metadata: {', 'metadata: {ownerReferences: [{kind: ReplicaSet, name: web-6c8f9}], ');

describe('placeNodes', () => {
  const a = analyzeYaml(
    yamlDocs(
      namespace('x'),
      namespace('empty'),
      daemonSet,
      deployment,
      webPod,
      pod('x', 'bare', { labels: { app: 'bare' }, ports: ['8080'] }),
    ),
  );

  it('draws templates, bare Pods and namespaces with something in them', () => {
    const g = buildGraph(a, view());
    const agent = g.nodes.find((n) => n.id === 'wl:x/DaemonSet/agent');
    expect(agent).toMatchObject({
      detail: 'DaemonSet',
      badges: ['egress-outside', 'host-network'],
    });
    // One pod per node, talking to each other.
    expect(agent?.selfPorts).toEqual([{ port: 9100, protocol: 'TCP' }]);
    expect(g.nodes.find((n) => n.id === 'pod:x/bare')).toMatchObject({
      kind: 'pod',
      parent: 'ns:x',
      detail: 'Pod',
      ports: [{ text: '8080/TCP' }],
    });
    expect(g.nodes.some((n) => n.id === 'ns:empty')).toBe(false);
    expect(g.nodes.find((n) => n.id === 'ns:x')?.detail).toBe('2 workloads · 1 pod');
  });

  it('puts a dump pod under a template of its workload matched by name', () => {
    const g = buildGraph(a, view());
    const web = g.nodes.find((n) => n.id === 'wl:x/Deployment/web');
    // The evaluator keeps both (it never guesses owners); the drawing shows one workload.
    expect(web).toMatchObject({
      detail: 'Deployment ×1',
      endpoints: ['x/Deployment/web', 'x/web-6c8f9-abcde'],
      expanded: false,
    });
    const expanded = buildGraph(a, view({ expandedWorkloads: new Set(['wl:x/Deployment/web']) }));
    expect(expanded.nodes.find((n) => n.id === 'pod:x/web-6c8f9-abcde')).toMatchObject({
      owner: 'wl:x/Deployment/web',
      detail: 'Pod 10.1.0.7',
    });
    // The template stays on the workload node, which keeps carrying its flows.
    expect(expanded.nodes.find((n) => n.id === 'wl:x/Deployment/web')?.expanded).toBe(true);
    expect(
      expanded.edges.some((e) => e.kind === 'allowed' && e.source === 'wl:x/Deployment/web'),
    ).toBe(true);
  });
});
