import type { Cluster, Endpoint, Service, ServiceEndpoints, ServicePort } from '../model/types';
import { admitsOutsideClients } from './exposure';
import type { Reachability } from './reachability';
import type { ServiceBackend, ServicePortReport, ServiceReport } from './types';

const CLUSTER_DOMAIN = 'svc.cluster.local';

/** Every Service with its backends, port mapping per backend, DNS names and exposure. */
export function reportServices(cluster: Cluster, reachability: Reachability): ServiceReport[] {
  const byId = new Map(cluster.endpoints.map((e) => [e.id, e]));
  return [...cluster.services]
    .sort((a, b) => compareText(`${a.namespace}/${a.name}`, `${b.namespace}/${b.name}`))
    .map((svc) => reportService(svc, cluster, byId, reachability));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Backend ids: selector matches in the Service's namespace, or what Endpoints/EndpointSlices name. */
export function serviceBackends(svc: Service, cluster: Cluster): string[] {
  const kept = backendsKept.get(svc);
  if (
    kept &&
    kept.endpoints === cluster.endpoints &&
    kept.serviceEndpoints === cluster.serviceEndpoints
  )
    return [...kept.ids];
  const ids = findBackends(svc, cluster);
  backendsKept.set(svc, {
    endpoints: cluster.endpoints,
    serviceEndpoints: cluster.serviceEndpoints,
    ids,
  });
  return [...ids];
}

/**
 * The last backends found per Service, with what they were found in. A policy edit leaves the
 * Services, endpoints and Endpoints objects as the same objects (see src/model/keep-unchanged.ts),
 * and every analysis, graph and lint asks again: matching 300 selectors against 1,000 endpoints
 * on each keystroke was the largest part of reporting Services.
 */
const backendsKept = new WeakMap<
  Service,
  { endpoints: readonly Endpoint[]; serviceEndpoints: readonly ServiceEndpoints[]; ids: string[] }
>();

/** Endpoints by namespace, per endpoint list (a selector only looks in its Service's namespace). */
const byNamespaceKept = new WeakMap<readonly Endpoint[], Map<string, Endpoint[]>>();

function endpointsIn(namespace: string, endpoints: readonly Endpoint[]): readonly Endpoint[] {
  let index = byNamespaceKept.get(endpoints);
  if (!index) {
    index = new Map();
    for (const e of endpoints) {
      if (e.kind === 'External' || e.namespace === undefined) continue;
      const list = index.get(e.namespace);
      if (list) list.push(e);
      else index.set(e.namespace, [e]);
    }
    byNamespaceKept.set(endpoints, index);
  }
  return index.get(namespace) ?? [];
}

function findBackends(svc: Service, cluster: Cluster): string[] {
  if (svc.type === 'ExternalName') return [];
  if (svc.selector) {
    const selector = Object.entries(svc.selector);
    return endpointsIn(svc.namespace, cluster.endpoints)
      .filter((e) => selector.every(([k, v]) => Object.hasOwn(e.labels, k) && e.labels[k] === v))
      .map((e) => e.id);
  }
  const ids = new Set<string>();
  for (const eps of cluster.serviceEndpoints) {
    if (eps.namespace !== svc.namespace || eps.serviceName !== svc.name) continue;
    for (const a of eps.addresses) {
      ids.add(
        a.targetRef?.kind === 'Pod'
          ? `${a.targetRef.namespace ?? eps.namespace}/${a.targetRef.name}`
          : a.ip,
      );
    }
  }
  return [...ids].sort(compareText);
}

/** A named targetPort resolves per backend, by name and protocol; a number is used as is. */
function resolveTargetPort(
  port: ServicePort,
  backend: Endpoint | undefined,
  svc: Service,
  cluster: Cluster,
) {
  if (typeof port.targetPort === 'number') return port.targetPort;
  if (backend) {
    return backend.ports.find((p) => p.name === port.targetPort && p.protocol === port.protocol)
      ?.port;
  }
  // An address without a Pod: the Endpoints object says which port the name stands for.
  for (const eps of cluster.serviceEndpoints) {
    if (eps.namespace !== svc.namespace || eps.serviceName !== svc.name) continue;
    const p = eps.ports.find((x) => x.name === port.name && x.protocol === port.protocol);
    if (p) return p.port;
  }
  return undefined;
}

function reportService(
  svc: Service,
  cluster: Cluster,
  byId: ReadonlyMap<string, Endpoint>,
  reachability: Reachability,
): ServiceReport {
  const backends = serviceBackends(svc, cluster);
  const problems: string[] = [];
  const ports: ServicePortReport[] = svc.ports.map((port) => {
    const perBackend: ServiceBackend[] = backends.map((id) => {
      const endpoint = byId.get(id);
      const targetPort = resolveTargetPort(port, endpoint, svc, cluster);
      if (targetPort === undefined) {
        problems.push(
          `targetPort ${String(port.targetPort)} is not a ${port.protocol} container port of ${id}`,
        );
        return { endpoint: id, admitsOutside: false };
      }
      const admitsOutside = endpoint
        ? admitsOutsideClients(
            endpoint,
            { port: targetPort, protocol: port.protocol },
            reachability.policies,
            reachability.context,
          )
        : true;
      return { endpoint: id, targetPort, admitsOutside };
    });
    return {
      ...(port.name !== undefined ? { name: port.name } : {}),
      port: port.port,
      targetPort: port.targetPort,
      protocol: port.protocol,
      ...(port.nodePort !== undefined ? { nodePort: port.nodePort } : {}),
      backends: perBackend,
    };
  });
  if (svc.type !== 'ExternalName' && backends.length === 0) {
    problems.push(
      svc.selector
        ? 'the selector matches no pod or workload'
        : 'no Endpoints or EndpointSlice names a backend',
    );
  }
  const exposedVia: ServiceReport['exposedVia'] = [];
  if (svc.type === 'NodePort') exposedVia.push('NodePort');
  if (svc.type === 'LoadBalancer') exposedVia.push('LoadBalancer');
  if (svc.externalIPs.length > 0 && svc.type !== 'ExternalName') exposedVia.push('externalIPs');
  const externallyReachable =
    exposedVia.length > 0 && ports.some((p) => p.backends.some((b) => b.admitsOutside));
  return {
    id: `${svc.namespace}/${svc.name}`,
    namespace: svc.namespace,
    name: svc.name,
    type: svc.type,
    dns: `${svc.name}.${svc.namespace}.${CLUSTER_DOMAIN}`,
    ...(svc.clusterIP !== undefined ? { clusterIP: svc.clusterIP } : {}),
    headless: svc.headless,
    ...(svc.externalName !== undefined ? { externalName: svc.externalName } : {}),
    externalIPs: [...svc.externalIPs],
    loadBalancerSourceRanges: [...svc.loadBalancerSourceRanges],
    sessionAffinity: svc.sessionAffinity,
    ...(svc.sessionAffinityTimeoutSeconds !== undefined
      ? { sessionAffinityTimeoutSeconds: svc.sessionAffinityTimeoutSeconds }
      : {}),
    ports,
    backends,
    podDNS: podDNSNames(svc, cluster),
    externallyReachable,
    exposedVia,
    problems,
  };
}

/**
 * Per-pod names: `<pod>.<svc>.<ns>.svc.cluster.local` for the pods of a StatefulSet whose
 * serviceName is this headless Service, and `<hostname>.<subdomain>...` for pods that set both.
 */
function podDNSNames(svc: Service, cluster: Cluster): string[] {
  if (!svc.headless) return [];
  const suffix = `${svc.name}.${svc.namespace}.${CLUSTER_DOMAIN}`;
  const names = new Set<string>();
  for (const sts of cluster.workloads) {
    if (
      sts.kind !== 'StatefulSet' ||
      sts.namespace !== svc.namespace ||
      sts.serviceName !== svc.name
    )
      continue;
    const pods = cluster.pods.filter(
      (p) =>
        p.namespace === sts.namespace &&
        p.ownerReferences.some((r) => r.kind === 'StatefulSet' && r.name === sts.name),
    );
    if (pods.length > 0) for (const p of pods) names.add(`${p.name}.${suffix}`);
    else for (let i = 0; i < (sts.replicas ?? 1); i++) names.add(`${sts.name}-${i}.${suffix}`);
  }
  for (const p of cluster.pods) {
    if (p.namespace === svc.namespace && p.subdomain === svc.name && p.hostname)
      names.add(`${p.hostname}.${suffix}`);
  }
  return [...names].sort(compareText);
}
