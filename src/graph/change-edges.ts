import type { FlowChange } from '../diff/types';
import { edgeId } from './edge-set';
import { carriesFlows } from './highlight';
import { formatPorts, uniquePorts } from './ports';
import type { AbstractGraph, EdgePort, GraphEdge, GraphNode } from './types';

/** The graph of the after version with what a change opened and closed drawn on it. */
export interface ChangeOverlay {
  graph: AbstractGraph;
  /** The change edges and the nodes at their ends: what compare mode keeps bright. */
  lit: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  counts: ChangeCounts;
  /** The nodes at the ends of change edges, sorted: where the view should look. */
  ends: string[];
  /** The edge that draws a flow change; undefined for one inside a node or not drawn. */
  edgeOf(flow: FlowChange): string | undefined;
}

export interface ChangeCounts {
  /** Newly allowed / newly denied edges drawn. */
  opened: number;
  closed: number;
  /** Changes between endpoints one node stands for (replicas, a collapsed namespace). */
  inside: number;
  /** Changes with an end the graph does not draw. */
  undrawn: number;
}

/**
 * The node that draws each endpoint: the most specific one (a pod of an expanded workload over
 * the workload, a workload over its collapsed namespace), as flow edges attach there.
 */
function drawingNodes(graph: AbstractGraph): Map<string, GraphNode> {
  const by = new Map<string, GraphNode>();
  for (const n of graph.nodes) {
    if (!carriesFlows(n)) continue;
    for (const e of n.endpoints) {
      const known = by.get(e);
      if (!known || n.endpoints.length < known.endpoints.length) by.set(e, n);
    }
  }
  return by;
}

interface Pending {
  kind: 'opened' | 'closed';
  source: string;
  target: string;
  ports: EdgePort[];
  causes: Set<string>;
}

/**
 * Adds one edge per drawn node pair and direction of change: `opened` for connections the after
 * version allows and the before version denied, `closed` for the reverse, labelled with the ports
 * and carrying the policies that decided them. Pure; the flows come from `diffAnalyses` on the
 * analysis the graph was built from.
 *
 * @example
 * withChangeEdges(graph, diff.flows).graph.edges.filter((e) => e.kind === 'closed')
 * // [{ id: 'closed:production/prometheus->production/api-server', label: '9090/TCP', … }]
 */
export function withChangeEdges(graph: AbstractGraph, flows: readonly FlowChange[]): ChangeOverlay {
  const drawnBy = drawingNodes(graph);
  const pending = new Map<string, Pending>();
  const edgeOfFlow = new Map<FlowChange, string>();
  let inside = 0;
  let undrawn = 0;
  for (const f of flows) {
    const from = drawnBy.get(f.from);
    const to = drawnBy.get(f.to);
    if (!from || !to) {
      undrawn++;
      continue;
    }
    if (from === to) {
      inside++;
      continue;
    }
    const kind = f.change === 'allowed' ? 'opened' : 'closed';
    const id = edgeId(kind, from.id, to.id);
    let edge = pending.get(id);
    if (!edge) {
      edge = { kind, source: from.id, target: to.id, ports: [], causes: new Set() };
      pending.set(id, edge);
    }
    edge.ports.push({ port: f.port, protocol: f.protocol });
    edgeOfFlow.set(f, id);
    for (const p of f.policies) edge.causes.add(p);
  }
  const edges: GraphEdge[] = [];
  const nodes = new Set<string>();
  for (const [id, p] of pending) {
    const ports = uniquePorts(p.ports);
    edges.push({
      id,
      kind: p.kind,
      source: p.source,
      target: p.target,
      ports,
      label: formatPorts(ports),
      causes: [...p.causes].sort(),
    });
    nodes.add(p.source).add(p.target);
  }
  const ends = [...nodes].sort();
  for (const n of graph.nodes) if (nodes.has(n.id) && n.parent) nodes.add(n.parent);
  const opened = edges.filter((e) => e.kind === 'opened').length;
  return {
    graph: { ...graph, edges: [...graph.edges, ...edges] },
    lit: { nodes, edges: new Set(edges.map((e) => e.id)) },
    counts: { opened, closed: edges.length - opened, inside, undrawn },
    ends,
    edgeOf: (flow) => edgeOfFlow.get(flow),
  };
}
