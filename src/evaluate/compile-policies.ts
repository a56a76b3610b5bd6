import type { Namespace, NetworkPolicy, PolicyPeer, PolicyRule } from '../model/types';
import { createBitset, fillBitset, forEachBit, orInto, setBit, type Bitset } from './bitset';
import { ipBlockKey, type EndpointClasses } from './classes';
import { isSelectable, type MatchContext } from './rules';
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
export interface CompiledPolicies {
  compiled: CompiledPolicy[];
  /** Compiled afresh (not taken from `earlier`). */
  fresh: CompiledPolicy[];
  /** From `earlier`, no longer in the policies. */
  retired: CompiledPolicy[];
}

/**
 * Compiles the policies, taking unchanged ones from an earlier compilation over the same classes:
 * first by object identity, then by meaning (`policyKey`), so a re-parsed but unchanged policy
 * is not compiled again.
 */
export function compilePoliciesReusing(
  policies: readonly NetworkPolicy[],
  classes: EndpointClasses,
  namespaces: ReadonlyMap<string, Namespace>,
  ctx: MatchContext,
  earlier: readonly CompiledPolicy[],
): CompiledPolicies {
  const byObject = new Map(earlier.map((cp) => [cp.policy, cp]));
  const unused = new Set(earlier);
  let byKey: Map<string, CompiledPolicy[]> | undefined;
  const missing: NetworkPolicy[] = [];
  const compiled: (CompiledPolicy | undefined)[] = policies.map((policy) => {
    const same = byObject.get(policy);
    if (same && unused.delete(same)) return same;
    missing.push(policy);
    return undefined;
  });
  if (missing.length > 0 && unused.size > 0) {
    byKey = new Map();
    for (const cp of unused) {
      const key = policyKey(cp.policy);
      byKey.set(key, [...(byKey.get(key) ?? []), cp]);
    }
  }
  const fresh: CompiledPolicy[] = [];
  const toCompile: NetworkPolicy[] = [];
  policies.forEach((policy, i) => {
    if (compiled[i]) return;
    const match = byKey?.get(policyKey(policy))?.pop();
    if (match) {
      unused.delete(match);
      compiled[i] = { ...match, policy };
    } else {
      toCompile.push(policy);
    }
  });
  const made = compilePolicies(toCompile, classes, namespaces, ctx);
  const madeByPolicy = new Map(made.map((cp) => [cp.policy, cp]));
  policies.forEach((policy, i) => {
    if (compiled[i]) return;
    const cp = madeByPolicy.get(policy)!;
    compiled[i] = cp;
    fresh.push(cp);
  });
  return { compiled: compiled as CompiledPolicy[], fresh, retired: [...unused] };
}

export function compilePolicies(
  policies: readonly NetworkPolicy[],
  classes: EndpointClasses,
  namespaces: ReadonlyMap<string, Namespace>,
  ctx: MatchContext,
): CompiledPolicy[] {
  const reps = classes.representatives;
  const n = reps.length;
  const byNamespace = new Map<string, number[]>();
  reps.forEach((e, c) => {
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
          const matched = classes.ipBlockClasses.get(ipBlockKey(peer.ipBlock));
          if (matched) orInto(set, matched);
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

/**
 * A policy's meaning without its name or position: two policies with the same key compile to the
 * same bitsets over the same classes, which is what lets an edit recompile only what changed.
 * Rules are copied field by field so a lazily computed `source` is never touched.
 */
export function policyKey(policy: NetworkPolicy): string {
  const rules = (list: readonly PolicyRule[]) =>
    list.map((r) => [r.peers ?? null, r.ports ?? null]);
  return JSON.stringify([
    policy.namespace,
    policy.podSelector,
    policy.policyTypes,
    rules(policy.ingress),
    rules(policy.egress),
  ]);
}
