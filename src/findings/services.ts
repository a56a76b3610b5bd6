import type { Endpoint, NetworkPolicy, Protocol, Service } from '../model/types';
import { firstAdmittingPort, policyId, policySelects } from '../evaluate/rules';
import type { ServicePortReport } from '../evaluate/types';
import {
  endpointObject,
  listSome,
  makeFinding,
  policyObject,
  serviceObject,
  type FindingContext,
} from './context';
import type { Finding, FindingRule } from './types';

export const SERVICE_RULES = {
  selectsNothing: {
    id: 'service-selects-nothing',
    severity: 'error',
    summary: 'A Service selector matches no pod or workload, so the Service has no backends.',
  },
  withoutEndpoints: {
    id: 'service-without-endpoints',
    severity: 'warning',
    summary: 'A Service without a selector has no Endpoints or EndpointSlice naming a backend.',
  },
  targetPortNameNotFound: {
    id: 'target-port-name-not-found',
    severity: 'error',
    summary: 'A named targetPort that no backend declares: the port has no endpoints.',
  },
  targetPortNamePartial: {
    id: 'target-port-name-partial',
    severity: 'warning',
    summary: 'A named targetPort that some backends do not declare: they get no traffic on it.',
  },
  targetPortNotDeclared: {
    id: 'target-port-not-declared',
    severity: 'warning',
    summary: 'A numeric targetPort that no backend lists among its container ports.',
  },
  portBlocked: {
    id: 'service-port-blocked',
    severity: 'warning',
    summary: "A Service port whose backends' ingress policies admit no one on the target port.",
  },
} as const satisfies Record<string, FindingRule>;

/** Service problems the ServiceReports already resolved: backends and target ports. */
export function serviceFindings(fc: FindingContext): Finding[] {
  const { cluster, services } = fc.analysis;
  const byId = new Map(cluster.endpoints.map((e) => [e.id, e]));
  const svcById = new Map(cluster.services.map((s) => [`${s.namespace}/${s.name}`, s]));
  const blocked = blockedPorts(fc);
  const out: Finding[] = [];
  for (const report of services) {
    const svc = svcById.get(report.id);
    if (!svc || report.type === 'ExternalName') continue;
    const object = serviceObject(svc);
    if (report.backends.length === 0) {
      const finding = noBackends(fc, svc, object);
      if (finding) out.push(finding);
      continue;
    }
    // Addresses without a Pod (a selector-less Service's IPs) declare no ports to check against.
    const endpoints = report.backends
      .map((id) => byId.get(id))
      .filter((e): e is Endpoint => e !== undefined);
    for (const port of report.ports) {
      const what = `Service ${report.id} port ${portName(port)}`;
      const target = checkTargetPort(port, endpoints, what);
      if (target) {
        out.push(makeFinding(target.rule, target.message, [object, ...target.objects], svc.source));
        continue;
      }
      const closed = blocked(port);
      if (closed) {
        const targets = [...new Set(closed.targets.map((t) => `${t}/${port.protocol}`))];
        out.push(
          makeFinding(
            SERVICE_RULES.portBlocked,
            `${what}: its backends are isolated for ingress by ${listSome(closed.policies.map(policyId))}, and no rule there admits ${targets.join(', ')} from anyone, so the port is unreachable.`,
            [object, ...closed.policies.map(policyObject)],
            svc.source,
          ),
        );
      }
    }
  }
  return out;
}

function noBackends(fc: FindingContext, svc: Service, object: string): Finding | undefined {
  const id = `${svc.namespace}/${svc.name}`;
  if (svc.selector) {
    // An input without any pod or workload in the namespace says nothing about what it selects.
    if ((fc.endpointsByNamespace.get(svc.namespace) ?? []).length === 0) return undefined;
    const selector = Object.entries(svc.selector)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    return makeFinding(
      SERVICE_RULES.selectsNothing,
      `Service ${id} selects ${selector}, which matches no pod or workload in namespace ${svc.namespace}, so it has no backends.`,
      [object],
      svc.source,
    );
  }
  const named = fc.analysis.cluster.serviceEndpoints.filter(
    (e) => e.namespace === svc.namespace && e.serviceName === svc.name,
  );
  const message =
    named.length === 0
      ? `Service ${id} has no selector and no Endpoints or EndpointSlice in the input names its backends, so it routes nowhere unless they are created elsewhere.`
      : `Service ${id} has no selector and its ${[...new Set(named.map((e) => e.kind))].join(' and ')} list no address, so it routes nowhere.`;
  return makeFinding(SERVICE_RULES.withoutEndpoints, message, [object], svc.source);
}

function portName(port: ServicePortReport): string {
  const name = port.name ? `${port.name} ` : '';
  return `${name}(${port.port} → ${String(port.targetPort)}/${port.protocol})`;
}

function declares(e: Endpoint, protocol: Protocol, match: (name?: string, n?: number) => boolean) {
  return e.ports.some((p) => p.protocol === protocol && match(p.name, p.port));
}

function checkTargetPort(
  port: ServicePortReport,
  backends: readonly Endpoint[],
  what: string,
): { rule: FindingRule; message: string; objects: string[] } | undefined {
  if (backends.length === 0) return undefined;
  const target = port.targetPort;
  if (typeof target === 'string') {
    const missing = backends.filter((e) => !declares(e, port.protocol, (n) => n === target));
    if (missing.length === 0) return undefined;
    const ids = missing.map((e) => e.id);
    const otherProtocol = missing.some((e) => e.ports.some((p) => p.name === target));
    const hint = otherProtocol ? ` (a port of that name exists, but not for ${port.protocol})` : '';
    if (missing.length === backends.length) {
      return {
        rule: SERVICE_RULES.targetPortNameNotFound,
        message: `${what}: no backend declares a ${port.protocol} container port named ${target}${hint}, so the port has no endpoints.`,
        objects: missing.map(endpointObject),
      };
    }
    return {
      rule: SERVICE_RULES.targetPortNamePartial,
      message: `${what}: ${listSome(ids)} declare no ${port.protocol} container port named ${target}${hint}, so they get no traffic on it while the other backends do.`,
      objects: missing.map(endpointObject),
    };
  }
  // containerPort lists are informational: only a backend that lists some port says what it serves.
  if (backends.some((e) => !e.ports.some((p) => p.protocol === port.protocol))) return undefined;
  if (backends.some((e) => declares(e, port.protocol, (_, n) => n === target))) return undefined;
  const declared = [
    ...new Set(
      backends.flatMap((e) =>
        e.ports.filter((p) => p.protocol === port.protocol).map((p) => p.port),
      ),
    ),
  ].sort((a, b) => a - b);
  return {
    rule: SERVICE_RULES.targetPortNotDeclared,
    message: `${what}: no backend lists ${target}/${port.protocol} among its container ports (they list ${declared.join(', ')}), so check that the containers listen on it.`,
    objects: backends.map(endpointObject),
  };
}

/** A Service port no one can use, with the policies that close it and its target ports. */
export interface BlockedPort {
  policies: NetworkPolicy[];
  targets: number[];
}

/**
 * Service ports nobody can use because every backend is isolated for ingress and no rule of its
 * policies admits the target port, from any peer. Only the ports matter here, so the answer holds
 * whatever pods or clients exist outside the input. Backends whose target port did not resolve
 * are the target-port rules' business and are left out.
 */
export function blockedPorts(
  fc: FindingContext,
): (port: ServicePortReport) => BlockedPort | undefined {
  const { policies, context, endpoints } = fc.analysis.reachability;
  const r = fc.analysis.reachability;
  return (port) => {
    const checked = port.backends.filter((b) => b.targetPort !== undefined);
    if (checked.length === 0) return undefined;
    const isolating = new Set<NetworkPolicy>();
    for (const b of checked) {
      const index = r.indexOf(b.endpoint);
      const e = index === undefined ? undefined : endpoints[index]!;
      if (!e || e.namespace === undefined) return undefined;
      const probe = { port: b.targetPort!, protocol: port.protocol };
      let isolated = false;
      for (const p of policies.get(e.namespace) ?? []) {
        if (!policySelects(p, 'Ingress', e, context)) continue;
        isolated = true;
        isolating.add(p);
        if (p.ingress.some((rule) => firstAdmittingPort(rule, probe, e) !== undefined))
          return undefined;
      }
      if (!isolated) return undefined;
    }
    return { policies: [...isolating], targets: checked.map((b) => b.targetPort!) };
  };
}
