import type { Endpoint, NetworkPolicy, PolicyRule, PolicyType, Protocol } from '../model/types';
import { forEachBit, hasBit, type Bitset } from '../evaluate/bitset';
import { peerMatches, policySelects } from '../evaluate/rules';
import {
  addressesEmpty,
  addressesOverlap,
  addressesWithin,
  ruleAddresses,
  unionAddresses,
  NO_ADDRESSES,
  type AddressSet,
} from './address-set';
import {
  effectiveRules,
  joinAnd,
  makeFinding,
  policyObject,
  ruleLabel,
  ruleSource,
  type FindingContext,
} from './context';
import { Phantoms } from './phantoms';
import {
  EMPTY_PORTS,
  portsEmpty,
  portsOverlap,
  portsWithin,
  rulePorts,
  rulePortsOnUnknownPod,
  unionPorts,
  type PortSet,
} from './port-set';
import type { Finding, FindingRule } from './types';

export const REDUNDANCY_RULES = {
  redundantRule: {
    id: 'redundant-rule',
    severity: 'info',
    summary: 'A rule that admits nothing other rules do not already admit to the same pods.',
  },
  policyWithoutEffect: {
    id: 'policy-without-effect',
    severity: 'info',
    summary:
      'A NetworkPolicy that isolates no pod not already isolated and admits nothing not already admitted.',
  },
} as const satisfies Record<string, FindingRule>;

interface Entry {
  policyIndex: number;
  policy: NetworkPolicy;
  direction: PolicyType;
  index: number;
  rule: PolicyRule;
  /** Endpoint classes the rule's peers match. */
  peers: Bitset;
  addresses: AddressSet;
}

/** A pod a rule applies to, or one at its other end: an endpoint class, or (no class) a pod not in the input. */
interface Item {
  class?: number;
  endpoint: Endpoint;
}

interface Coverage {
  covered: boolean;
  /** The rules that admit what this one does, for the message. */
  by: Set<Entry>;
  /** Whether the rule admits anything at all (one that admits nothing is the ports rules' business). */
  admitsSomething: boolean;
}

/** A rule whose removal changes no verdict, and the rules that admit what it did. */
export interface RedundantRule {
  policy: NetworkPolicy;
  direction: PolicyType;
  index: number;
  rule: PolicyRule;
  by: { policy: NetworkPolicy; direction: PolicyType; index: number }[];
}

export interface Redundancy {
  /** Policies whose removal changes no verdict. */
  policies: NetworkPolicy[];
  /** Rules (of the other policies) whose removal, on top of those, changes no verdict. */
  rules: RedundantRule[];
}

/**
 * Rules and policies whose removal changes no verdict. The proof is the evaluator's: for every
 * pod a rule applies to and every peer it matches — each endpoint class of the input, and the
 * least labelled pods its selectors could match that the input lacks (`Phantoms`) — the other
 * rules applying to that pod must admit every port this one admits (exactly, as port ranges, not
 * just the probed ports), and the addresses its ipBlocks (or a missing `from`/`to`) admit. Claims
 * are made one at a time, latest first, each against what remains, so removing everything
 * reported together still changes nothing.
 */
export function findRedundancy(fc: FindingContext): Redundancy {
  const policies = fc.analysis.cluster.policies;
  const checker = new CoverageChecker(fc, new Phantoms(fc.ctx));
  const removedPolicies = new Set<NetworkPolicy>();
  const removedRules = new Set<PolicyRule>();
  const result: Redundancy = { policies: [], rules: [] };

  for (let i = policies.length - 1; i >= 0; i--) {
    const policy = policies[i]!;
    if (!selectsAnything(fc, i)) continue;
    if (!checker.isolatesNothingNew(i, removedPolicies)) continue;
    const excluded = (e: Entry) => e.policy === policy || removedPolicies.has(e.policy);
    if (!checker.entriesOf(i).every((e) => checker.cover(e, excluded).covered)) continue;
    removedPolicies.add(policy);
    result.policies.unshift(policy);
  }

  for (let i = policies.length - 1; i >= 0; i--) {
    const policy = policies[i]!;
    if (removedPolicies.has(policy) || !selectsAnything(fc, i)) continue;
    for (const entry of [...checker.entriesOf(i)].reverse()) {
      const excluded = (e: Entry) =>
        e.rule === entry.rule || removedRules.has(e.rule) || removedPolicies.has(e.policy);
      const coverage = checker.cover(entry, excluded);
      if (!coverage.covered || !coverage.admitsSomething) continue;
      removedRules.add(entry.rule);
      const by = [...coverage.by]
        .sort((a, b) => a.policyIndex - b.policyIndex || a.index - b.index)
        .map(({ policy: p, direction, index }) => ({ policy: p, direction, index }));
      const { direction, index, rule } = entry;
      result.rules.unshift({ policy, direction, index, rule, by });
    }
  }
  return result;
}

export function redundancyFindings(fc: FindingContext): Finding[] {
  const { policies, rules } = findRedundancy(fc);
  const out: Finding[] = policies.map((policy) => {
    const types = joinAnd(policy.policyTypes.map((t) => t.toLowerCase()));
    const admits =
      policy.ingress.length + policy.egress.length > 0
        ? ', and other policies already admit everything its rules do'
        : '';
    return makeFinding(
      REDUNDANCY_RULES.policyWithoutEffect,
      `NetworkPolicy ${policy.namespace}/${policy.name} has no effect: other policies already isolate every pod it selects for ${types}${admits} (checked on the input's pods and on new pods its selectors would match).`,
      [policyObject(policy)],
      policy.source,
    );
  });
  for (const r of rules) {
    const by = r.by.map((e) =>
      e.policy === r.policy
        ? ruleLabel(e.direction, e.index)
        : `${e.policy.namespace}/${e.policy.name} ${ruleLabel(e.direction, e.index)}`,
    );
    out.push(
      makeFinding(
        REDUNDANCY_RULES.redundantRule,
        `${r.policy.namespace}/${r.policy.name} ${ruleLabel(r.direction, r.index)} admits nothing that ${joinAnd(by)} ${by.length === 1 ? 'does' : 'do'} not already admit to the same pods, so removing it changes no connection (checked on the input's pods and on new pods its selectors would match).`,
        [...new Set([r.policy, ...r.by.map((e) => e.policy)].map(policyObject))],
        ruleSource(r.policy, r.rule),
      ),
    );
  }
  return out;
}

function selectsAnything(fc: FindingContext, policyIndex: number): boolean {
  return fc.compiled[policyIndex]!.selected.some((w) => w !== 0);
}

class CoverageChecker {
  private readonly entries: Entry[][];
  private readonly byNamespace = new Map<string, Entry[]>();
  private readonly portCache = new Map<PolicyRule, Map<number, PortSet>>();
  private readonly unknownPodPorts = new Map<PolicyRule, PortSet>();
  private readonly outsidePorts = new Map<PolicyRule, PortSet>();
  private readonly names = new Map<string, number>();
  private readonly subjectCache = new Map<number, Item[] | undefined>();

  constructor(
    private readonly fc: FindingContext,
    private readonly phantoms: Phantoms,
  ) {
    this.entries = fc.analysis.cluster.policies.map((policy, policyIndex) => {
      const cp = fc.compiled[policyIndex]!;
      return effectiveRules(policy).map(({ direction, index, rule }) => ({
        policyIndex,
        policy,
        direction,
        index,
        rule,
        peers: (direction === 'Ingress' ? cp.ingressPeers : cp.egressPeers)[index]!,
        addresses: ruleAddresses(rule),
      }));
    });
    this.entries.forEach((list, i) => {
      const ns = fc.analysis.cluster.policies[i]!.namespace;
      this.byNamespace.set(ns, [...(this.byNamespace.get(ns) ?? []), ...list]);
    });
  }

  entriesOf(policyIndex: number): readonly Entry[] {
    return this.entries[policyIndex]!;
  }

  /** The pods a policy applies to: its classes, and new pods its podSelector would select. */
  private subjects(policyIndex: number): Item[] | undefined {
    if (this.subjectCache.has(policyIndex)) return this.subjectCache.get(policyIndex);
    const policy = this.fc.analysis.cluster.policies[policyIndex]!;
    const reps = this.fc.classes.representatives;
    const items: Item[] = [];
    forEachBit(this.fc.compiled[policyIndex]!.selected, (c) =>
      items.push({ class: c, endpoint: reps[c]! }),
    );
    const extra = this.phantoms.subjects(policy);
    const result = extra ? [...items, ...extra.map((endpoint) => ({ endpoint }))] : undefined;
    this.subjectCache.set(policyIndex, result);
    return result;
  }

  private selects(policyIndex: number, direction: PolicyType, item: Item): boolean {
    const policy = this.fc.analysis.cluster.policies[policyIndex]!;
    if (!policy.policyTypes.includes(direction)) return false;
    if (item.class !== undefined)
      return hasBit(this.fc.compiled[policyIndex]!.selected, item.class);
    return policySelects(policy, direction, item.endpoint, this.phantoms.context);
  }

  private matches(entry: Entry, item: Item): boolean {
    if (item.class !== undefined) return hasBit(entry.peers, item.class);
    const peers = entry.rule.peers;
    return (
      !peers ||
      peers.some((p) =>
        peerMatches(p, entry.policy.namespace, item.endpoint, this.phantoms.context),
      )
    );
  }

  /** Ports on a destination: a class's declared ports, or a pod not in the input's unknown ones. */
  private ports(rule: PolicyRule, destination: Item): PortSet {
    if (destination.class === undefined) {
      let set = this.unknownPodPorts.get(rule);
      if (!set) {
        set = rulePortsOnUnknownPod(rule, (name, protocol) => this.nameId(name, protocol));
        this.unknownPodPorts.set(rule, set);
      }
      return set;
    }
    let byClass = this.portCache.get(rule);
    if (!byClass) this.portCache.set(rule, (byClass = new Map()));
    let set = byClass.get(destination.class);
    if (!set) byClass.set(destination.class, (set = rulePorts(rule, destination.endpoint)));
    return set;
  }

  /** Ports on an address outside the cluster: named ports never resolve there. */
  private portsOutside(rule: PolicyRule): PortSet {
    let set = this.outsidePorts.get(rule);
    if (!set) this.outsidePorts.set(rule, (set = rulePorts(rule, undefined)));
    return set;
  }

  private nameId(name: string, protocol: Protocol): number {
    const key = `${name}/${protocol}`;
    let id = this.names.get(key);
    if (id === undefined) this.names.set(key, (id = this.names.size));
    return id;
  }

  /** Whether every pod the policy isolates is isolated, for the same direction, by another. */
  isolatesNothingNew(policyIndex: number, removed: ReadonlySet<NetworkPolicy>): boolean {
    const policies = this.fc.analysis.cluster.policies;
    const policy = policies[policyIndex]!;
    const subjects = this.subjects(policyIndex);
    if (!subjects) return false;
    const others: number[] = [];
    policies.forEach((p, i) => {
      if (i !== policyIndex && p.namespace === policy.namespace && !removed.has(p)) others.push(i);
    });
    return policy.policyTypes.every((direction) =>
      subjects.every((s) => others.some((i) => this.selects(i, direction, s))),
    );
  }

  /** Whether the other rules (those `excluded` leaves) admit everything `entry` admits. */
  cover(entry: Entry, excluded: (e: Entry) => boolean): Coverage {
    const result: Coverage = { covered: false, by: new Set(), admitsSomething: false };
    const subjects = this.subjects(entry.policyIndex);
    const phantomPeers = this.phantoms.peers(entry.policy, entry.rule);
    if (!subjects || !phantomPeers) return result;
    const reps = this.fc.classes.representatives;
    const peers: Item[] = [];
    forEachBit(entry.peers, (c) => peers.push({ class: c, endpoint: reps[c]! }));
    for (const endpoint of phantomPeers) peers.push({ endpoint });
    const candidates = (this.byNamespace.get(entry.policy.namespace) ?? []).filter(
      (e) => e.direction === entry.direction && !excluded(e),
    );

    for (const s of subjects) {
      const applying = candidates.filter((e) => this.selects(e.policyIndex, entry.direction, s));
      for (const c of peers) {
        // Ingress admits c into s on s's ports; egress lets s out to c on c's ports.
        const destination = entry.direction === 'Ingress' ? s : c;
        const need = this.ports(entry.rule, destination);
        if (portsEmpty(need)) continue;
        result.admitsSomething = true;
        let have: PortSet = EMPTY_PORTS;
        for (const e of applying) {
          if (!this.matches(e, c)) continue;
          const ports = this.ports(e.rule, destination);
          if (!portsOverlap(ports, need)) continue;
          result.by.add(e);
          have = unionPorts(have, ports);
          if (portsWithin(need, have)) break;
        }
        if (!portsWithin(need, have)) return result;
      }
      if (!addressesEmpty(entry.addresses)) {
        const need =
          entry.direction === 'Ingress' ? this.ports(entry.rule, s) : this.portsOutside(entry.rule);
        if (portsEmpty(need)) continue;
        result.admitsSomething = true;
        let have = NO_ADDRESSES;
        for (const e of applying) {
          const ports =
            entry.direction === 'Ingress' ? this.ports(e.rule, s) : this.portsOutside(e.rule);
          if (!portsWithin(need, ports) || !addressesOverlap(e.addresses, entry.addresses))
            continue;
          result.by.add(e);
          have = unionAddresses(have, e.addresses);
        }
        if (!addressesWithin(entry.addresses, have)) return result;
      }
    }
    result.covered = true;
    return result;
  }
}
