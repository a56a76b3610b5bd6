import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { buildGraph } from './build-graph';
import { highlightFor } from './highlight';

const text = readFileSync('public/samples/production.yaml', 'utf8');
const graph = buildGraph(analyze([{ name: 'p.yaml', text }]), {
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
  it('lights the nodes it selects and their allowed flows', () => {
    const h = highlightFor(graph, { kind: 'policy', id: 'production/api-server-ingress' }, [
      'production/Deployment/api-server',
    ])!;
    expect(h.nodes.has('wl:production/Deployment/api-server')).toBe(true);
    expect(h.nodes.has('wl:production/Deployment/frontend')).toBe(true);
    expect(h.nodes.has('wl:monitoring/Deployment/prometheus')).toBe(false);
    expect(
      [...h.edges].every((id) => graph.edges.find((e) => e.id === id)?.kind === 'allowed'),
    ).toBe(true);
  });
});
