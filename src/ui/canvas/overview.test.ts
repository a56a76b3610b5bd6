import { describe, expect, it } from 'vitest';
import type { AbstractGraph, GraphEdge, GraphNode } from '../../graph/types';
import type { Layout } from '../../layout';
import { isOverviewEdge, overviewElements } from './overview';
import { toFlow } from './to-flow';

const node = (f: Pick<GraphNode, 'id' | 'kind'> & Partial<GraphNode>): GraphNode => ({
  label: f.id,
  width: 140,
  height: 52,
  badges: [],
  ports: [],
  endpoints: [],
  ...f,
});

const edge = (kind: GraphEdge['kind'], source: string, target: string): GraphEdge => ({
  id: `${kind}:${source}->${target}`,
  kind,
  source,
  target,
  ports: [],
  label: '',
});

const graph: AbstractGraph = {
  nodes: [
    node({ id: 'ns:a', kind: 'namespace', width: 900, height: 600, detail: '2 workloads' }),
    node({ id: 'ns:b', kind: 'namespace', width: 900, height: 600 }),
    node({ id: 'ns:c', kind: 'namespace', collapsed: true }),
    node({ id: 'outside', kind: 'outside' }),
    node({ id: 'a1', kind: 'workload', parent: 'ns:a' }),
    node({ id: 'a2', kind: 'workload', parent: 'ns:a' }),
    node({ id: 'b1', kind: 'workload', parent: 'ns:b' }),
    node({ id: 'b-svc', kind: 'service', parent: 'ns:b' }),
  ],
  edges: [
    edge('allowed', 'a1', 'b1'),
    edge('allowed', 'a2', 'b1'),
    edge('denied', 'a1', 'b1'),
    edge('allowed', 'a1', 'a2'),
    edge('allowed', 'ns:c', 'a1'),
    edge('exposure', 'outside', 'b-svc'),
  ],
};

const layout: Layout = {
  positions: new Map(graph.nodes.map((n, i) => [n.id, { x: i * 10, y: 0 }])),
  sizes: new Map(),
  engine: 'grid',
  ms: 0,
};

describe('overviewElements', () => {
  const flow = toFlow({ graph, layout });
  const shown = overviewElements(flow);

  it('keeps only top-level nodes, the open namespaces marked to say what they hold', () => {
    expect(shown.nodes.map((n) => n.id)).toEqual(['ns:a', 'ns:b', 'ns:c', 'outside']);
    const data = (id: string) => shown.nodes.find((n) => n.id === id)?.data;
    expect(data('ns:a')).toMatchObject({ overview: true, detail: '2 workloads' });
    expect(data('ns:c')).not.toHaveProperty('overview');
    // Positions and sizes are the layout's: nothing moves when the overview comes or goes.
    expect(shown.nodes[0]).toMatchObject({ position: flow.nodes[0]!.position, width: 900 });
  });

  it('stands one edge per kind for the edges between two of them, none within one', () => {
    expect(shown.edges.map((e) => [e.type, e.source, e.target])).toEqual([
      ['allowed', 'ns:a', 'ns:b'],
      ['denied', 'ns:a', 'ns:b'],
      ['allowed', 'ns:c', 'ns:a'],
      ['exposure', 'outside', 'ns:b'],
    ]);
    expect(shown.edges.every((e) => isOverviewEdge(e.id) && e.selectable === false)).toBe(true);
    expect(shown.edges.every((e) => e.data?.label === '')).toBe(true);
  });

  it('lights a stand-in when any edge it stands for is lit', () => {
    const lit = toFlow({
      graph,
      layout,
      highlight: { nodes: new Set(['a2', 'b1']), edges: new Set(['allowed:a2->b1']) },
    });
    const edges = overviewElements(lit).edges;
    const ab = edges.find((e) => e.id === 'overview:allowed:ns:a->ns:b');
    expect(ab?.data).toMatchObject({ highlighted: true, dimmed: false });
    const ca = edges.find((e) => e.id === 'overview:allowed:ns:c->ns:a');
    expect(ca?.data).toMatchObject({ highlighted: false, dimmed: true });
  });
});
