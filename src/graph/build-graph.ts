import type { Analysis } from '../analyze';
import { createClassFlows, type ClassFlows, type NodeClasses } from './class-flows';
import { dnsServers, withoutDnsFlows } from './dns-flows';
import { createEdgeSet } from './edge-set';
import { allowedFlowEdges, deniedFlowEdges, type FlowNodes } from './flow-edges';
import { podOwners, type OwnerRef } from './group-pods';
import type { Pod, Workload } from '../model/types';
import { ipBlockEdges, ipBlockNodes } from './ipblock-edges';
import { placeNodes } from './place-nodes';
import { addServiceEdges } from './service-edges';
import { nodeSize } from './sizes';
import type { AbstractGraph, Badge, GraphEdge, GraphView } from './types';

/**
 * The graph the explorer draws for an analysis and what the user chose to see: namespaces as
 * groups, workloads (pods of a dump grouped under their owner), Services, Outside and ipBlock
 * peers, with allowed, denied, service-backend and exposure edges. Pure and deterministic: nodes
 * and edges are sorted by id (so a namespace comes before its children, as React Flow wants).
 *
 * Flows are aggregated through endpoint classes, so the cost follows the number of drawn nodes and
 * classes, not pods: a 20,000-pod dump drawn as 300 workloads costs 300² class-pair lookups.
 *
 * @example
 * const graph = buildGraph(analyze(files), {
 *   collapsedNamespaces: new Set(['kube-system']),
 *   expandedWorkloads: new Set(),
 *   deniedFor: 'wl:production/Deployment/api-server',
 * });
 */
export function buildGraph(analysis: Analysis, view: GraphView): AbstractGraph {
  const r = analysis.reachability;
  const owners = ownersOf(analysis.cluster.pods, analysis.cluster.workloads);
  const placement = placeNodes(analysis, view, owners);
  const nodes = placement.nodes;
  for (const node of ipBlockNodes(analysis.cluster.policies)) nodes.set(node.id, node);

  const flows = createClassFlows(r);
  const classes = new Map<string, NodeClasses>();
  for (const [id, indexes] of placement.members) {
    const c = flows.classesOf(indexes);
    classes.set(id, c);
    nodes.get(id)!.badges.push(...endpointBadges(c, indexes, r.endpoints, flows));
  }
  const flowNodes: FlowNodes = { ids: [...placement.members.keys()].sort(), classes };

  const merged = createEdgeSet();
  addServiceEdges(analysis.services, placement, (id) => r.indexOf(id), merged);
  let allowed = allowedFlowEdges(flowNodes, flows, nodes);
  let hiddenDnsFlows = 0;
  if (view.hideDnsFlows) {
    const servers = dnsServers(analysis.services, (id) => r.indexOf(id));
    const dnsNodes = new Set([...servers].map((i) => placement.nodeOfEndpoint[i]!));
    ({ edges: allowed, hidden: hiddenDnsFlows } = withoutDnsFlows(allowed, dnsNodes));
  }
  const edges: GraphEdge[] = [
    ...allowed,
    ...ipBlockEdges(r, flowNodes, flows),
    ...(view.deniedFor !== undefined ? deniedFlowEdges(view.deniedFor, flowNodes, flows) : []),
    ...merged.edges(),
  ];

  for (const node of nodes.values()) {
    // An open namespace is a group: layout sizes it around its children, but never narrower than
    // its header (name, toggle and detail), which would otherwise spill out of a small group.
    if (node.kind === 'namespace' && !node.collapsed) {
      // The group header is set in a larger bold face than node labels, and zoomed far out in a
      // much larger one (about 18 units a character), so the name still fits its group.
      const header = node.label.length * 18 + 64;
      Object.assign(node, { width: Math.max(nodeSize(node).width, header), height: 0 });
      continue;
    }
    Object.assign(node, nodeSize(node));
  }
  return {
    nodes: [...nodes.values()].sort(byId),
    edges: edges.sort(byId),
    ...(hiddenDnsFlows > 0 ? { hiddenDnsFlows } : {}),
  };
}

/**
 * podOwners, once per set of pods and workloads: an edit of a policy, a collapse or an expand
 * keeps the cluster's arrays (buildCluster hands back the previous ones when nothing in them
 * changed), and grouping 1,000 pods took 1–6 ms of each. Nothing mutates the map it returns.
 */
const owned = new WeakMap<
  readonly Pod[],
  { workloads: readonly Workload[]; owners: Map<string, OwnerRef> }
>();

function ownersOf(
  pods: readonly Pod[],
  workloads: readonly Workload[],
): ReadonlyMap<string, OwnerRef> {
  const cached = owned.get(pods);
  if (cached?.workloads === workloads) return cached.owners;
  const owners = podOwners(pods, workloads);
  owned.set(pods, { workloads, owners });
  return owners;
}

/**
 * Isolation badges when every class of the node is isolated (a shield on a workload whose pods
 * are only partly covered would overstate it); host-network when any endpoint is.
 */
function endpointBadges(
  c: NodeClasses,
  indexes: readonly number[],
  endpoints: Analysis['reachability']['endpoints'],
  flows: ClassFlows,
): Badge[] {
  const badges: Badge[] = [];
  const selectable = c.classes.filter((k) => flows.representative(k).kind !== 'External');
  if (selectable.length > 0) {
    if (selectable.every((k) => flows.isolation(k).ingress)) badges.push('isolated-ingress');
    if (selectable.every((k) => flows.isolation(k).egress)) badges.push('isolated-egress');
    // "Can": one pod of a workload that may leave the cluster is enough to say so.
    if (selectable.some((k) => flows.egressOutside(k))) badges.push('egress-outside');
  }
  if (indexes.some((i) => endpoints[i]!.hostNetwork)) badges.push('host-network');
  return badges;
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
