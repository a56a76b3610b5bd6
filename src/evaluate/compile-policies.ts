import type { Endpoint, Namespace, NetworkPolicy, PolicyPeer, PolicyRule } from '../model/types';
import { createBitset, fillBitset, forEachBit, setBit, type Bitset } from './bitset';
import { ipBlockMatches, isSelectable, type MatchContext } from './rules';
import { matchesSelector } from './selector';

/** A policy with its selectors turned into bitsets over endpoint classes. */
export interface CompiledPolicy {
  policy: NetworkPolicy;
  /** Classes the policy's podSelector selects (whatever its policyTypes). */
  selected: Bitset;
  /** Per ingress rule: the classes its `from` matches (every class when it has none). */
  ingressPeers: Bitset[];
  /** Per egress rule: the classes its `to` matches. */
  egressPeers: Bitset[];
}

export interface EgressRuleRef {
  policy: number;
  rule: number;
}

/**
 * Compiles every policy against the class representatives. Selectors only look at the classes of
 * the namespaces they can reach, so the work grows with matches, not with policies × classes.
 * This is a second implementation of peer matching (`peerMatches` is the first); the property
 * tests check that both agree.
 */
export function compilePolicies(
  policies: readonly NetworkPolicy[],
  reps: readonly Endpoint[],
  namespaces: ReadonlyMap<string, Namespace>,
  ctx: MatchContext,
): CompiledPolicy[] {
  const n = reps.length;
  const byNamespace = new Map<string, number[]>();
  const withIPs: number[] = [];
  reps.forEach((e, c) => {
    if (e.ips.length > 0) withIPs.push(c);
    if (e.namespace === undefined || !isSelectable(e, ctx)) return;
    const list = byNamespace.get(e.namespace) ?? [];
    list.push(c);
    byNamespace.set(e.namespace, list);
  });
  const namespaceMatches = new Map<PolicyPeer, string[]>();
  const namespacesOf = (peer: Extract<PolicyPeer, { kind: 'selector' }>, own: string): string[] => {
    if (!peer.namespaceSelector) return [own];
    let names = namespaceMatches.get(peer);
    if (!names) {
      const selector = peer.namespaceSelector;
      names = [...namespaces.values()]
        .filter((ns) => matchesSelector(selector, ns.labels))
        .map((ns) => ns.name);
      namespaceMatches.set(peer, names);
    }
    return names;
  };

  return policies.map((policy) => {
    const selected = createBitset(n);
    for (const c of byNamespace.get(policy.namespace) ?? []) {
      if (matchesSelector(policy.podSelector, reps[c]!.labels)) setBit(selected, c);
    }
    const peersOf = (rule: PolicyRule): Bitset => {
      const set = createBitset(n);
      if (!rule.peers) return fillBitset(set, n);
      for (const peer of rule.peers) {
        if (peer.kind === 'ipBlock') {
          for (const c of withIPs) if (ipBlockMatches(peer.ipBlock, reps[c]!, ctx)) setBit(set, c);
          continue;
        }
        for (const ns of namespacesOf(peer, policy.namespace)) {
          for (const c of byNamespace.get(ns) ?? []) {
            if (!peer.podSelector || matchesSelector(peer.podSelector, reps[c]!.labels))
              setBit(set, c);
          }
        }
      }
      return set;
    };
    return {
      policy,
      selected,
      ingressPeers: policy.ingress.map(peersOf),
      egressPeers: policy.egress.map(peersOf),
    };
  });
}

/** Per class: the egress rules (of policies with the Egress type) whose `to` matches it. */
export function egressRulesByDestination(
  compiled: readonly CompiledPolicy[],
  n: number,
): EgressRuleRef[][] {
  const byClass: EgressRuleRef[][] = Array.from({ length: n }, () => []);
  compiled.forEach((cp, policy) => {
    if (!cp.policy.policyTypes.includes('Egress')) return;
    cp.egressPeers.forEach((peers, rule) =>
      forEachBit(peers, (c) => byClass[c]!.push({ policy, rule })),
    );
  });
  return byClass;
}

/** Per class: the policies with the Ingress type that select it. */
export function ingressPoliciesByClass(
  compiled: readonly CompiledPolicy[],
  n: number,
): CompiledPolicy[][] {
  const byClass: CompiledPolicy[][] = Array.from({ length: n }, () => []);
  for (const cp of compiled) {
    if (cp.policy.policyTypes.includes('Ingress'))
      forEachBit(cp.selected, (c) => byClass[c]!.push(cp));
  }
  return byClass;
}
