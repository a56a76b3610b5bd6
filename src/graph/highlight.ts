import type { AbstractGraph } from './types';

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * What to keep lit when something is selected: a node with every edge touching it (what it can
 * reach, what can reach it, denied attempts, its Service links) and the nodes at their other ends;
 * an edge with its two ends; a policy with the nodes it selects and their allowed flows.
 * Everything else is dimmed. Pure, so the page computes it instantly.
 */
export function highlightFor(
  graph: AbstractGraph,
  selection: { kind: 'node' | 'edge' | 'policy'; id: string } | undefined,
  /** For a policy: the endpoint ids it selects. */
  policySelects: readonly string[] = [],
): Highlight | undefined {
  if (!selection) return undefined;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (selection.kind === 'policy') {
    // The pods it selects, and the allowed flows into and out of them.
    const selected = new Set(policySelects);
    for (const n of graph.nodes) {
      if (n.kind !== 'namespace' && n.endpoints.some((e) => selected.has(e))) nodes.add(n.id);
    }
    for (const e of graph.edges) {
      if (e.kind !== 'allowed' || !(nodes.has(e.source) || nodes.has(e.target))) continue;
      edges.add(e.id);
    }
    for (const id of edges) {
      const e = graph.edges.find((x) => x.id === id)!;
      nodes.add(e.source).add(e.target);
    }
  } else if (selection.kind === 'edge') {
    const edge = graph.edges.find((e) => e.id === selection.id);
    if (!edge) return undefined;
    edges.add(edge.id);
    nodes.add(edge.source).add(edge.target);
  } else {
    const node = graph.nodes.find((n) => n.id === selection.id);
    if (!node) return undefined;
    nodes.add(node.id);
    for (const e of graph.edges) {
      if (e.source !== node.id && e.target !== node.id) continue;
      edges.add(e.id);
      nodes.add(e.source).add(e.target);
    }
  }
  // Keep the namespace groups of lit nodes visible as context.
  for (const n of graph.nodes) if (nodes.has(n.id) && n.parent) nodes.add(n.parent);
  return { nodes, edges };
}
