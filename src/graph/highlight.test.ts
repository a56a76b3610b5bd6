import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../analyze';
import { policyFlows } from '../evaluate/policy-flows';
import { policyId } from '../evaluate/rules';
import { analyzeYaml, pod, policy, yamlDocs } from '../testing/yaml-cluster';
import { buildGraph } from './build-graph';
import { highlightFor, type PolicyHighlight } from './highlight';

const text = readFileSync('public/samples/production.yaml', 'utf8');
const analysis = analyze([{ name: 'p.yaml', text }]);
const graph = buildGraph(analysis, {
  collapsedNamespaces: new Set(),
  expandedWorkloads: new Set(),
  deniedFor: 'wl:production/Deployment/api-server',
});

describe('highlightFor', () => {
  it('lights a node, its edges and their other ends, and the namespaces around them', () => {
    const h = highlightFor(graph, { kind: 'node', id: 'wl:production/Deployment/api-server' })!;
    expect(h.nodes.has('wl:production/Deployment/frontend')).toBe(true);
    expect(h.nodes.has('wl:monitoring/Deployment/prometheus')).toBe(true);
    expect(h.nodes.has('ns:monitoring')).toBe(true);
    expect(
      [...h.edges].every((id) => {
        const e = graph.edges.find((x) => x.id === id)!;
        return (
          e.source === 'wl:production/Deployment/api-server' ||
          e.target === 'wl:production/Deployment/api-server'
        );
      }),
    ).toBe(true);
  });
  it('lights an edge and its two ends only', () => {
    const edge = graph.edges.find((e) => e.kind === 'allowed')!;
    const h = highlightFor(graph, { kind: 'edge', id: edge.id })!;
    expect(h.edges).toEqual(new Set([edge.id]));
    expect(h.nodes.has(edge.source) && h.nodes.has(edge.target)).toBe(true);
  });
  it('lights nothing for a selection that is not in the graph', () => {
    expect(highlightFor(graph, { kind: 'node', id: 'nope' })).toBeUndefined();
    expect(highlightFor(graph, undefined)).toBeUndefined();
  });
});

describe('highlightFor a policy', () => {
  const flowsOf = (a: Analysis, id: string): PolicyHighlight => {
    const f = policyFlows(
      a.reachability,
      a.cluster.policies.find((p) => policyId(p) === id)!,
    );
    return { selects: f.selects, flows: [...f.ingress, ...f.egress].flatMap((r) => r.flows) };
  };

  it('lights the nodes it selects, its peers and the edges of the flows it admits', () => {
    const h = highlightFor(
      graph,
      { kind: 'policy', id: 'production/api-server-ingress' },
      flowsOf(analysis, 'production/api-server-ingress'),
    )!;
    expect(h.nodes.has('wl:production/Deployment/api-server')).toBe(true);
    expect(h.nodes.has('wl:production/Deployment/frontend')).toBe(true);
    expect(h.nodes.has('wl:production/StatefulSet/postgres')).toBe(true);
    expect(h.nodes.has('wl:monitoring/Deployment/prometheus')).toBe(false);
    expect(h.edges).toContain(
      'allowed:wl:production/Deployment/frontend->wl:production/Deployment/api-server',
    );
    expect(h.edges).toContain(
      'allowed:wl:production/Deployment/api-server->wl:production/StatefulSet/postgres',
    );
    expect(
      [...h.edges].every((id) => graph.edges.find((e) => e.id === id)?.kind === 'allowed'),
    ).toBe(true);
  });

  it("leaves out the selected pods' flows that another policy admits", () => {
    const a = analyzeYaml(
      yamlDocs(
        pod('x', 'a'),
        pod('x', 'b'),
        pod('x', 't'),
        policy(
          'x',
          'from-a',
          'podSelector: {matchLabels: {app: t}}\ningress: [{from: [{podSelector: {matchLabels: {app: a}}}]}]',
        ),
        policy(
          'x',
          'from-b',
          'podSelector: {matchLabels: {app: t}}\ningress: [{from: [{podSelector: {matchLabels: {app: b}}}]}]',
        ),
      ),
    );
    const g = buildGraph(a, { collapsedNamespaces: new Set(), expandedWorkloads: new Set() });
    const h = highlightFor(g, { kind: 'policy', id: 'x/from-a' }, flowsOf(a, 'x/from-a'))!;
    expect(g.edges.map((e) => e.id)).toContain('allowed:pod:x/b->pod:x/t');
    expect([...h.edges]).toEqual(['allowed:pod:x/a->pod:x/t']);
    expect(h.nodes.has('pod:x/b')).toBe(false);
  });

  it('lights the ipBlock a rule admits and its edge', () => {
    const a = analyzeYaml(
      yamlDocs(
        pod('x', 't'),
        policy('x', 'p', 'podSelector: {}\ningress: [{from: [{ipBlock: {cidr: 192.0.2.0/24}}]}]'),
      ),
    );
    const g = buildGraph(a, { collapsedNamespaces: new Set(), expandedWorkloads: new Set() });
    const h = highlightFor(g, { kind: 'policy', id: 'x/p' }, flowsOf(a, 'x/p'))!;
    expect([...h.edges]).toEqual(['allowed:ipblock:192.0.2.0/24->pod:x/t']);
    expect(h.nodes.has('ipblock:192.0.2.0/24')).toBe(true);
  });

  it('lights the selected pods of a collapsed namespace through the namespace', () => {
    const g = buildGraph(analysis, {
      collapsedNamespaces: new Set(['production']),
      expandedWorkloads: new Set(),
    });
    const h = highlightFor(
      g,
      { kind: 'policy', id: 'production/api-server-ingress' },
      flowsOf(analysis, 'production/api-server-ingress'),
    )!;
    expect(h.nodes.has('ns:production')).toBe(true);
  });
});
