import type { Diagnostic, SourceRange } from './diagnostic';
import {
  NAMESPACE_NAME_LABEL,
  type Cluster,
  type Endpoint,
  type ManifestObjects,
  type Namespace,
  type Pod,
  type Workload,
} from './types';
import { keepSameItems, keepSameNamespaces, sameItems } from './keep-unchanged';

export interface BuildClusterOptions {
  /** External client/destination IPs, each an endpoint whose id is the IP text. */
  externals?: readonly string[];
  /**
   * The cluster built last time with the same externals. Whatever is built from the same parsed
   * objects as then is that cluster's own array or map, so that the evaluator, comparing by
   * identity, can tell that an edit changed only the policies.
   */
  previous?: Cluster;
}

export interface BuiltCluster {
  cluster: Cluster;
  diagnostics: Diagnostic[];
}

/**
 * Assembles parsed objects into the cluster the evaluator sees: namespaces (declared or only
 * referenced), and endpoints — Pods as they are, and workloads standing for pods the input does not
 * contain. A workload folds into its owner when the owner is in the input (a Deployment's
 * ReplicaSet, a CronJob's Job), and disappears when some Pod in the input belongs to it, so no pod
 * is counted twice.
 */
export function buildCluster(
  objects: ManifestObjects,
  options: BuildClusterOptions = {},
): BuiltCluster {
  const diagnostics: Diagnostic[] = [];
  const pods = dedupe(objects.pods, 'Pod', diagnostics);
  const workloads = dedupe(objects.workloads, null, diagnostics);
  const namespaces = collectNamespaces(objects, diagnostics);

  const previous = options.previous;
  const endpoints =
    previous && sameItems(pods, previous.pods) && sameItems(workloads, previous.workloads)
      ? previous.endpoints
      : buildEndpoints(pods, workloads, options.externals ?? []);

  const cluster: Cluster = {
    namespaces: keepSameNamespaces(namespaces, previous?.namespaces),
    endpoints,
    services: keepSameItems(dedupe(objects.services, 'Service', diagnostics), previous?.services),
    serviceEndpoints: keepSameItems(objects.serviceEndpoints, previous?.serviceEndpoints),
    policies: dedupe(objects.policies, 'NetworkPolicy', diagnostics),
    ingresses: keepSameItems(objects.ingresses, previous?.ingresses),
    pods: keepSameItems(pods, previous?.pods),
    workloads: keepSameItems(workloads, previous?.workloads),
    skipped: keepSameItems(objects.skipped, previous?.skipped),
  };
  return { cluster, diagnostics };
}

/** Pods as they are, then workloads standing for pods the input lacks, then externals; by id. */
function buildEndpoints(
  pods: readonly Pod[],
  workloads: readonly Workload[],
  externals: readonly string[],
): Endpoint[] {
  const workloadByKey = new Map(
    workloads.map((w) => [workloadKey(w.namespace, w.kind, w.name), w]),
  );
  const ownerOf = (w: { namespace: string; ownerReferences: Workload['ownerReferences'] }) => {
    for (const ref of w.ownerReferences) {
      const owner = workloadByKey.get(workloadKey(w.namespace, ref.kind, ref.name));
      if (owner) return owner;
    }
    return undefined;
  };
  /** The outermost workload in the input that a workload folds into. */
  const rootOf = (w: Workload): Workload => {
    const seen = new Set<Workload>();
    let current = w;
    for (let owner = ownerOf(current); owner && !seen.has(owner); owner = ownerOf(current)) {
      seen.add(current);
      current = owner;
    }
    return current;
  };

  const membersOf = new Map<Workload, string[]>();
  const withPods = new Set<Workload>();
  for (const pod of pods) {
    const owner = podOwner(pod, workloadByKey);
    if (!owner) continue;
    const root = rootOf(owner);
    withPods.add(root);
  }

  const endpoints: Endpoint[] = pods.map(podEndpoint);
  for (const w of workloads) {
    const root = rootOf(w);
    if (root !== w) {
      const list = membersOf.get(root) ?? [];
      list.push(`${w.namespace}/${w.kind}/${w.name}`);
      membersOf.set(root, list);
    }
  }
  for (const w of workloads) {
    if (rootOf(w) !== w || withPods.has(w)) continue;
    endpoints.push(workloadEndpoint(w, membersOf.get(w)));
  }
  for (const ip of externals) {
    endpoints.push({
      id: ip,
      kind: 'External',
      name: ip,
      labels: {},
      ports: [],
      ips: [ip],
      hostNetwork: false,
    });
  }
  endpoints.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return endpoints;
}

function workloadKey(namespace: string, kind: string, name: string): string {
  return `${namespace}\u0000${kind}\u0000${name}`;
}

/**
 * The workload a Pod names in its ownerReferences. Only objects in the input count: a Pod whose
 * ReplicaSet is missing does not replace the Deployment, as the CLI contract words it (the link
 * exists only through the ReplicaSet's own ownerReferences).
 */
function podOwner(pod: Pod, workloads: ReadonlyMap<string, Workload>): Workload | undefined {
  for (const ref of pod.ownerReferences) {
    const owner = workloads.get(workloadKey(pod.namespace, ref.kind, ref.name));
    if (owner) return owner;
  }
  return undefined;
}

function podEndpoint(pod: Pod): Endpoint {
  const ips = pod.ips.length > 0 ? pod.ips : pod.ip ? [pod.ip] : [];
  return {
    id: `${pod.namespace}/${pod.name}`,
    kind: 'Pod',
    namespace: pod.namespace,
    name: pod.name,
    labels: pod.labels,
    ports: pod.ports,
    ips,
    hostNetwork: pod.hostNetwork,
    source: pod.source,
  };
}

function workloadEndpoint(w: Workload, members: string[] | undefined): Endpoint {
  return {
    id: `${w.namespace}/${w.kind}/${w.name}`,
    kind: w.kind,
    namespace: w.namespace,
    name: w.name,
    labels: w.labels,
    ports: w.ports,
    ips: [],
    hostNetwork: w.hostNetwork,
    ...(w.replicas !== undefined ? { replicas: w.replicas } : {}),
    ...(members ? { members } : {}),
    ...(w.serviceName !== undefined ? { serviceName: w.serviceName } : {}),
    source: w.source,
  };
}

function collectNamespaces(
  objects: ManifestObjects,
  diagnostics: Diagnostic[],
): Map<string, Namespace> {
  const namespaces = new Map<string, Namespace>();
  for (const ns of dedupe(objects.namespaces, 'Namespace', diagnostics)) {
    namespaces.set(ns.name, { ...ns, labels: { ...ns.labels, [NAMESPACE_NAME_LABEL]: ns.name } });
  }
  const referenced = [
    ...objects.pods,
    ...objects.workloads,
    ...objects.services,
    ...objects.serviceEndpoints,
    ...objects.policies,
    ...objects.ingresses,
  ];
  for (const o of referenced) {
    if (!namespaces.has(o.namespace)) {
      namespaces.set(o.namespace, {
        name: o.namespace,
        labels: { [NAMESPACE_NAME_LABEL]: o.namespace },
        declared: false,
      });
    }
  }
  return new Map([...namespaces].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Keeps the last of objects with the same kind, namespace and name (as `kubectl apply` of the
 * files in order would) and warns about the earlier ones.
 */
function dedupe<
  T extends { name: string; namespace?: string; kind?: string; source?: SourceRange },
>(items: readonly T[], kind: string | null, diagnostics: Diagnostic[]): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const k = kind ?? item.kind ?? '';
    const key = workloadKey(item.namespace ?? '', k, item.name);
    const previous = byKey.get(key);
    if (previous?.source) {
      diagnostics.push({
        ...previous.source,
        severity: 'warning',
        message: 'defined again later; the later definition replaces this one',
        object: `${k} ${item.namespace ? `${item.namespace}/` : ''}${item.name}`,
      });
    }
    byKey.set(key, item);
  }
  return [...byKey.values()];
}
