import type { NetworkPolicy, PolicyPeer, PolicyRule, PolicyType } from '../model/types';
import { describePeer, describeRule } from '../evaluate/describe-rule';
import { rulesOf } from '../evaluate/rules';
import { formatSelector } from '../evaluate/selector';
import { makeFinding, policyObject, ruleLabel, ruleSource, type FindingContext } from './context';
import type { Finding, FindingRule } from './types';

export const TRAP_RULES = {
  portsSplitFromPeers: {
    id: 'ports-split-from-peers',
    severity: 'warning',
    summary:
      'A rule with peers and no ports next to a rule with ports and no peers: one rule split in two by a stray "-".',
  },
  separateNamespaceAndPodSelectors: {
    id: 'separate-namespace-and-pod-selectors',
    severity: 'info',
    summary:
      'A namespaceSelector peer next to a podSelector peer in one rule: they are ORed, not ANDed.',
  },
  rulesIgnoredByPolicyTypes: {
    id: 'rules-ignored-by-policy-types',
    severity: 'warning',
    summary:
      'Ingress or egress rules in a policy whose explicit policyTypes leave that direction out, so they are ignored.',
  },
} as const satisfies Record<string, FindingRule>;

type SelectorPeer = Extract<PolicyPeer, { kind: 'selector' }>;

export function trapFindings(fc: FindingContext): Finding[] {
  const out: Finding[] = [];
  for (const policy of fc.analysis.cluster.policies) {
    const ignored = ignoredRules(policy);
    if (ignored) out.push(ignored);
    for (const direction of policy.policyTypes) {
      const rules = rulesOf(policy, direction);
      rules.forEach((rule, i) => {
        const split =
          i + 1 < rules.length ? splitRule(policy, direction, i, rule, rules[i + 1]!) : undefined;
        if (split) out.push(split);
        const or = oredSelectors(policy, direction, i, rule);
        if (or) out.push(or);
      });
    }
  }
  return out;
}

/**
 * `policyTypes: [Egress]` beside `ingress:` rules: Kubernetes reads only the directions policyTypes
 * names, so the rules of the other direction do nothing (and the pods are not isolated for it).
 */
function ignoredRules(policy: NetworkPolicy): Finding | undefined {
  const direction = (['Ingress', 'Egress'] as const).find(
    (d) => !policy.policyTypes.includes(d) && rulesOf(policy, d).length > 0,
  );
  if (!direction) return undefined;
  const rules = rulesOf(policy, direction);
  const key = direction.toLowerCase();
  const types = policy.policyTypes.join(', ');
  return makeFinding(
    TRAP_RULES.rulesIgnoredByPolicyTypes,
    `${policy.namespace}/${policy.name} has ${rules.length === 1 ? `an ${key} rule` : `${rules.length} ${key} rules`} but policyTypes is [${types}], so ${rules.length === 1 ? 'it is' : 'they are'} ignored and the pods it selects are not isolated for ${key}; add ${direction} to policyTypes if the rules were meant to apply.`,
    [policyObject(policy)],
    ruleSource(policy, rules[0]!),
  );
}

const peersOnly = (r: PolicyRule) => r.peers !== undefined && r.ports === undefined;
const portsOnly = (r: PolicyRule) => r.peers === undefined && r.ports !== undefined;

/**
 * `- from: [...]` followed by `- ports: [...]` (or the other way round): the second `-` starts a
 * new rule, so the peers get every port and the ports are open to everyone, inside and outside.
 */
function splitRule(
  policy: NetworkPolicy,
  direction: PolicyType,
  i: number,
  a: PolicyRule,
  b: PolicyRule,
): Finding | undefined {
  const [withPeers, withPorts] =
    peersOnly(a) && portsOnly(b) ? [a, b] : peersOnly(b) && portsOnly(a) ? [b, a] : [];
  if (!withPeers || !withPorts) return undefined;
  const key = direction === 'Ingress' ? 'from' : 'to';
  const everyone = direction === 'Ingress' ? 'from everyone' : 'to everyone';
  const peers = withPeers.peers!.map(describePeer).join(' or ');
  const ports = describeRule(withPorts).replace(/^everyone on /, '');
  const first = ruleLabel(direction, i);
  return makeFinding(
    TRAP_RULES.portsSplitFromPeers,
    `${policy.namespace}/${policy.name} ${first} and rule ${i + 2} look like one rule split by a stray "-": one admits ${peers} on every port, the other admits ${ports} ${everyone}; if only ${peers} on ${ports} was meant, write ${key} and ports in the same list item.`,
    [policyObject(policy)],
    ruleSource(policy, a),
  );
}

const namespaceOnly = (p: PolicyPeer): p is SelectorPeer =>
  p.kind === 'selector' && p.namespaceSelector !== undefined && p.podSelector === undefined;
const podOnly = (p: PolicyPeer): p is SelectorPeer =>
  p.kind === 'selector' && p.podSelector !== undefined && p.namespaceSelector === undefined;

/**
 * `- namespaceSelector: …` then `- podSelector: …` as neighbouring peers: two peers, ORed, where
 * one peer with both selectors (ANDed) is the usual intent. Only neighbours, as the YAML slip
 * makes them; a deliberate OR is often written that way too, hence info.
 */
function oredSelectors(
  policy: NetworkPolicy,
  direction: PolicyType,
  i: number,
  rule: PolicyRule,
): Finding | undefined {
  const peers = rule.peers ?? [];
  for (let p = 0; p + 1 < peers.length; p++) {
    const a = peers[p]!;
    const b = peers[p + 1]!;
    const ns = namespaceOnly(a) ? a : namespaceOnly(b) ? b : undefined;
    const pods = podOnly(a) ? a : podOnly(b) ? b : undefined;
    if (!ns || !pods || ns === pods) continue;
    const nsText = formatSelector(ns.namespaceSelector!);
    const podText = formatSelector(pods.podSelector!);
    return makeFinding(
      TRAP_RULES.separateNamespaceAndPodSelectors,
      `${policy.namespace}/${policy.name} ${ruleLabel(direction, i)} has namespaceSelector ${nsText} and podSelector ${podText} as separate peers, which admits every pod in namespaces ${nsText} OR pods ${podText} in ${policy.namespace}; if only pods ${podText} in namespaces ${nsText} were meant, put both selectors in one peer.`,
      [policyObject(policy)],
      ruleSource(policy, rule),
    );
  }
  return undefined;
}
