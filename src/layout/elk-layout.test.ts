import { describe, expect, it } from 'vitest';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { layoutWithElk, toElkGraph, warmUpElk } from './elk-layout';
import { buildHierarchy } from './hierarchy';
import { graphEdge, graphNode } from './test-graphs';

const graph = {
  nodes: [
    graphNode('a', 'namespace'),
    graphNode('a/x', 'workload', 'a'),
    graphNode('a/y', 'workload', 'a'),
    graphNode('b', 'namespace'),
    graphNode('b/z', 'workload', 'b'),
    graphNode('c', 'namespace', undefined), // collapsed: a plain node
    graphNode('out', 'outside'),
  ],
  edges: [
    graphEdge('a/x', 'a/y'), // inside a
    graphEdge('a/x', 'b/z'), // across namespaces
    graphEdge('out', 'a/x'), // top level to a child
    graphEdge('b/z', 'c'), // child to a collapsed namespace
    graphEdge('a', 'a/y'), // a group to its own child
    graphEdge('a/x', 'a/y'), // duplicate pair
    graphEdge('a/y', 'a/y'), // self-loop
    graphEdge('a/y', 'gone'), // unknown end
  ],
};

const edgesOf = (node: ElkNode | undefined): string[] =>
  (node?.edges ?? []).map((e) => `${e.sources.join()}->${e.targets.join()}`);

describe('toElkGraph', () => {
  it('declares each edge in the lowest common ancestor of its ends', () => {
    const elkGraph = toElkGraph(buildHierarchy(graph), graph.edges);
    const group = (id: string): ElkNode | undefined => elkGraph.children?.find((c) => c.id === id);
    expect(edgesOf(group('a'))).toEqual(['a->a/y', 'a/x->a/y']);
    expect(edgesOf(group('b'))).toEqual([]);
    expect(edgesOf(elkGraph)).toEqual(['a/x->b/z', 'b/z->c', 'out->a/x']);
    expect(elkGraph.layoutOptions?.['elk.hierarchyHandling']).toBe('INCLUDE_CHILDREN');
    expect(group('a')?.children?.map((c) => c.id)).toEqual(['a/x', 'a/y']);
    expect(group('c')?.children).toBeUndefined();
  });
});

describe('layoutWithElk', () => {
  it('lays out edges across groups, with child positions relative to their group', async () => {
    const layout = await layoutWithElk(buildHierarchy(graph), graph.edges);
    expect([...layout.positions.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const kid of ['a/x', 'a/y', 'b/z']) {
      const p = layout.positions.get(kid);
      expect(p?.x).toBeGreaterThanOrEqual(16);
      expect(p?.y).toBeGreaterThanOrEqual(40); // below the namespace's label
    }
    // The flow goes right: a/x before b/z, across the groups.
    const abs = (id: string, group: string): number =>
      (layout.positions.get(group)?.x ?? 0) + (layout.positions.get(id)?.x ?? 0);
    expect(abs('a/x', 'a')).toBeLessThan(abs('b/z', 'b'));
  });
});

describe('warmUpElk', () => {
  it('lays out its made-up graph without ELK rejecting it (edges declared where ELK wants them)', async () => {
    await expect(warmUpElk()).resolves.toBeUndefined();
  });
});
