import type { Analysis } from '../analyze';
import type { ServiceReport } from '../evaluate/types';
import type { Endpoint } from '../model/types';
import { workloadNodeId, type OwnerRef } from './group-pods';
import { formatPort, uniquePorts } from './ports';
import type { GraphNode, GraphView, PortChip } from './types';

export const OUTSIDE_ID = 'outside';

/** Which drawn node stands for what: the result of grouping, collapsing and expanding. */
export interface Placement {
  /** Every node drawn, by id; sizes are set last, once badges and chips are known. */
  nodes: Map<string, GraphNode>;
  /** The drawn node carrying each endpoint's flows, by endpoint index. */
  nodeOfEndpoint: string[];
  /** The drawn node standing for each Service (its own, or its collapsed namespace), by report id. */
  nodeOfService: Map<string, string>;
  /** Endpoint indexes behind every node that carries flows. */
  members: Map<string, number[]>;
}

/** A node as it would be drawn with nothing collapsed or expanded, and the endpoints it holds. */
interface Home {
  node: GraphNode;
  namespace?: string;
  pods: number[];
  others: number[];
}

export function namespaceNodeId(name: string): string {
  return `ns:${name}`;
}

export function podNodeId(endpointId: string): string {
  return `pod:${endpointId}`;
}

export function serviceNodeId(report: { namespace: string; name: string }): string {
  return `svc:${report.namespace}/${report.name}`;
}

/** External endpoints (`--external`) and Endpoints addresses without a Pod: `external:<ip>`. */
export function externalNodeId(ip: string): string {
  return `external:${ip}`;
}

export function createNode(
  fields: Pick<GraphNode, 'id' | 'kind' | 'label'> & Partial<GraphNode>,
): GraphNode {
  return { width: 0, height: 0, badges: [], ports: [], endpoints: [], ...fields };
}

/**
 * Decides the drawn nodes: a namespace group per namespace with something in it, a node per
 * workload (the pods of a dump grouped under their owner), bare Pod, Service and External
 * endpoint, and the Outside node. A collapsed namespace takes over its children's endpoints and
 * Services; an expanded workload hands its pods to pod nodes and keeps only what is not a pod.
 */
export function placeNodes(
  analysis: Analysis,
  view: GraphView,
  owners: ReadonlyMap<string, OwnerRef>,
): Placement {
  const endpoints = analysis.reachability.endpoints;
  const homes = homeNodes(endpoints, owners);
  const isCollapsed = (ns: string) =>
    view.collapsedNamespaces.has(ns) || view.collapsedNamespaces.has(namespaceNodeId(ns));

  const nodes = new Map<string, GraphNode>();
  const nodeOfEndpoint: string[] = new Array<string>(endpoints.length);
  const members = new Map<string, number[]>();
  const assign = (id: string, indexes: readonly number[]) => {
    let list = members.get(id);
    if (!list) members.set(id, (list = []));
    // A loop, not push(...indexes): a workload may hold more pods than a call takes arguments.
    for (const i of indexes) {
      list.push(i);
      nodeOfEndpoint[i] = id;
    }
  };

  const children = new Map<string, GraphNode[]>();
  const addChild = (ns: string, node: GraphNode) => {
    const list = children.get(ns);
    if (list) list.push(node);
    else children.set(ns, [node]);
  };

  for (const home of homes.values()) {
    const ns = home.namespace;
    if (ns !== undefined) addChild(ns, home.node);
    if (ns !== undefined && isCollapsed(ns)) {
      assign(namespaceNodeId(ns), [...home.pods, ...home.others]);
      continue;
    }
    nodes.set(home.node.id, home.node);
    const expanded = home.node.kind === 'workload' && view.expandedWorkloads.has(home.node.id);
    if (home.node.kind === 'workload' && home.pods.length > 0) home.node.expanded = expanded;
    if (!expanded || home.pods.length === 0) {
      assign(home.node.id, [...home.pods, ...home.others]);
      continue;
    }
    // Anything else in the group (a template the pods were matched to by name) stays on it.
    if (home.others.length > 0) assign(home.node.id, home.others);
    for (const i of home.pods) {
      const pod = podNode(endpoints[i]!, home.node.id);
      nodes.set(pod.id, pod);
      assign(pod.id, [i]);
    }
  }

  const nodeOfService = new Map<string, string>();
  for (const report of analysis.services) {
    const node = serviceNode(report);
    addChild(report.namespace, node);
    if (isCollapsed(report.namespace)) {
      nodeOfService.set(report.id, namespaceNodeId(report.namespace));
    } else {
      nodes.set(node.id, node);
      nodeOfService.set(report.id, node.id);
    }
  }

  for (const ns of analysis.cluster.namespaces.keys()) {
    const inside = children.get(ns);
    // A namespace with nothing drawn in it (kube-public, a lease namespace) would be an empty box.
    if (!inside) continue;
    const id = namespaceNodeId(ns);
    const collapsed = isCollapsed(ns);
    nodes.set(
      id,
      createNode({
        id,
        kind: 'namespace',
        label: ns,
        detail: namespaceDetail(inside),
        collapsed,
        ...(collapsed ? { hiddenChildren: inside.length } : {}),
        // A collapsed namespace still says that something in it is reachable from outside.
        badges:
          collapsed && inside.some((n) => n.badges.includes('externally-reachable'))
            ? ['externally-reachable']
            : [],
        endpoints: inside.flatMap((n) => (n.kind === 'service' ? [] : n.endpoints)),
      }),
    );
  }

  if (nodes.size > 0) {
    nodes.set(
      OUTSIDE_ID,
      createNode({
        id: OUTSIDE_ID,
        kind: 'outside',
        label: 'Outside the cluster',
        detail: 'Internet and external clients',
      }),
    );
  }
  return { nodes, nodeOfEndpoint, nodeOfService, members };
}

function homeNodes(
  endpoints: readonly Endpoint[],
  owners: ReadonlyMap<string, OwnerRef>,
): Map<string, Home> {
  const homes = new Map<string, Home>();
  const groups = new Map<string, { owner: OwnerRef; home: Home }>();
  // Pods of one workload share their OwnerRef: build its id once, not once per pod.
  const ids = new Map<OwnerRef, string>();
  endpoints.forEach((e, i) => {
    if (e.kind === 'External') {
      const id = externalNodeId(e.id);
      homes.set(id, {
        node: createNode({
          id,
          kind: 'ipblock',
          label: e.id,
          detail: 'External endpoint',
          endpoints: [e.id],
        }),
        pods: [],
        others: [i],
      });
      return;
    }
    const owner: OwnerRef | undefined =
      e.kind === 'Pod'
        ? owners.get(e.id)
        : { namespace: e.namespace ?? '', kind: e.kind, name: e.name };
    if (!owner) {
      const id = podNodeId(e.id);
      homes.set(id, {
        node: podNode(e),
        ...(e.namespace !== undefined ? { namespace: e.namespace } : {}),
        pods: [],
        others: [i],
      });
      return;
    }
    let id = ids.get(owner);
    if (id === undefined) ids.set(owner, (id = workloadNodeId(owner)));
    let group = groups.get(id);
    if (!group) {
      const home: Home = {
        node: createNode({
          id,
          kind: 'workload',
          parent: namespaceNodeId(owner.namespace),
          label: owner.name,
        }),
        namespace: owner.namespace,
        pods: [],
        others: [],
      };
      group = { owner, home };
      groups.set(id, group);
      homes.set(id, home);
    }
    (e.kind === 'Pod' ? group.home.pods : group.home.others).push(i);
  });

  for (const { owner, home } of groups.values()) {
    const held = [...home.others, ...home.pods].map((i) => endpoints[i]!);
    home.node.endpoints = held.map((e) => e.id);
    home.node.detail = workloadDetail(owner.kind, home.pods.length, held);
    home.node.ports = containerPortChips(held);
  }
  return homes;
}

/** `Deployment ×3`: the pods of the dump, else the template's replicas; a DaemonSet runs per node. */
function workloadDetail(kind: string, pods: number, held: readonly Endpoint[]): string {
  if (pods > 0) return `${kind} ×${pods}`;
  const replicas = held[0]?.replicas;
  return replicas !== undefined ? `${kind} ×${replicas}` : kind;
}

function podNode(e: Endpoint, owner?: string): GraphNode {
  const ip = e.ips[0];
  return createNode({
    id: podNodeId(e.id),
    kind: 'pod',
    label: e.name,
    detail: ip ? `Pod ${ip}` : 'Pod',
    ...(e.namespace !== undefined ? { parent: namespaceNodeId(e.namespace) } : {}),
    ports: containerPortChips([e]),
    endpoints: [e.id],
    ...(owner ? { owner } : {}),
  });
}

function containerPortChips(held: readonly Endpoint[]): PortChip[] {
  const seen = new Set<string>();
  const ports = [];
  for (const e of held) {
    for (const p of e.ports) {
      const key = `${p.port}/${p.protocol}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ports.push({ port: p.port, protocol: p.protocol });
    }
  }
  return uniquePorts(ports).map((p) => ({ text: formatPort(p) }));
}

function serviceNode(report: ServiceReport): GraphNode {
  const ports: PortChip[] = [];
  for (const p of report.ports) {
    // A named targetPort shows its number when every backend resolves it to the same one.
    const resolved = new Set(
      p.backends.flatMap((b) => (b.targetPort === undefined ? [] : [b.targetPort])),
    );
    const target =
      typeof p.targetPort === 'string' && resolved.size === 1 ? [...resolved][0]! : p.targetPort;
    ports.push({
      text: target === p.port ? `${p.port}/${p.protocol}` : `${p.port} → ${target}/${p.protocol}`,
    });
    if (p.nodePort !== undefined) ports.push({ text: `nodePort ${p.nodePort}` });
  }
  const badges: GraphNode['badges'] = [];
  if (report.type !== 'ExternalName' && report.backends.length === 0) badges.push('no-backends');
  if (report.ports.some((p) => p.backends.some((b) => b.targetPort === undefined)))
    badges.push('unresolved-target-port');
  if (report.externallyReachable) badges.push('externally-reachable');
  const detail =
    report.type === 'ExternalName'
      ? `ExternalName → ${report.externalName ?? '?'}`
      : report.headless
        ? `${report.type} · headless`
        : report.type;
  return createNode({
    id: serviceNodeId(report),
    kind: 'service',
    parent: namespaceNodeId(report.namespace),
    label: report.name,
    detail,
    ports,
    badges,
  });
}

function namespaceDetail(inside: readonly GraphNode[]): string {
  const count = (kind: GraphNode['kind']) => inside.filter((n) => n.kind === kind).length;
  return [
    plural(count('workload'), 'workload'),
    plural(count('pod'), 'pod'),
    plural(count('service'), 'Service'),
  ]
    .filter((s) => s !== '')
    .join(' · ');
}

function plural(n: number, word: string): string {
  return n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`;
}
