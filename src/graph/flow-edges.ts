import { forEachBit } from '../evaluate/bitset';
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
 * Cost: per destination node, the nodes holding a class its probes admit (found through one bitset
 * of source classes), then one lookup per such pair — not nodes², and never endpoint pairs.
 */
export function allowedFlowEdges(
  flowNodes: FlowNodes,
  flows: ClassFlows,
  nodes: ReadonlyMap<string, GraphNode>,
): GraphEdge[] {
  const { ids, classes } = flowNodes;
  const found: { a: number; b: number; edge: GraphEdge }[] = [];
  const holders = nodesByClass(flowNodes);
  // Marks the source nodes already taken for the current destination.
  const seenFor = new Int32Array(ids.length).fill(-1);
  ids.forEach((b, bi) => {
    const cb = classes.get(b)!;
    const self = flows.within(cb);
    const node = nodes.get(b)!;
    if (self.allowed.length > 0) {
      node.selfPorts = [...self.allowed];
      if (self.partial) node.selfPartial = true;
    }
    forEachBit(flows.sourcesOf(cb), (c) => {
      for (const ai of holders[c] ?? []) {
        if (ai === bi || seenFor[ai] === bi) continue;
        seenFor[ai] = bi;
        const a = ids[ai]!;
        const t = flows.between(classes.get(a)!, cb);
        if (t.allowed.length > 0)
          found.push({ a: ai, b: bi, edge: flowEdge('allowed', a, b, t.allowed, t.partial) });
      }
    });
  });
  // Source-major, as a loop over sources would give them.
  const out = found.sort((x, y) => x.a - y.a || x.b - y.b).map((f) => f.edge);
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

/** For each class, the indexes (in `ids`) of the nodes holding it. */
function nodesByClass({ ids, classes }: FlowNodes): number[][] {
  const holders: number[][] = [];
  ids.forEach((id, i) => {
    for (const c of classes.get(id)!.classes) (holders[c] ??= []).push(i);
  });
  return holders;
}
