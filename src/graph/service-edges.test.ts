import { describe, expect, it } from 'vitest';
import { analyzeYaml, pod, yamlDocs } from '../testing/yaml-cluster';
import { buildGraph } from './build-graph';
import type { GraphView } from './types';

const view = (v: Partial<GraphView> = {}): GraphView => ({
  collapsedNamespaces: new Set(),
  expandedWorkloads: new Set(),
  ...v,
});

describe('Service nodes and edges', () => {
  const svc = (name: string, spec: string) =>
    `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}, namespace: x}\nspec: ${spec}`;
  const a = analyzeYaml(
    yamlDocs(
      pod('x', 'a', { labels: { app: 'api' }, ports: ['http:8080'] }),
      pod('x', 'b', { labels: { app: 'api' }, ports: ['http:8081'] }),
      pod('x', 'c', { labels: { app: 'api' }, ports: ['9000'] }),
      svc('api', '{selector: {app: api}, ports: [{port: 80, targetPort: http}]}'),
      svc('nothing', '{selector: {app: none}, ports: [{port: 80}]}'),
      svc(
        'edge',
        '{type: LoadBalancer, selector: {app: api}, ports: [{port: 80, targetPort: 9000}]}',
      ),
    ),
  );
  const g = buildGraph(a, view());
  const node = (id: string) => g.nodes.find((n) => n.id === id);

  it('badges Services from their report', () => {
    expect(node('svc:x/api')?.badges).toEqual(['unresolved-target-port']);
    expect(node('svc:x/nothing')?.badges).toEqual(['no-backends']);
    expect(node('svc:x/edge')?.badges).toEqual(['externally-reachable']);
    // Backends disagree on the named port: the chip keeps the name.
    expect(node('svc:x/api')?.ports).toEqual([{ text: '80 → http/TCP' }]);
  });

  it('labels backend edges with the port as each backend resolves it', () => {
    const backend = (target: string) =>
      g.edges.find(
        (e) => e.kind === 'service-backend' && e.source === 'svc:x/api' && e.target === target,
      );
    expect(backend('pod:x/a')?.label).toBe('80 → 8080/TCP');
    expect(backend('pod:x/b')?.label).toBe('80 → 8081/TCP');
    expect(backend('pod:x/c')).toMatchObject({ label: '80 → http?/TCP', ports: [] });
    const exposure = g.edges.find((e) => e.kind === 'exposure');
    expect(exposure).toMatchObject({ target: 'svc:x/edge', label: 'LoadBalancer 80' });
    expect(exposure?.blocked).toBeUndefined();
  });

  it('keeps the externally-reachable badge on a collapsed namespace', () => {
    const c = buildGraph(a, view({ collapsedNamespaces: new Set(['x']) }));
    expect(c.nodes.find((n) => n.id === 'ns:x')?.badges).toEqual([
      'externally-reachable',
      'egress-outside',
    ]);
  });

  it('can show denied flows from Outside for every node', () => {
    const d = buildGraph(a, view({ deniedFor: 'outside' }));
    // Nothing isolates these pods: outside clients are denied nowhere.
    expect(d.edges.filter((e) => e.kind === 'denied')).toEqual([]);
  });
});
