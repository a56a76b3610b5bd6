import type { ServiceReport } from '../../evaluate/types';

/** Kubernetes' default `sessionAffinityConfig.clientIP.timeoutSeconds` (3 hours). */
export const DEFAULT_AFFINITY_TIMEOUT_SECONDS = 10_800;

export interface DnsNames {
  /** From a pod in the same namespace. */
  short: string;
  /** From another namespace. */
  crossNamespace: string;
  fqdn: string;
  /** Per-pod names (headless Service of a StatefulSet). */
  pods: string[];
}

/**
 * The names a client can use for a Service.
 *
 * @example
 * dnsNames(apiServer) // → { short: 'api-server', crossNamespace: 'api-server.production',
 *                     //     fqdn: 'api-server.production.svc.cluster.local', pods: [] }
 */
export function dnsNames(s: ServiceReport): DnsNames {
  return {
    short: s.name,
    crossNamespace: `${s.name}.${s.namespace}`,
    fqdn: s.dns,
    pods: s.podDNS,
  };
}

/** `None`, or `ClientIP (timeout 600 s)` with Kubernetes' default when none is written. */
export function affinityText(s: ServiceReport): string {
  if (s.sessionAffinity === 'None') return 'None';
  const seconds = s.sessionAffinityTimeoutSeconds;
  return seconds === undefined
    ? `ClientIP (timeout ${DEFAULT_AFFINITY_TIMEOUT_SECONDS} s, the default)`
    : `ClientIP (timeout ${seconds} s)`;
}

/** The graph's Service node id → the report's id (`svc:ns/name` → `ns/name`). */
export function serviceIdOfNode(nodeId: string): string | undefined {
  return nodeId.startsWith('svc:') ? nodeId.slice(4) : undefined;
}
