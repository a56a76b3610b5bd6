import type { GraphEdge, GraphNode } from '../graph/types';

/**
 * The order a group's children take in the grid: by id, except that each Service goes just
 * before the first of its backends in the same group. Sorted by id alone, every `svc:` id comes
 * before every `wl:` id, so all Services sat in one block and each Service → backend edge crossed
 * the namespace: hard to follow, and long dotted lines are what made panning a big graph slow
 * (a dashed path is dashed along its whole length for every tile it crosses).
 *
 * `children` must be sorted by id (as buildHierarchy leaves them); the result is deterministic.
 * Services with no backend in the group keep their place in id order.
 */
export function gridOrder(
  children: readonly GraphNode[],
  edges: readonly GraphEdge[],
): GraphNode[] {
  const index = new Map(children.map((node, i) => [node.id, i]));
  // Service → the first (in id order) of its backends among the children.
  const anchorOf = new Map<string, number>();
  for (const edge of edges) {
    if (edge.kind !== 'service-backend') continue;
    const service = index.get(edge.source);
    const backend = index.get(edge.target);
    // A Service is never another Service's backend; if a graph says so, ignore it rather than
    // chain Services (which would make the order depend on the order of edges).
    if (service === undefined || backend === undefined || children[backend]!.kind === 'service')
      continue;
    const seen = anchorOf.get(edge.source);
    if (seen === undefined || backend < seen) anchorOf.set(edge.source, backend);
  }
  if (anchorOf.size === 0) return [...children];
  const before = new Map<number, GraphNode[]>();
  for (const [id, at] of anchorOf) {
    const list = before.get(at);
    const node = children[index.get(id)!]!;
    if (list) list.push(node);
    else before.set(at, [node]);
  }
  const order: GraphNode[] = [];
  children.forEach((node, i) => {
    if (anchorOf.has(node.id)) return;
    const services = before.get(i);
    if (services) order.push(...services.sort((a, b) => (a.id < b.id ? -1 : 1)));
    order.push(node);
  });
  return order;
}
