/**
 * netpol-analyzer's peer names, `ns/name[Kind]`, for reachmap endpoints. netpol-analyzer reports
 * a Pod as its controller owner — the `ownerReferences` entry with `controller: true`, taken as
 * written (a Deployment's pod appears as its ReplicaSet `web-5d4f8c`, not as the Deployment),
 * unless that owner is a Node (static pods) — and a Pod without such an owner as itself
 * (`ns/pod[Pod]`). A workload given as a manifest is reported under its own name and kind.
 */
import type { Cluster, Endpoint, Pod } from '../model/types';
import type { ExpectedPeer } from './corpus';

export function expectedPeerName(p: ExpectedPeer): string {
  switch (p.type) {
    case 'workload':
      return `${p.namespace}/${p.name}[${p.kind}]`;
    case 'ip':
      return `${p.first}-${p.last}[External]`;
    case 'ingress-controller':
      return '{ingress-controller}';
  }
}

/** netpol-analyzer's WorkloadPeer: the owner's name and kind, each falling back to the Pod's. */
export function podWorkloadName(pod: Pod): string {
  const owner = pod.ownerReferences.find((r) => r.controller === true);
  if (!owner || owner.kind === 'Node') return `${pod.namespace}/${pod.name}[Pod]`;
  return `${pod.namespace}/${owner.name || pod.name}[${owner.kind || 'Pod'}]`;
}

/** Name per endpoint index; undefined for External endpoints (matched by address instead). */
export function endpointNames(cluster: Cluster): (string | undefined)[] {
  const pods = new Map(cluster.pods.map((p) => [`${p.namespace}/${p.name}`, p]));
  return cluster.endpoints.map((e: Endpoint) => {
    if (e.kind === 'External') return undefined;
    if (e.kind === 'Pod') {
      const pod = pods.get(e.id);
      return pod ? podWorkloadName(pod) : `${e.namespace}/${e.name}[Pod]`;
    }
    return `${e.namespace}/${e.name}[${e.kind}]`;
  });
}
