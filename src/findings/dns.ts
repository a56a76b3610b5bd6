import type { Endpoint, NetworkPolicy, Protocol } from '../model/types';
import { firstAdmittingPort, policySelects } from '../evaluate/rules';
import type { Probe } from '../evaluate/types';
import {
  endpointObject,
  joinAnd,
  listSome,
  makeFinding,
  policyObject,
  type FindingContext,
} from './context';
import type { Finding, FindingRule } from './types';

export const DNS_RULES = {
  egressBlocksDns: {
    id: 'egress-blocks-dns',
    severity: 'warning',
    summary: 'Pods isolated for egress that cannot reach a DNS server on 53/UDP or 53/TCP.',
  },
} as const satisfies Record<string, FindingRule>;

const DNS_PORT = 53;
const PROTOCOL_ORDER: readonly Protocol[] = ['UDP', 'TCP', 'SCTP'];

interface DnsServer {
  index: number;
  probe: Probe;
}

/**
 * DNS servers are the backends of Services with port 53 (kube-dns/CoreDNS, NodeLocal DNS, a
 * custom resolver), on the target port each resolves to — what a lookup through the Service
 * reaches after DNAT, which is what policies see.
 */
function dnsServers(fc: FindingContext): DnsServer[] {
  const r = fc.analysis.reachability;
  const seen = new Set<string>();
  const out: DnsServer[] = [];
  for (const s of fc.analysis.services) {
    for (const p of s.ports) {
      if (p.port !== DNS_PORT) continue;
      for (const b of p.backends) {
        const index = r.indexOf(b.endpoint);
        if (index === undefined || b.targetPort === undefined) continue;
        // One server per class and probe is enough: the verdict is the class's.
        const key = `${r.classes.classOf[index]}/${b.targetPort}/${p.protocol}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ index, probe: { port: b.targetPort, protocol: p.protocol } });
      }
    }
  }
  return out;
}

interface Problem {
  missing: Protocol[];
  why: string;
}

/**
 * Pods isolated for egress must still reach DNS. With DNS servers in the input the check is the
 * evaluator's verdict to each of them, per protocol the DNS Services offer. Without any, it can
 * only ask whether some egress rule admits port 53 at all (to any peer), for UDP and TCP. DNS
 * servers themselves are skipped: they forward upstream rather than to the cluster DNS.
 */
export function dnsFindings(fc: FindingContext): Finding[] {
  const r = fc.analysis.reachability;
  const servers = dnsServers(fc);
  const serverClasses = new Set(servers.map((s) => r.classes.classOf[s.index]));
  // UDP first: it is what lookups use; TCP is their fallback.
  const protocols = PROTOCOL_ORDER.filter((p) => servers.some((s) => s.probe.protocol === p));
  const groups = new Map<
    string,
    { problem: Problem; policies: NetworkPolicy[]; endpoints: Endpoint[] }
  >();

  r.classes.members.forEach((members, c) => {
    if (serverClasses.has(c)) return;
    const index = members[0]!;
    const e = r.endpoints[index]!;
    const isolating = egressPolicies(fc, e);
    if (isolating.length === 0) return;
    const problem =
      servers.length > 0
        ? unreachableServers(fc, index, servers, protocols)
        : noPort53Rule(e, isolating);
    if (!problem) return;
    const key = `${isolating.map((p) => `${p.namespace}/${p.name}`).join(',')}|${problem.missing.join(',')}|${problem.why}`;
    const group = groups.get(key) ?? { problem, policies: isolating, endpoints: [] };
    for (const m of members) group.endpoints.push(r.endpoints[m]!);
    groups.set(key, group);
  });

  return [...groups.values()].map(({ problem, policies, endpoints }) => {
    const ports = problem.missing.map((p) => `${DNS_PORT}/${p}`);
    const their = endpoints.length === 1 && endpoints[0]!.kind === 'Pod' ? 'its' : 'their';
    const effect = problem.missing.includes('UDP')
      ? `so ${their} name lookups fail`
      : 'so lookups that fall back to TCP (answers too large for UDP) fail';
    const are = endpoints.length === 1 ? 'is' : 'are';
    return makeFinding(
      DNS_RULES.egressBlocksDns,
      `${listSome(endpoints.map((e) => e.id))} ${are} isolated for egress by ${listSome(policies.map((p) => `${p.namespace}/${p.name}`))} but cannot reach DNS on ${joinAnd(ports)} because ${problem.why}, ${effect}.`,
      [...policies.map(policyObject), ...endpoints.map(endpointObject)],
      policies[0]!.source,
    );
  });
}

function egressPolicies(fc: FindingContext, e: Endpoint): NetworkPolicy[] {
  const r = fc.analysis.reachability;
  if (e.namespace === undefined) return [];
  return (r.policies.get(e.namespace) ?? []).filter((p) =>
    policySelects(p, 'Egress', e, r.context),
  );
}

function unreachableServers(
  fc: FindingContext,
  from: number,
  servers: readonly DnsServer[],
  protocols: readonly Protocol[],
): Problem | undefined {
  const r = fc.analysis.reachability;
  const missing: Protocol[] = [];
  let egressBlocks = false;
  for (const protocol of protocols) {
    const candidates = servers.filter((s) => s.probe.protocol === protocol && s.index !== from);
    if (candidates.some((s) => r.isAllowed(from, s.index, s.probe))) continue;
    missing.push(protocol);
    const first = candidates[0];
    if (first && !r.explain(from, first.index, first.probe).egress.allowed) egressBlocks = true;
  }
  if (missing.length === 0) return undefined;
  const names = [...new Set(servers.map((s) => r.endpoints[s.index]!.id))];
  return {
    missing,
    why: egressBlocks
      ? `no egress rule allows it to ${listSome(names)}`
      : `the ingress policies of ${listSome(names)} do not admit them`,
  };
}

/**
 * Without a DNS server to aim at, a rule "could" admit DNS when it has a port entry for 53 on the
 * protocol; a named port may resolve to 53 on a server not in the input, so it counts too.
 */
function noPort53Rule(e: Endpoint, isolating: readonly NetworkPolicy[]): Problem | undefined {
  const portless: Endpoint = { ...e, id: '', ports: [] };
  const missing = (['UDP', 'TCP'] as const).filter(
    (protocol) =>
      !isolating.some((p) =>
        p.egress.some(
          (rule) =>
            firstAdmittingPort(rule, { port: DNS_PORT, protocol }, portless) !== undefined ||
            (rule.ports ?? []).some((x) => x.protocol === protocol && typeof x.port === 'string'),
        ),
      ),
  );
  if (missing.length === 0) return undefined;
  return {
    missing,
    why: `no egress rule allows port ${DNS_PORT} on ${joinAnd(missing)} to any destination (the input has no DNS Service to check against)`,
  };
}
