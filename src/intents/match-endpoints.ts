import type { Cluster, Endpoint } from '../model/types';
import { matchesSelector } from '../evaluate/selector';
import { podOwners } from '../graph/group-pods';
import type { EndpointRef } from './types';

/** Finds the endpoints an intent's side names; built once per cluster, asked once per side. */
export interface EndpointMatcher {
  /** Indices into cluster.endpoints, in endpoint order. */
  match(ref: EndpointRef): number[];
}

/**
 * The names an id reference may use for each endpoint: its own id; a workload's `ns/name` too;
 * and for a Pod that belongs to a workload (by ownerReferences, or as the graph groups a dump's
 * pods), the workload's `ns/Kind/name` and `ns/name` — so `production/frontend` means the
 * frontend Deployment whether the input has its template or its running pods.
 */
function aliasTable(cluster: Cluster): Map<string, number[]> {
  const owners = podOwners(cluster.pods, cluster.workloads);
  const table = new Map<string, number[]>();
  const add = (alias: string, index: number) => {
    const list = table.get(alias) ?? [];
    if (list[list.length - 1] !== index) list.push(index);
    table.set(alias, list);
  };
  cluster.endpoints.forEach((e, i) => {
    add(e.id, i);
    if (e.kind === 'External') return;
    if (e.kind !== 'Pod') add(`${e.namespace}/${e.name}`, i);
    for (const ip of e.ips) add(ip, i);
    for (const member of [e.id, ...(e.members ?? [])]) {
      const owner = owners.get(member);
      if (!owner) continue;
      add(`${owner.namespace}/${owner.kind}/${owner.name}`, i);
      add(`${owner.namespace}/${owner.name}`, i);
    }
  });
  for (const list of table.values()) list.sort((a, b) => a - b);
  return table;
}

function matchesRef(
  ref: Extract<EndpointRef, { kind: 'selector' }>,
  e: Endpoint,
  cluster: Cluster,
): boolean {
  // Externals have no namespace and no labels: selectors never pick them.
  if (e.kind === 'External' || e.namespace === undefined) return false;
  if (ref.namespace !== undefined && e.namespace !== ref.namespace) return false;
  if (ref.namespaceLabels) {
    const labels = cluster.namespaces.get(e.namespace)?.labels ?? {};
    if (!matchesSelector({ matchLabels: ref.namespaceLabels, matchExpressions: [] }, labels)) {
      return false;
    }
  }
  return (
    !ref.labels || matchesSelector({ matchLabels: ref.labels, matchExpressions: [] }, e.labels)
  );
}

/**
 * Resolves intent sides against a cluster. An id matches by the names `aliasTable` lists; a
 * selector matches every Pod or workload whose namespace and labels fit it (all given keys).
 *
 * @example
 * createEndpointMatcher(cluster).match({ kind: 'selector', namespace: 'monitoring' }) // [0, 1]
 */
export function createEndpointMatcher(cluster: Cluster): EndpointMatcher {
  let aliases: Map<string, number[]> | undefined;
  return {
    match(ref) {
      if (ref.kind === 'id') {
        aliases ??= aliasTable(cluster);
        return [...(aliases.get(ref.id) ?? [])];
      }
      const out: number[] = [];
      cluster.endpoints.forEach((e, i) => {
        if (matchesRef(ref, e, cluster)) out.push(i);
      });
      return out;
    },
  };
}
