import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../analyze';
import { diffAnalyses, type FlowChange } from '../diff';
import { buildGraph } from './build-graph';
import { withChangeEdges } from './change-edges';
import { formatPort } from './ports';
import type { AbstractGraph, GraphView } from './types';

const load = (path: string): Analysis =>
  analyze([{ name: path, text: readFileSync(path, 'utf8') }]);

const view = (v: Partial<GraphView> = {}): GraphView => ({
  collapsedNamespaces: new Set(),
  expandedWorkloads: new Set(),
  ...v,
});

const endpointsOf = (g: AbstractGraph, id: string) => {
  const n = g.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n.endpoints;
};

const flow = (from: string, to: string, change: FlowChange['change'], port = 9090): FlowChange => ({
  from,
  to,
  port,
  protocol: 'TCP',
  change,
  policies: ['production/api-server-ingress'],
});

describe('withChangeEdges', () => {
  it('draws what a one-port change opens and what it closes, with the deciding policy', () => {
    const before = load('fixtures/diff/port-change/before.yaml');
    const after = load('fixtures/diff/port-change/after.yaml');
    const graph = buildGraph(after, view());
    const overlay = withChangeEdges(graph, diffAnalyses(before, after).flows);
    const changes = overlay.graph.edges.filter((e) => e.kind === 'opened' || e.kind === 'closed');
    expect(
      changes.map((e) => [e.kind, e.source, e.target, e.ports.map(formatPort), e.causes]),
    ).toEqual([
      ['closed', 'pod:shop/frontend-0', 'pod:shop/api-0', ['8080/TCP'], ['shop/api-ingress']],
      ['opened', 'pod:shop/frontend-0', 'pod:shop/api-0', ['9090/TCP'], ['shop/api-ingress']],
    ]);
    expect(overlay.counts).toEqual({ opened: 1, closed: 1, inside: 0, undrawn: 0 });
    expect([...overlay.lit.edges].sort()).toEqual(changes.map((e) => e.id).sort());
    expect(overlay.lit.nodes).toContain('ns:shop');
    expect(overlay.ends).toEqual(['pod:shop/api-0', 'pod:shop/frontend-0']);
    // The graph's own edges are all still there, untouched.
    expect(overlay.graph.edges.slice(0, graph.edges.length)).toEqual(graph.edges);
  });

  it('finds nothing to draw when nothing changed', () => {
    const a = load('public/samples/production.yaml');
    const overlay = withChangeEdges(buildGraph(a, view()), diffAnalyses(a, a).flows);
    expect(overlay.counts).toEqual({ opened: 0, closed: 0, inside: 0, undrawn: 0 });
    expect(overlay.lit.edges.size).toBe(0);
  });

  describe('on a dump, where workloads stand for their pods', () => {
    const analysis = load('public/samples/microservices.yaml');
    const PROMETHEUS = 'wl:monitoring/StatefulSet/prometheus-k8s';
    const CART = 'wl:shop/Deployment/cart';
    const base = buildGraph(analysis, view());
    const [prometheus] = endpointsOf(base, PROMETHEUS);
    const [cart1, cart2] = endpointsOf(base, CART);

    it('attaches a change to the workload that draws its pods, merging ports', () => {
      const overlay = withChangeEdges(base, [
        flow(prometheus!, cart1!, 'allowed'),
        flow(prometheus!, cart2!, 'allowed'),
        flow(prometheus!, cart1!, 'allowed', 8080),
      ]);
      const opened = overlay.graph.edges.filter((e) => e.kind === 'opened');
      expect(opened.map((e) => [e.source, e.target, e.label])).toEqual([
        [PROMETHEUS, CART, '8080/TCP, 9090/TCP'],
      ]);
      expect(overlay.edgeOf(flow(prometheus!, cart1!, 'allowed'))).toBeUndefined();
    });

    it('prefers the pod node of an expanded workload, and the collapsed namespace when hidden', () => {
      const graph = buildGraph(
        analysis,
        view({ expandedWorkloads: new Set([CART]), collapsedNamespaces: new Set(['monitoring']) }),
      );
      const change = flow(prometheus!, cart1!, 'denied');
      const overlay = withChangeEdges(graph, [change]);
      const edge = overlay.graph.edges.find((e) => e.id === overlay.edgeOf(change));
      expect(edge?.kind).toBe('closed');
      expect(edge?.source).toBe('ns:monitoring');
      expect(graph.nodes.find((n) => n.id === edge?.target)).toMatchObject({
        kind: 'pod',
        endpoints: [cart1],
      });
    });

    it('counts changes inside one node and ends it does not draw instead of drawing them', () => {
      const overlay = withChangeEdges(base, [
        flow(cart1!, cart2!, 'allowed'),
        flow('gone/pod-0', cart1!, 'denied'),
      ]);
      expect(overlay.counts).toEqual({ opened: 0, closed: 0, inside: 1, undrawn: 1 });
    });
  });
});
