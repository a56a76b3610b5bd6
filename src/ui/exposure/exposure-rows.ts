import type { ServicePortReport, ServiceReport } from '../../evaluate/types';

/** Whether one backend's ingress lets outside clients in on the port's target port. */
export interface BackendAdmission {
  endpoint: string;
  /** `443 → 8080/TCP` */
  port: string;
  /** Resolved on this backend; undefined when a named targetPort is missing there. */
  targetPort?: number;
  admitsOutside: boolean;
}

export interface ExposureRow {
  id: string;
  /** Graph node id: `svc:<ns>/<name>`. */
  nodeId: string;
  namespace: string;
  name: string;
  type: string;
  /** How it is reachable from outside, one line per way. */
  how: string[];
  ports: string[];
  backends: BackendAdmission[];
  externallyReachable: boolean;
  /** Why it is or is not reachable, in words. */
  reason: string;
}

export interface ExposureSummary {
  rows: ExposureRow[];
  /** ClusterIP Services (headless included): reachable only from inside the cluster. */
  internalOnly: number;
  /** ExternalName Services: DNS aliases, nothing to expose. */
  externalName: number;
}

/** `80 → 8080/TCP`, or `53/UDP` when the target port is the port. */
export function servicePortText(p: ServicePortReport): string {
  const target = String(p.targetPort) === String(p.port) ? '' : ` → ${p.targetPort}`;
  return `${p.port}${target}/${p.protocol}`;
}

/**
 * How a Service is reachable from outside the cluster, one line per way.
 *
 * @example
 * exposureLines(lbWithoutRanges)
 * // → ['LoadBalancer 443/TCP, open to 0.0.0.0/0 — no loadBalancerSourceRanges']
 */
export function exposureLines(s: ServiceReport): string[] {
  const lines: string[] = [];
  for (const p of s.ports) {
    if (p.nodePort !== undefined)
      lines.push(`NodePort ${p.nodePort} on every node → ${p.port}/${p.protocol}`);
    else if (s.type === 'NodePort')
      lines.push(`NodePort (allocated by the cluster) on every node → ${p.port}/${p.protocol}`);
  }
  if (s.exposedVia.includes('LoadBalancer')) {
    const ports = s.ports.map((p) => `${p.port}/${p.protocol}`).join(', ');
    lines.push(
      s.loadBalancerSourceRanges.length > 0
        ? `LoadBalancer ${ports} from ${s.loadBalancerSourceRanges.join(', ')}`
        : `LoadBalancer ${ports}, open to 0.0.0.0/0 — no loadBalancerSourceRanges`,
    );
  }
  if (s.exposedVia.includes('externalIPs'))
    lines.push(
      `externalIPs ${s.externalIPs.join(', ')} on ${s.ports.map((p) => `${p.port}/${p.protocol}`).join(', ')}`,
    );
  return lines;
}

/** Every backend on every port, with whether its ingress admits outside clients there. */
export function backendAdmissions(s: ServiceReport): BackendAdmission[] {
  return s.ports.flatMap((p) =>
    p.backends.map((b) => ({
      endpoint: b.endpoint,
      port: servicePortText(p),
      ...(b.targetPort !== undefined ? { targetPort: b.targetPort } : {}),
      admitsOutside: b.admitsOutside,
    })),
  );
}

function reasonOf(s: ServiceReport, backends: readonly BackendAdmission[]): string {
  if (s.externallyReachable) return 'some backend admits outside clients on its target port';
  if (backends.length === 0) return 'no backends behind it';
  return "no backend's ingress admits outside clients on the target port";
}

/**
 * The exposure table: every Service exposed via NodePort, LoadBalancer or externalIPs, sorted by
 * id, plus how many stay internal.
 */
export function exposureRows(services: readonly ServiceReport[]): ExposureSummary {
  const rows = services
    .filter((s) => s.exposedVia.length > 0)
    .map((s): ExposureRow => {
      const backends = backendAdmissions(s);
      return {
        id: s.id,
        nodeId: `svc:${s.id}`,
        namespace: s.namespace,
        name: s.name,
        type: s.type,
        how: exposureLines(s),
        ports: s.ports.map(servicePortText),
        backends,
        externallyReachable: s.externallyReachable,
        reason: reasonOf(s, backends),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const internal = services.filter((s) => s.exposedVia.length === 0);
  return {
    rows,
    internalOnly: internal.filter((s) => s.type === 'ClusterIP').length,
    externalName: internal.filter((s) => s.type === 'ExternalName').length,
  };
}
