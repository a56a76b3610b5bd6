import type { AbstractGraph, GraphNode } from '../graph/types';

/** The graph as the layout sees it: top-level nodes and one level of groups, each sorted by id. */
export interface Hierarchy {
  byId: Map<string, GraphNode>;
  topLevel: GraphNode[];
  /** Group id → its children; only nodes that have at least one child are groups. */
  children: Map<string, GraphNode[]>;
  parentOf: Map<string, string>;
}

const byId = (a: GraphNode, b: GraphNode): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Groups are one level deep (namespace → its nodes), as src/graph/types.ts defines them. A node
 * whose parent is missing, or is itself a child, is laid out at top level (absolute position)
 * rather than failing the whole layout. Duplicate ids: the first one wins.
 */
export function buildHierarchy(graph: AbstractGraph): Hierarchy {
  const nodes = new Map<string, GraphNode>();
  for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const isTopLevel = (node: GraphNode): boolean =>
    node.parent === undefined || node.parent === node.id || !nodes.has(node.parent);

  const topLevel: GraphNode[] = [];
  const children = new Map<string, GraphNode[]>();
  const parentOf = new Map<string, string>();
  for (const node of nodes.values()) {
    const parent = node.parent === undefined ? undefined : nodes.get(node.parent);
    if (isTopLevel(node)) topLevel.push(node);
    else if (parent && isTopLevel(parent)) {
      parentOf.set(node.id, parent.id);
      const list = children.get(parent.id);
      if (list) list.push(node);
      else children.set(parent.id, [node]);
    } else topLevel.push(node);
  }
  topLevel.sort(byId);
  for (const list of children.values()) list.sort(byId);
  return { byId: nodes, topLevel, children, parentOf };
}
