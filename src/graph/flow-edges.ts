import type { ClassFlows, NodeClasses } from './class-flows';
import { flowEdge } from './edge-set';
import { OUTSIDE_ID } from './place-nodes';
import type { GraphEdge, GraphNode } from './types';

/** The nodes that carry flows, with their classes; ids sorted so edges come out in one order. */
export interface FlowNodes {
  ids: readonly string[];
  classes: ReadonlyMap<string, NodeClasses>;
}

/**
 * Allowed flows between every pair of flow-carrying nodes, aggregated per node pair: ports are the
 * union over the distinct class pairs, `partial` when some port is allowed for one class pair and
 * denied for another. Flows inside a node go on the node (`selfPorts`), not on a self-loop. Flows
 * from Outside are what the destinations' ingress admits from some client outside the cluster.
 *
 * Cost: nodes² class-pair lookups (each class pair evaluated once), never endpoint pairs.
 */
export function allowedFlowEdges(
  flowNodes: FlowNodes,
  flows: ClassFlows,
  nodes: ReadonlyMap<string, GraphNode>,
): GraphEdge[] {
  const { ids, classes } = flowNodes;
  const out: GraphEdge[] = [];
  for (const a of ids) {
    const ca = classes.get(a)!;
    const self = flows.within(ca);
    const node = nodes.get(a)!;
    if (self.allowed.length > 0) {
      node.selfPorts = [...self.allowed];
      if (self.partial) node.selfPartial = true;
    }
    for (const b of ids) {
      if (a === b) continue;
      const t = flows.between(ca, classes.get(b)!);
      if (t.allowed.length > 0) out.push(flowEdge('allowed', a, b, t.allowed, t.partial));
    }
  }
  if (nodes.has(OUTSIDE_ID)) {
    for (const b of ids) {
      const t = flows.fromOutside(classes.get(b)!);
      if (t.allowed.length > 0) out.push(flowEdge('allowed', OUTSIDE_ID, b, t.allowed, t.partial));
    }
  }
  return out;
}

/**
 * Denied flows to and from one node (the selection): to every other node where some probed port
 * is denied, in both directions, and from Outside where its ingress turns outside clients away.
 * Outside as the focus gets the denied flows from Outside to every node. `partial` when a denied
 * port is allowed for some other class pair of the same two nodes.
 */
export function deniedFlowEdges(
  focus: string,
  flowNodes: FlowNodes,
  flows: ClassFlows,
): GraphEdge[] {
  const { ids, classes } = flowNodes;
  const out: GraphEdge[] = [];
  if (focus === OUTSIDE_ID) {
    for (const b of ids) {
      const t = flows.fromOutside(classes.get(b)!);
      if (t.denied.length > 0) out.push(flowEdge('denied', OUTSIDE_ID, b, t.denied, t.partial));
    }
    return out;
  }
  const cf = classes.get(focus);
  if (!cf) return out;
  for (const b of ids) {
    if (b === focus) continue;
    const cb = classes.get(b)!;
    const to = flows.between(cf, cb);
    if (to.denied.length > 0) out.push(flowEdge('denied', focus, b, to.denied, to.partial));
    const from = flows.between(cb, cf);
    if (from.denied.length > 0) out.push(flowEdge('denied', b, focus, from.denied, from.partial));
  }
  const outside = flows.fromOutside(cf);
  if (outside.denied.length > 0)
    out.push(flowEdge('denied', OUTSIDE_ID, focus, outside.denied, outside.partial));
  return out;
}
