import { describe, expect, it } from 'vitest';
import { sampleFirstViews } from '../testing/sample-graphs';
import { layoutWithElk } from './elk-layout';
import { buildHierarchy } from './hierarchy';
import { layoutGraph } from './layout-graph';
import { layoutKey, precomputedLayout, toEntry } from './precomputed';
import { clusterOfSize } from './test-graphs';

describe('precomputed layouts', () => {
  // A stale entry would show a layout ELK no longer gives: fail, and say how to refresh.
  it.each(sampleFirstViews())('hold exactly what ELK answers for $name', async ({ graph }) => {
    const hierarchy = buildHierarchy(graph);
    const stored = precomputedLayout(hierarchy, graph.edges);
    expect(
      stored,
      `no precomputed layout for this sample view: run npm run precompute-layouts`,
    ).toBeDefined();
    expect(stored).toEqual(await layoutWithElk(hierarchy, graph.edges));
  });

  it('miss for any other graph, which ELK lays out', async () => {
    const graph = clusterOfSize(20);
    expect(precomputedLayout(buildHierarchy(graph), graph.edges)).toBeUndefined();
    expect((await layoutGraph(graph)).precomputed).toBeUndefined();
  });

  it('are used by the first layout of a sample, and said to be', async () => {
    const { graph } = sampleFirstViews()[0]!;
    const layout = await layoutGraph(graph);
    expect(layout).toMatchObject({ engine: 'elk-layered', precomputed: true });
  });

  it('key a graph by what ELK is asked: one node one pixel wider is another question', () => {
    const graph = clusterOfSize(10);
    const wider = {
      ...graph,
      nodes: graph.nodes.map((n, i) => (i === 3 ? { ...n, width: n.width + 1 } : n)),
    };
    expect(layoutKey(buildHierarchy(graph), graph.edges)).toBe(
      layoutKey(buildHierarchy({ ...graph, nodes: [...graph.nodes].reverse() }), graph.edges),
    );
    expect(layoutKey(buildHierarchy(wider), wider.edges)).not.toBe(
      layoutKey(buildHierarchy(graph), graph.edges),
    );
  });

  it('store an ELK result and give it back unchanged', async () => {
    const graph = clusterOfSize(12);
    const hierarchy = buildHierarchy(graph);
    const layout = await layoutWithElk(hierarchy, graph.edges);
    const table = { [layoutKey(hierarchy, graph.edges)]: toEntry(layout) };
    expect(precomputedLayout(hierarchy, graph.edges, table)).toEqual(layout);
  });
});
