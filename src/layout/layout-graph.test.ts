import { describe, expect, it } from 'vitest';
import type { AbstractGraph } from '../graph/types';
import { layoutProblems } from './check-layout';
import { layoutGraph } from './layout-graph';
import { clusterOfSize, graphEdge, graphNode } from './test-graphs';
import type { Layout, LayoutEngine } from './types';

const NS = { width: 220, height: 80 };

/** 3 namespaces, 8 children, an outside node; edges inside and across namespaces. */
function smallGraph(): AbstractGraph {
  return {
    nodes: [
      graphNode('web', 'namespace', undefined, NS),
      graphNode('web/frontend', 'workload', 'web'),
      graphNode('web/frontend-svc', 'service', 'web', { width: 160, height: 48 }),
      graphNode('web/proxy', 'workload', 'web'),
      graphNode('api', 'namespace', undefined, NS),
      graphNode('api/orders', 'workload', 'api'),
      graphNode('api/orders-svc', 'service', 'api', { width: 160, height: 48 }),
      graphNode('api/payments', 'workload', 'api', { width: 200, height: 72 }),
      graphNode('db', 'namespace', undefined, NS),
      graphNode('db/postgres', 'workload', 'db'),
      graphNode('db/postgres-svc', 'service', 'db', { width: 160, height: 48 }),
      graphNode('internet', 'outside', undefined, { width: 140, height: 48 }),
    ],
    edges: [
      graphEdge('internet', 'web/frontend-svc'),
      graphEdge('web/frontend-svc', 'web/frontend'),
      graphEdge('web/frontend', 'api/orders-svc'),
      graphEdge('web/proxy', 'api/orders-svc'),
      graphEdge('api/orders-svc', 'api/orders'),
      graphEdge('api/orders', 'api/payments'),
      graphEdge('api/orders', 'db/postgres-svc'),
      graphEdge('api/payments', 'db/postgres-svc'),
      graphEdge('db/postgres-svc', 'db/postgres'),
      graphEdge('api/payments', 'internet'),
    ],
  };
}

function withNodes(graph: AbstractGraph, ...nodes: AbstractGraph['nodes']): AbstractGraph {
  return { nodes: [...graph.nodes, ...nodes], edges: graph.edges };
}

/** Ids (other than `except`) whose position changed from `before` to `after`. */
function moved(before: Layout, after: Layout, except: readonly string[] = []): string[] {
  return [...before.positions]
    .filter(([id]) => after.positions.has(id) && !except.includes(id))
    .filter(([id, p]) => JSON.stringify(after.positions.get(id)) !== JSON.stringify(p))
    .map(([id]) => id);
}

describe.each<LayoutEngine>(['elk-layered', 'grid'])('layoutGraph, %s engine', (engine) => {
  it('lays out a small graph: siblings apart, children inside their group', async () => {
    const graph = smallGraph();
    const layout = await layoutGraph(graph, { engine });
    expect(layout.engine).toBe(engine);
    expect(layoutProblems(graph, layout)).toEqual([]);
    expect(layout.positions.size).toBe(graph.nodes.length);
    for (const ns of ['web', 'api', 'db']) {
      expect(layout.sizes.get(ns)?.width).toBeGreaterThanOrEqual(NS.width);
      expect(layout.sizes.get(ns)?.height).toBeGreaterThanOrEqual(NS.height);
    }
    expect(layout.sizes.get('api/payments')).toEqual({ width: 200, height: 72 });
  });

  it('is deterministic, whatever the order of nodes and edges', async () => {
    const graph = smallGraph();
    const a = await layoutGraph(graph, { engine });
    const b = await layoutGraph(
      { nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() },
      { engine },
    );
    expect([...b.positions].sort()).toEqual([...a.positions].sort());
    expect([...b.sizes].sort()).toEqual([...a.sizes].sort());
  });

  it('keeps every other position when a child is added', async () => {
    const graph = smallGraph();
    const before = await layoutGraph(graph, { engine });
    const next = withNodes(graph, graphNode('api/cache', 'workload', 'api'));
    const after = await layoutGraph(next, { engine, previous: before });
    expect(moved(before, after)).toEqual([]);
    expect(layoutProblems(next, after)).toEqual([]);
  });

  it('keeps every other position when a namespace is added, and puts it beside the graph', async () => {
    const graph = smallGraph();
    const before = await layoutGraph(graph, { engine });
    const next = withNodes(
      graph,
      graphNode('batch', 'namespace', undefined, NS),
      graphNode('batch/job', 'workload', 'batch'),
      graphNode('batch/cron', 'workload', 'batch'),
    );
    const after = await layoutGraph(
      { ...next, edges: [...next.edges, graphEdge('batch/job', 'db/postgres-svc')] },
      { engine, previous: before },
    );
    expect(moved(before, after)).toEqual([]);
    expect(layoutProblems(next, after)).toEqual([]);
  });

  it('keeps positions when a node goes away, and when nothing changed', async () => {
    const graph = smallGraph();
    const before = await layoutGraph(graph, { engine });
    const fewer = { ...graph, nodes: graph.nodes.filter((n) => n.id !== 'web/proxy') };
    const after = await layoutGraph(fewer, { engine, previous: before });
    expect(moved(before, after)).toEqual([]);
    expect(after.positions.has('web/proxy')).toBe(false);
    const again = await layoutGraph(graph, { engine, previous: before });
    expect(again.positions).toEqual(before.positions);
    expect(again.sizes).toEqual(before.sizes);
  });

  it('expands a collapsed namespace in place, making room without overlaps', async () => {
    const graph = smallGraph();
    const collapsed: AbstractGraph = {
      nodes: graph.nodes
        .filter((n) => n.parent !== 'api')
        .map((n) => (n.id === 'api' ? { ...n, collapsed: true } : n)),
      edges: [graphEdge('web/frontend', 'api'), graphEdge('api', 'db/postgres-svc')],
    };
    const before = await layoutGraph(collapsed, { engine });
    expect(layoutProblems(collapsed, before)).toEqual([]);
    const after = await layoutGraph(graph, { engine, previous: before });
    expect(after.positions.get('api')).toEqual(before.positions.get('api'));
    expect(after.sizes.get('api')?.height).toBeGreaterThan(NS.height);
    expect(layoutProblems(graph, after)).toEqual([]);
    // Collapsing again gives the namespace its model size back, in the same place.
    const again = await layoutGraph(collapsed, { engine, previous: after });
    expect(again.positions.get('api')).toEqual(before.positions.get('api'));
    expect(again.sizes.get('api')).toEqual(NS);
  });

  it('keeps pinned nodes where the user put them', async () => {
    const graph = smallGraph();
    const pinned = new Map([
      ['db/postgres', { x: 500, y: 300 }],
      ['internet', { x: -400, y: -50 }],
    ]);
    const first = await layoutGraph(graph, { engine, pinned });
    expect(first.positions.get('db/postgres')).toEqual({ x: 500, y: 300 });
    expect(first.positions.get('internet')).toEqual({ x: -400, y: -50 });
    // The group grew to hold its dragged child.
    expect(first.sizes.get('db')?.width).toBeGreaterThanOrEqual(500 + 180);
    expect(layoutProblems(graph, first, new Set(pinned.keys()))).toEqual([]);

    const next = withNodes(graph, graphNode('db/redis', 'workload', 'db'));
    const after = await layoutGraph(next, { engine, previous: first, pinned });
    expect(after.positions.get('db/postgres')).toEqual({ x: 500, y: 300 });
    expect(after.positions.get('internet')).toEqual({ x: -400, y: -50 });
    expect(moved(first, after)).toEqual([]);
    expect(layoutProblems(next, after, new Set(pinned.keys()))).toEqual([]);
  });
});

describe('layoutGraph by size', () => {
  it('uses ELK up to 300 nodes', async () => {
    const layout = await layoutGraph(smallGraph());
    expect(layout.engine).toBe('elk-layered');
  });

  it('lays out 1,000 nodes with the grid, quickly and without overlaps', async () => {
    const graph = clusterOfSize(1000);
    expect(graph.nodes.length).toBeGreaterThanOrEqual(990);
    const layout = await layoutGraph(graph);
    expect(layout.engine).toBe('grid');
    // A generous bound, 100x the usual time: it only catches a quadratic slip or ELK sneaking in.
    expect(layout.ms).toBeLessThan(1000);
    expect(layoutProblems(graph, layout)).toEqual([]);

    // A new namespace goes beside the graph: nothing else moves.
    const withNamespace = withNodes(
      graph,
      graphNode('zz-new', 'namespace', undefined, NS),
      graphNode('zz-new/app', 'workload', 'zz-new'),
    );
    const after = await layoutGraph(withNamespace, { previous: layout });
    expect(moved(layout, after)).toEqual([]);
    expect(layoutProblems(withNamespace, after)).toEqual([]);
  });

  it('grows a full namespace of a 1,000-node grid by shifting what lies below it as one block', async () => {
    const graph = clusterOfSize(1000);
    const before = await layoutGraph(graph);
    // ns-005's 2 x 5 grid is full and the rows of namespaces are packed: it has to grow.
    const next = withNodes(graph, graphNode('ns-005/wl-new', 'workload', 'ns-005'));
    const after = await layoutGraph(next, { previous: before });
    expect(layoutProblems(next, after)).toEqual([]);
    expect(after.sizes.get('ns-005')?.height).toBeGreaterThan(
      before.sizes.get('ns-005')?.height ?? 0,
    );
    const shifted = moved(before, after);
    expect(shifted.every((id) => !id.includes('/'))).toBe(true); // children keep their places
    const bottom = (id: string): number =>
      (before.positions.get(id)?.y ?? 0) + (before.sizes.get(id)?.height ?? 0);
    const offsets = new Set(
      shifted.map((id) => {
        const [b, a] = [before.positions.get(id), after.positions.get(id)];
        expect(b && b.y >= bottom('ns-005')).toBe(true); // only what lies below it
        return `${(a?.x ?? 0) - (b?.x ?? 0)},${(a?.y ?? 0) - (b?.y ?? 0)}`;
      }),
    );
    expect([...offsets]).toHaveLength(1);
  });

  it('handles an empty graph', async () => {
    const layout = await layoutGraph({ nodes: [], edges: [] });
    expect(layout.positions.size).toBe(0);
  });
});

describe('layoutGraph when a big namespace is expanded', () => {
  // A chain of workloads: ELK layered would lay it out as one long row of layers.
  function withChain(children: number): AbstractGraph {
    const kids = Array.from({ length: children }, (_, i) =>
      graphNode(`big/w${i}`, 'workload', 'big'),
    );
    return {
      nodes: [
        graphNode('big', 'namespace', undefined, NS),
        graphNode('small', 'namespace', undefined, NS),
        ...kids,
      ],
      edges: kids.slice(1).map((k, i) => graphEdge(kids[i]!.id, k.id)),
    };
  }
  const collapsed: AbstractGraph = {
    nodes: [
      { ...graphNode('big', 'namespace', undefined, NS), collapsed: true },
      graphNode('small', 'namespace', undefined, NS),
    ],
    edges: [],
  };

  it('packs more than 100 new children as a grid, in place, without overlaps', async () => {
    const before = await layoutGraph(collapsed);
    const graph = withChain(120);
    const after = await layoutGraph(graph, { previous: before });
    expect(after.positions.get('big')).toEqual(before.positions.get('big'));
    const size = after.sizes.get('big')!;
    expect(size.width / size.height).toBeLessThan(4);
    expect(layoutProblems(graph, after)).toEqual([]);
  });

  it('lays out a smaller expanded namespace with ELK, following its edges', async () => {
    const before = await layoutGraph(collapsed);
    const graph = withChain(12);
    const after = await layoutGraph(graph, { previous: before });
    const size = after.sizes.get('big')!;
    // Layered, left to right: the chain's twelve layers make the group much wider than tall.
    expect(size.width / size.height).toBeGreaterThan(4);
    expect(layoutProblems(graph, after)).toEqual([]);
  });
});
