import type { Protocol } from '../model/types';

/**
 * The abstract graph the explorer draws: ids, groups, sizes and edges, with no React Flow types
 * (the canvas adapter maps these) and no positions (layout computes those by id).
 */

export type GraphNodeKind = 'namespace' | 'workload' | 'pod' | 'service' | 'outside' | 'ipblock';

export interface PortChip {
  /** e.g. `80 → 8080/TCP`, `nodePort 31080`, `53/UDP` */
  text: string;
}

export type Badge =
  | 'isolated-ingress'
  | 'isolated-egress'
  | 'externally-reachable'
  | 'egress-outside'
  | 'no-backends'
  | 'unresolved-target-port'
  | 'host-network';

export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  /** Namespace group the node sits in; undefined for namespaces and outside/ipBlock nodes. */
  parent?: string;
  label: string;
  /** Second line: kind and replica count, Service type, CIDR… */
  detail?: string;
  /** Size in graph units, decided here from the model (never measured from the DOM). */
  width: number;
  height: number;
  badges: Badge[];
  ports: PortChip[];
  /**
   * Endpoint ids this node stands for (a workload node: its pods, or its template; a pod: itself;
   * a namespace: every endpoint in it). An expanded workload still lists its pods, though their
   * edges go to the pod nodes.
   */
  endpoints: string[];
  /** Namespace nodes: collapsed (children hidden, edges aggregated onto the namespace). */
  collapsed?: boolean;
  /** Workload nodes with pods: whether the pods are shown as their own nodes. */
  expanded?: boolean;
  /** Number of child nodes hidden by collapsing. */
  hiddenChildren?: number;
  /**
   * Flows among the endpoints the node stands for (replicas of a workload talking to each other,
   * or everything inside a collapsed namespace): kept on the node rather than drawn as a self-loop.
   */
  selfPorts?: EdgePort[];
  /** True when only some of those member pairs are allowed on some self port. */
  selfPartial?: boolean;
  /** Pod nodes of an expanded workload: the workload node they belong to. */
  owner?: string;
}

/**
 * `opened` and `closed` are compare mode's: connections a change newly allows or newly denies,
 * drawn over the after version's graph (see `withChangeEdges`).
 */
export type GraphEdgeKind =
  'allowed' | 'denied' | 'service-backend' | 'exposure' | 'opened' | 'closed';

export interface EdgePort {
  port: number;
  /** A range `port`–`endPort` (an egress rule's endPort; 1–65535 for "every port"). */
  endPort?: number;
  protocol: Protocol;
}

export interface GraphEdge {
  id: string;
  kind: GraphEdgeKind;
  source: string;
  target: string;
  /** Ports the edge stands for (allowed/denied flows), sorted. */
  ports: EdgePort[];
  /** Short text for the edge: `8080/TCP`, `80 → 8080`, `NodePort 31080 from 203.0.113.0/24`. */
  label: string;
  /**
   * True when only some of the endpoint pairs behind an aggregated edge are allowed on some port
   * (on a denied edge: some pairs are allowed on one of its ports).
   */
  partial?: boolean;
  /** Exposure edges: the Service is exposed, but no backend's ingress admits outside clients. */
  blocked?: boolean;
  /** Change edges: the NetworkPolicies (`ns/name`) that decided the change, sorted. */
  causes?: string[];
}

export interface AbstractGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Allowed edges whose DNS lookups (53/TCP, 53/UDP to a DNS server) were left out. */
  hiddenDnsFlows?: number;
}

/** What the user chose to see; the graph is a pure function of the analysis and this. */
export interface GraphView {
  /** Namespace names (`ns:<name>` node ids are accepted too). */
  collapsedNamespaces: ReadonlySet<string>;
  /** Workload node ids whose pods are drawn individually. */
  expandedWorkloads: ReadonlySet<string>;
  /**
   * Draw denied flows (red dashed) for the selected node only, or none: any node carrying
   * endpoints (workload, pod, collapsed namespace, External endpoint) or `outside`.
   */
  deniedFor?: string;
  /** Leave DNS lookups to cluster DNS servers off allowed edges (see `withoutDnsFlows`). */
  hideDnsFlows?: boolean;
}
