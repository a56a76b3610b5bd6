import type { Endpoint, Service } from '../model/types';
import { firstAdmittingPort, policySelects } from '../evaluate/rules';
import type { Probe, ServicePortReport, ServiceReport } from '../evaluate/types';
import {
  addressesWithin,
  ruleAddresses,
  unionAddresses,
  NO_ADDRESSES,
  PUBLIC_V4,
} from './address-set';
import { joinAnd, makeFinding, serviceObject, type FindingContext } from './context';
import { blockedPorts, type BlockedPort } from './services';
import type { Finding, FindingRule } from './types';

export const EXPOSURE_RULES = {
  nodePortOutOfRange: {
    id: 'node-port-out-of-range',
    severity: 'warning',
    summary:
      'A nodePort outside the default range 30000-32767, which the API server rejects unless the range was widened.',
  },
  nodePortDuplicate: {
    id: 'node-port-duplicate',
    severity: 'error',
    summary: 'The same nodePort on two Services (or twice on one for the same protocol).',
  },
  loadBalancerWithoutSourceRanges: {
    id: 'load-balancer-without-source-ranges',
    severity: 'info',
    summary:
      'A LoadBalancer whose backends admit outside clients and that sets no loadBalancerSourceRanges.',
  },
  exposedButUnreachable: {
    id: 'exposed-but-unreachable',
    severity: 'warning',
    summary:
      "A NodePort/LoadBalancer/externalIPs Service whose backends' policies admit no client outside the cluster.",
  },
  exposedToInternet: {
    id: 'exposed-to-internet',
    severity: 'warning',
    summary:
      "A NodePort/LoadBalancer/externalIPs Service whose backends' policies admit every public address.",
  },
} as const satisfies Record<string, FindingRule>;

const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;

/** Annotations that make a cloud load balancer internal (no public address). */
const INTERNAL_LB: readonly [string, (v: string) => boolean][] = [
  ['service.beta.kubernetes.io/aws-load-balancer-internal', (v) => v !== 'false'],
  ['service.beta.kubernetes.io/aws-load-balancer-scheme', (v) => v === 'internal'],
  ['networking.gke.io/load-balancer-type', (v) => v.toLowerCase() === 'internal'],
  ['cloud.google.com/load-balancer-type', (v) => v.toLowerCase() === 'internal'],
  ['service.beta.kubernetes.io/azure-load-balancer-internal', (v) => v === 'true'],
  ['service.beta.kubernetes.io/oci-load-balancer-internal', (v) => v === 'true'],
  ['service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type', (v) => v === 'private'],
];
/** The older, annotation form of spec.loadBalancerSourceRanges, still honoured by providers. */
const SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';

export function exposureFindings(fc: FindingContext): Finding[] {
  const { cluster, services } = fc.analysis;
  const byId = new Map(cluster.endpoints.map((e) => [e.id, e]));
  const reports = new Map(services.map((r) => [r.id, r]));
  const out = nodePortFindings(cluster.services);
  const blocked = blockedPorts(fc);
  for (const svc of cluster.services) {
    const report = reports.get(`${svc.namespace}/${svc.name}`);
    if (!report || report.exposedVia.length === 0) continue;
    out.push(...exposedFindings(fc, svc, report, byId, blocked));
  }
  return out;
}

function nodePortFindings(services: readonly Service[]): Finding[] {
  const out: Finding[] = [];
  // Node ports are allocated by number alone: the same one for TCP and UDP on two Services clashes.
  const first = new Map<number, Service>();
  for (const svc of services) {
    if (svc.type !== 'NodePort' && svc.type !== 'LoadBalancer') continue;
    const seenHere = new Set<string>();
    for (const port of svc.ports) {
      const n = port.nodePort;
      if (n === undefined) continue;
      const id = `${svc.namespace}/${svc.name}`;
      if (n < NODE_PORT_MIN || n > NODE_PORT_MAX) {
        out.push(
          makeFinding(
            EXPOSURE_RULES.nodePortOutOfRange,
            `Service ${id} asks for nodePort ${n}, outside the default range ${NODE_PORT_MIN}-${NODE_PORT_MAX}; the API server rejects it unless --service-node-port-range was widened.`,
            [serviceObject(svc)],
            svc.source,
          ),
        );
      }
      const key = `${n}/${port.protocol}`;
      if (seenHere.has(key)) {
        out.push(
          makeFinding(
            EXPOSURE_RULES.nodePortDuplicate,
            `Service ${id} uses nodePort ${n}/${port.protocol} twice; the API server rejects it.`,
            [serviceObject(svc)],
            svc.source,
          ),
        );
      }
      seenHere.add(key);
      const owner = first.get(n);
      if (owner && owner !== svc) {
        out.push(
          makeFinding(
            EXPOSURE_RULES.nodePortDuplicate,
            `Service ${id} uses nodePort ${n}, already allocated to Service ${owner.namespace}/${owner.name}; whichever is applied second is rejected.`,
            [serviceObject(svc), serviceObject(owner)],
            svc.source,
          ),
        );
      } else if (!owner) first.set(n, svc);
    }
  }
  return out;
}

function isInternalLoadBalancer(svc: Service): boolean {
  return INTERNAL_LB.some(([key, test]) => {
    const v = svc.annotations[key];
    return v !== undefined && test(v);
  });
}

function hasSourceRanges(svc: Service): boolean {
  return (
    svc.loadBalancerSourceRanges.length > 0 ||
    (svc.annotations[SOURCE_RANGES_ANNOTATION] ?? '').trim() !== ''
  );
}

function describePort(port: ServicePortReport): string {
  const node = port.nodePort !== undefined ? `, nodePort ${port.nodePort}` : '';
  return `${port.port} → ${String(port.targetPort)}/${port.protocol}${node}`;
}

function exposedFindings(
  fc: FindingContext,
  svc: Service,
  report: ServiceReport,
  byId: ReadonlyMap<string, Endpoint>,
  blocked: (port: ServicePortReport) => BlockedPort | undefined,
): Finding[] {
  const id = report.id;
  const via = joinAnd(report.exposedVia);
  // Backends whose target port did not resolve are the target-port rules' business, and ports no
  // one at all may use are service-port-blocked's.
  const ports = report.ports
    .filter((p) => !blocked(p))
    .map((p) => ({ port: p, backends: p.backends.filter((b) => b.targetPort !== undefined) }))
    .filter((p) => p.backends.length > 0);
  if (ports.length === 0) return [];
  const object = serviceObject(svc);
  const out: Finding[] = [];

  const closed = ports.filter((p) => !p.backends.some((b) => b.admitsOutside));
  if (closed.length > 0) {
    const outcome =
      closed.length === ports.length
        ? 'so nothing outside can use it'
        : 'though its other ports admit some';
    out.push(
      makeFinding(
        EXPOSURE_RULES.exposedButUnreachable,
        `Service ${id} is exposed via ${via}, but its backends' ingress policies admit no client outside the cluster on ${closed.map((p) => describePort(p.port)).join('; ')}, ${outcome}.`,
        [object],
        svc.source,
      ),
    );
  }
  if (closed.length === ports.length) return out;

  const internal = svc.type === 'LoadBalancer' && isInternalLoadBalancer(svc);
  if (svc.type === 'LoadBalancer' && !internal && !hasSourceRanges(svc)) {
    out.push(
      makeFinding(
        EXPOSURE_RULES.loadBalancerWithoutSourceRanges,
        `LoadBalancer Service ${id} sets no loadBalancerSourceRanges, so its load balancer accepts every client address and only the backends' NetworkPolicies can narrow them.`,
        [object],
        svc.source,
      ),
    );
  }
  // Source ranges on the load balancer, or an internal one, already narrow who reaches it.
  const narrowed =
    svc.type === 'LoadBalancer' &&
    (internal || hasSourceRanges(svc)) &&
    svc.externalIPs.length === 0;
  if (narrowed) return out;
  const open = ports.filter((p) =>
    p.backends.some((b) => {
      const e = byId.get(b.endpoint);
      return (
        !e || admitsEveryPublicAddress(fc, e, { port: b.targetPort!, protocol: p.port.protocol })
      );
    }),
  );
  if (open.length > 0) {
    const through = joinAnd(
      [
        ...(svc.type === 'NodePort' || svc.type === 'LoadBalancer' ? ['a node'] : []),
        ...(svc.type === 'LoadBalancer' ? ['the load balancer'] : []),
        ...(svc.externalIPs.length > 0 ? ['its external IPs'] : []),
      ],
      'or',
    );
    out.push(
      makeFinding(
        EXPOSURE_RULES.exposedToInternet,
        `Service ${id} is exposed via ${via} and no NetworkPolicy narrows which addresses reach its backends on ${open.map((p) => describePort(p.port)).join('; ')}, so any client on the internet that can reach ${through} can connect.`,
        [object],
        svc.source,
      ),
    );
  }
  return out;
}

/**
 * Whether the backend's ingress admits every public IPv4 address on the probe: it is not isolated,
 * or the rules admitting the port together have no `from` or ipBlocks covering the internet.
 */
function admitsEveryPublicAddress(fc: FindingContext, e: Endpoint, probe: Probe): boolean {
  const { policies, context } = fc.analysis.reachability;
  if (e.namespace === undefined) return true;
  let isolated = false;
  let admitted = NO_ADDRESSES;
  for (const p of policies.get(e.namespace) ?? []) {
    if (!policySelects(p, 'Ingress', e, context)) continue;
    isolated = true;
    for (const rule of p.ingress) {
      if (firstAdmittingPort(rule, probe, e) === undefined) continue;
      admitted = unionAddresses(admitted, ruleAddresses(rule));
    }
  }
  return !isolated || addressesWithin(PUBLIC_V4, admitted);
}
