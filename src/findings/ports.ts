import type { Endpoint, PolicyPort, PolicyRule, PolicyType } from '../model/types';
import { forEachBit } from '../evaluate/bitset';
import type { CompiledPolicy } from '../evaluate/compile-policies';
import { describePort } from '../evaluate/describe-rule';
import {
  listSome,
  makeFinding,
  policyObject,
  ruleLabel,
  ruleSource,
  type FindingContext,
} from './context';
import type { Finding, FindingRule } from './types';

export const PORT_RULES = {
  namedPortNotDeclared: {
    id: 'named-port-not-declared',
    severity: 'warning',
    summary:
      'A named port in a policy rule that no destination pod declares: the entry admits nothing.',
  },
  policyPortNotDeclared: {
    id: 'policy-port-not-declared',
    severity: 'warning',
    summary:
      'A numeric rule port that none of the destination pods lists among its container ports.',
  },
} as const satisfies Record<string, FindingRule>;

export function portFindings(fc: FindingContext): Finding[] {
  const out: Finding[] = [];
  fc.analysis.cluster.policies.forEach((policy, i) => {
    const cp = fc.compiled[i]!;
    for (const direction of policy.policyTypes) {
      const rules = direction === 'Ingress' ? policy.ingress : policy.egress;
      rules.forEach((rule, r) => {
        const dest = destinations(fc, cp, direction, r, rule);
        (rule.ports ?? []).forEach((entry, e) => {
          const where = `${policy.namespace}/${policy.name} ${ruleLabel(direction, r)}, port ${e + 1}`;
          const message =
            typeof entry.port === 'string'
              ? namedPort(entry, entry.port, dest, direction, where)
              : numericPort(fc, entry, dest, direction, where);
          if (message) {
            const kind =
              typeof entry.port === 'string'
                ? PORT_RULES.namedPortNotDeclared
                : PORT_RULES.policyPortNotDeclared;
            out.push(makeFinding(kind, message, [policyObject(policy)], ruleSource(policy, rule)));
          }
        });
      });
    }
  });
  return out;
}

interface Destinations {
  /** Pods and workloads the entry's port is a port of (class representatives). */
  pods: Endpoint[];
  /** Ids of every pod and workload of those classes. */
  ids: Set<string>;
  /** Whether the rule also reaches addresses outside the cluster (ipBlock or no `to`). */
  outside: boolean;
  /** Whether every peer is an ipBlock, so no pod beyond the input can be a destination either. */
  ipBlocksOnly: boolean;
  /** Whether every peer is a pod/namespace selector, so the pods are all there is. */
  podsOnly: boolean;
}

/** Ingress: the pods the policy selects. Egress: the pods the rule's peers match. */
function destinations(
  fc: FindingContext,
  cp: CompiledPolicy,
  direction: PolicyType,
  r: number,
  rule: PolicyRule,
): Destinations {
  const { representatives: reps, members, endpoints } = fc.classes;
  const pods: Endpoint[] = [];
  const ids = new Set<string>();
  const bits = direction === 'Ingress' ? cp.selected : cp.egressPeers[r]!;
  forEachBit(bits, (c) => {
    if (reps[c]!.kind === 'External') return;
    pods.push(reps[c]!);
    for (const m of members[c]!) ids.add(endpoints[m]!.id);
  });
  if (direction === 'Ingress') {
    return { pods, ids, outside: false, ipBlocksOnly: false, podsOnly: true };
  }
  const peers = rule.peers;
  return {
    pods,
    ids,
    outside: !peers || peers.some((p) => p.kind === 'ipBlock'),
    ipBlocksOnly: peers !== undefined && peers.every((p) => p.kind === 'ipBlock'),
    podsOnly: peers !== undefined && peers.every((p) => p.kind === 'selector'),
  };
}

function whose(direction: PolicyType): string {
  return direction === 'Ingress'
    ? 'the pods the policy selects'
    : "the pods the rule's peers match";
}

function namedPort(
  entry: PolicyPort,
  name: string,
  dest: Destinations,
  direction: PolicyType,
  where: string,
): string | undefined {
  // With no destination pod in the input, only ipBlock peers prove that none can exist.
  if (dest.pods.length === 0 && !dest.ipBlocksOnly) return undefined;
  if (dest.pods.some((e) => e.ports.some((p) => p.name === name && p.protocol === entry.protocol)))
    return undefined;
  const otherProtocol = dest.pods.some((e) => e.ports.some((p) => p.name === name));
  const hint = otherProtocol ? ` (a port of that name exists, but not for ${entry.protocol})` : '';
  const outside = dest.outside
    ? ', and a named port never matches an address outside the cluster'
    : '';
  const none =
    dest.pods.length === 0
      ? 'no pod in the input is a destination'
      : `none of ${whose(direction)} declares a ${entry.protocol} container port named ${name}${hint}`;
  return `${where}: ${none}${outside}, so port ${name}/${entry.protocol} admits nothing.`;
}

/**
 * containerPort lists are informational, so this speaks only when every destination lists some
 * port: then a rule port none of them lists is most likely the Service's port written where the
 * pod's (target) port belongs, or a stale number.
 */
function numericPort(
  fc: FindingContext,
  entry: PolicyPort,
  dest: Destinations,
  direction: PolicyType,
  where: string,
): string | undefined {
  if (entry.port === undefined || !dest.podsOnly || dest.pods.length === 0) return undefined;
  if (dest.pods.some((e) => e.ports.length === 0)) return undefined;
  const lo = entry.port as number;
  const hi = entry.endPort ?? lo;
  const listed = dest.pods.flatMap((e) => e.ports);
  if (listed.some((p) => p.protocol === entry.protocol && p.port >= lo && p.port <= hi))
    return undefined;
  const ports = [...new Set(listed.map((p) => `${p.port}/${p.protocol}`))];
  const service = servicePort(fc, lo, entry, dest.ids);
  const advice = service
    ? `; ${lo} is the port of Service ${service.id}, which forwards to ${service.target}, and policies match the pod's port, so write ${service.target} here`
    : ', so check that they listen on it';
  return `${where}: ${describePort(entry)} is not among the container ports of ${whose(direction)} (they list ${listSome(ports, 5)})${advice}.`;
}

/** The Service whose port this number is and that forwards it to another port of these pods. */
function servicePort(
  fc: FindingContext,
  port: number,
  entry: PolicyPort,
  ids: ReadonlySet<string>,
): { id: string; target: number } | undefined {
  if (entry.endPort !== undefined) return undefined;
  for (const s of fc.analysis.services) {
    for (const sp of s.ports) {
      if (sp.port !== port || sp.protocol !== entry.protocol) continue;
      const target = sp.backends.find(
        (b) => ids.has(b.endpoint) && b.targetPort !== undefined && b.targetPort !== port,
      );
      if (target) return { id: s.id, target: target.targetPort! };
    }
  }
  return undefined;
}
