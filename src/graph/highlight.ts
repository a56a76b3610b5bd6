import type { AdmittedFlow, FlowEnd } from '../evaluate/policy-flows';
import { ipBlockNodeId } from './ipblock-edges';
import { OUTSIDE_ID } from './place-nodes';
import type { AbstractGraph, GraphNode } from './types';

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** What a selected policy lights: the endpoints it selects and the flows its rules admit. */
export interface PolicyHighlight {
  selects: readonly string[];
  flows: readonly AdmittedFlow[];
}

/**
 * What to keep lit when something is selected: a node with every edge touching it (what it can
 * reach, what can reach it, denied attempts, its Service links) and the nodes at their other ends;
 * an edge with its two ends; a policy with the nodes it selects, its peers and the edges of the
 * flows its rules admit (not every flow of the selected pods: another policy may admit those).
 * Everything else is dimmed. Pure, so the page computes it instantly.
 */
export function highlightFor(
  graph: AbstractGraph,
  selection: { kind: 'node' | 'edge' | 'policy'; id: string } | undefined,
  policy?: PolicyHighlight,
): Highlight | undefined {
  if (!selection) return undefined;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (selection.kind === 'policy') {
    if (policy) lightPolicy(graph, policy, nodes, edges);
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

/** Whether flows attach to the node: not to an open namespace group, only to a collapsed one. */
export const carriesFlows = (n: GraphNode): boolean =>
  n.kind !== 'namespace' || n.collapsed === true;

function lightPolicy(
  graph: AbstractGraph,
  policy: PolicyHighlight,
  nodes: Set<string>,
  edges: Set<string>,
) {
  // An endpoint may be drawn by several nodes (an expanded workload and its pod): flows attach
  // to whichever of them carries the edge, so every candidate is kept.
  const drawnBy = new Map<string, string[]>();
  for (const n of graph.nodes) {
    if (!carriesFlows(n)) continue;
    for (const e of n.endpoints) drawnBy.set(e, [...(drawnBy.get(e) ?? []), n.id]);
  }
  const present = new Set(graph.nodes.map((n) => n.id));
  const nodesOf = (end: FlowEnd): string[] => {
    if (end.kind === 'endpoint') return drawnBy.get(end.id) ?? [];
    const id = end.ipBlock ? ipBlockNodeId(end.ipBlock) : OUTSIDE_ID;
    return present.has(id) ? [id] : [];
  };
  const flowEdges = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.kind !== 'allowed' && e.kind !== 'denied') continue;
    const key = `${e.kind}\n${e.source}\n${e.target}`;
    flowEdges.set(key, [...(flowEdges.get(key) ?? []), e.id]);
  }

  for (const id of policy.selects) for (const n of drawnBy.get(id) ?? []) nodes.add(n);
  for (const flow of policy.flows) {
    const from = nodesOf(flow.from);
    const to = nodesOf(flow.to);
    for (const n of [...from, ...to]) nodes.add(n);
    const kinds = [
      ...(flow.ports.some((p) => p.allowed) ? ['allowed'] : []),
      ...(flow.ports.some((p) => !p.allowed) ? ['denied'] : []),
    ];
    for (const kind of kinds)
      for (const a of from)
        for (const b of to)
          for (const e of flowEdges.get(`${kind}\n${a}\n${b}`) ?? []) edges.add(e);
  }
}
