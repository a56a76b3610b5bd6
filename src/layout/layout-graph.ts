import type { AbstractGraph } from '../graph/types';
import { layoutWithElk } from './elk-layout';
import { layoutWithGrid } from './grid-layout';
import { precomputedLayout } from './precomputed';
import { buildHierarchy } from './hierarchy';
import { layoutStably } from './stable-layout';
import type { Layout, LayoutEngine, LayoutOptions } from './types';

/**
 * Up to this many nodes ELK layered runs in about a quarter of a second (CONTEXT.md); above it
 * ELK's cost grows too fast for a live view and the grid takes over.
 */
export const ELK_MAX_NODES = 300;

/**
 * A namespace expanded in a drawn graph gets the grid inside when it brings more nodes than this:
 * ELK takes ~0.4 s for 150 workloads, the grid a few ms, and the expand should feel immediate.
 */
export const ELK_MAX_EXPANDED = 100;

export function chooseEngine(nodeCount: number): LayoutEngine {
  return nodeCount <= ELK_MAX_NODES ? 'elk-layered' : 'grid';
}

/**
 * Positions and sizes for every node of the graph, by id: top-left, relative to the namespace
 * group for its children and absolute for top-level nodes, as React Flow sub-flows expect. Sizes
 * come from the model; groups get the size that holds their children. Deterministic: the same
 * graph and options give the same positions, whatever the order of nodes and edges. No DOM; elkjs
 * is loaded only when a graph of at most ELK_MAX_NODES nodes needs it.
 *
 * Stability, with `options.previous` (the layout on screen):
 * - A node present in both keeps its position, so an edit does not reshuffle the graph.
 * - New top-level nodes (namespaces, outside nodes) are laid out among themselves by the engine
 *   and put beside the kept ones: to the right, or below when the kept ones are already wide.
 * - New children of a kept group go, as a small grid, into the first free spot inside the group;
 *   failing that, where the group grows least without crowding its neighbours.
 * - A kept group whose children are all new (just expanded) keeps its place and gets a fresh
 *   layout inside (the grid when there are more than ELK_MAX_EXPANDED of them).
 * - Groups grow to fit their children and never shrink while they keep them; a collapsed
 *   namespace takes its model size. When a node grows, the siblings wholly right of it move right
 *   and those wholly below move down, each side by one amount and only as far as needed
 *   (make-room.ts): the only case where a kept node moves, and it never creates an overlap.
 * - `options.pinned` (user-dragged, same frame as positions) wins over all of the above and is
 *   never moved to make room; a pinned node may therefore overlap what the user put it on.
 *
 * @example
 * const first = await layoutGraph(graph);
 * const next = await layoutGraph(editedGraph, { previous: first, pinned: dragged });
 */
export async function layoutGraph(
  graph: AbstractGraph,
  options: LayoutOptions = {},
): Promise<Layout> {
  const started = performance.now();
  const hierarchy = buildHierarchy(graph);
  const engine = options.engine ?? chooseEngine(hierarchy.byId.size);
  let precomputed = false;
  const { positions, sizes } = await layoutStably(
    hierarchy,
    (part, why) => {
      if (engine === 'grid' || (why === 'regrouped' && part.byId.size > ELK_MAX_EXPANDED))
        return layoutWithGrid(part, graph.edges);
      // Only a whole graph laid out afresh can be a sample's first view; an incremental layout
      // (new parts of a graph on screen) does not pay for the lookup's hash.
      const known = options.previous ? undefined : precomputedLayout(part, graph.edges);
      if (known) precomputed = true;
      return known ?? layoutWithElk(part, graph.edges);
    },
    options.previous,
    options.pinned,
  );
  return {
    positions,
    sizes,
    engine,
    ms: performance.now() - started,
    ...(precomputed ? { precomputed } : {}),
  };
}
