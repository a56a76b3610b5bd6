import type { AnalysisSnapshot } from '../../worker/snapshot';
import type { Namespace } from '../../model/types';

export interface NamespaceFacts {
  namespace: Namespace | undefined;
  endpoints: number;
  /** Replicas summed over workloads (a Pod counts 1), so "how many pods" reads right. */
  pods: number;
  services: number;
  /** `ns/name` of its NetworkPolicies. */
  policies: string[];
}

/** The graph's namespace node id → the namespace name (`ns:production` → `production`). */
export function namespaceOfNode(nodeId: string): string {
  return nodeId.startsWith('ns:') ? nodeId.slice(3) : nodeId;
}

/** Labels and counts of one namespace, from the snapshot. */
export function namespaceFacts(snapshot: AnalysisSnapshot, name: string): NamespaceFacts {
  const endpoints = snapshot.endpoints.filter((e) => e.namespace === name);
  return {
    namespace: snapshot.namespaces.find((n) => n.name === name),
    endpoints: endpoints.length,
    pods: endpoints.reduce((sum, e) => sum + (e.kind === 'Pod' ? 1 : (e.replicas ?? 1)), 0),
    services: snapshot.services.filter((s) => s.namespace === name).length,
    policies: snapshot.policies.filter((p) => p.startsWith(`${name}/`)),
  };
}
