import { formatPort } from '../../graph/ports';
import type { AbstractGraph, GraphEdge, GraphNode } from '../../graph/types';

/** One flow of a node, as a clickable row: the other end, the ports, the edge to select. */
export interface ReachRow {
  edgeId: string;
  /** Node id of the other end. */
  other: string;
  otherLabel: string;
  /** `8080/TCP, 9090/TCP` */
  ports: string;
  partial: boolean;
  /** Set when the flow belongs to one of the node's pods (an expanded workload): its label. */
  via?: string;
}

export interface ReachLists {
  canReach: ReachRow[];
  reachedBy: ReachRow[];
  /** Denied flows from the node (present only while the graph draws denied edges for it). */
  deniedTo: ReachRow[];
  deniedFrom: ReachRow[];
}

const byLabel = (a: ReachRow, b: ReachRow) =>
  a.otherLabel.localeCompare(b.otherLabel) || (a.via ?? '').localeCompare(b.via ?? '');

/**
 * The flows of a node, from the graph's allowed and denied edges. An expanded workload's edges go
 * to its pod nodes, so those count as the workload's too (marked with the pod they go through).
 *
 * @example
 * reachLists(graph, 'wl:production/Deployment/frontend').canReach
 * // → [{ otherLabel: 'api-server', ports: '8080/TCP', edgeId: 'allowed:wl:…->wl:…', … }, …]
 */
export function reachLists(graph: AbstractGraph, nodeId: string): ReachLists {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const subjects = new Map<string, string | undefined>([[nodeId, undefined]]);
  for (const n of graph.nodes) if (n.owner === nodeId) subjects.set(n.id, n.label);

  const lists: ReachLists = { canReach: [], reachedBy: [], deniedTo: [], deniedFrom: [] };
  const row = (edge: GraphEdge, other: string, via: string | undefined): ReachRow => ({
    edgeId: edge.id,
    other,
    otherLabel: labelOf(nodes.get(other), other),
    ports: edge.ports.map(formatPort).join(', '),
    partial: edge.partial === true,
    ...(via !== undefined ? { via } : {}),
  });
  for (const edge of graph.edges) {
    if (edge.kind !== 'allowed' && edge.kind !== 'denied') continue;
    const allowed = edge.kind === 'allowed';
    if (subjects.has(edge.source))
      (allowed ? lists.canReach : lists.deniedTo).push(
        row(edge, edge.target, subjects.get(edge.source)),
      );
    if (subjects.has(edge.target))
      (allowed ? lists.reachedBy : lists.deniedFrom).push(
        row(edge, edge.source, subjects.get(edge.target)),
      );
  }
  for (const list of Object.values(lists)) list.sort(byLabel);
  return lists;
}

/** A node's label with its namespace, so `api-server` in two namespaces can be told apart. */
function labelOf(node: GraphNode | undefined, id: string): string {
  if (!node) return id;
  const ns = node.parent?.startsWith('ns:') ? node.parent.slice(3) : undefined;
  return ns ? `${ns}/${node.label}` : node.label;
}

/** The endpoint an explanation is asked for: the first one the node stands for. */
export function firstEndpointOf(graph: AbstractGraph, nodeId: string): string | undefined {
  return graph.nodes.find((n) => n.id === nodeId)?.endpoints[0];
}

/**
 * The node drawing an endpoint: its pod node when its workload is expanded, else its workload,
 * else the collapsed namespace holding it.
 */
export function nodeOfEndpoint(graph: AbstractGraph, endpointId: string): string | undefined {
  const holders = graph.nodes.filter((n) => n.endpoints.includes(endpointId));
  const rank = (n: GraphNode) =>
    n.kind === 'pod'
      ? 0
      : n.kind === 'workload' && !n.expanded
        ? 1
        : n.kind === 'namespace'
          ? 3
          : 2;
  return holders.sort((a, b) => rank(a) - rank(b))[0]?.id;
}
