import type { SourceRange } from '../model/diagnostic';
import { cidrFullyExcepted, parseCIDR, type CIDR } from '../model/ip';
import {
  PROTOCOLS,
  type IPBlock,
  type NetworkPolicy,
  type PolicyPeer,
  type PolicyPort,
  type PolicyRule,
  type PolicyType,
  type Protocol,
} from '../model/types';
import { describeRule } from './describe-rule';
import type { Reachability } from './reachability';
import { forEachBit, type Bitset } from './bitset';
import { firstAdmittingPort, policyId, policySelects, rulesOf } from './rules';
import type { Probe } from './types';

/** One end of an admitted flow: an endpoint, or addresses outside the cluster (an ipBlock's, or anyone's). */
export type FlowEnd = { kind: 'endpoint'; id: string } | { kind: 'outside'; ipBlock?: IPBlock };

/** A port the rule admits on a flow, and whether the connection is allowed once both sides are asked. */
export interface FlowPort {
  port: number;
  /** A range toward addresses outside the cluster (1–65535 for "every port"). */
  endPort?: number;
  protocol: Protocol;
  /** False when the other side (the source's egress, the destination's ingress) still denies it. */
  allowed: boolean;
}

export interface AdmittedFlow {
  from: FlowEnd;
  to: FlowEnd;
  ports: FlowPort[];
}

/** Why a rule admits nothing; set only when it admits no flow at all. */
export type EmptyBecause =
  /** The CNI does not enforce policies (the evaluation left them out). */
  | 'not-enforced'
  /** policyTypes lacks the rule's direction: Kubernetes ignores the rule. */
  | 'direction-not-in-policy-types'
  | 'selects-no-endpoint'
  /** Neither an endpoint nor an address outside the cluster matches any peer. */
  | 'peers-match-nothing'
  /** Peers exist, but no connection between them and the selected pods uses a port it admits. */
  | 'no-port-admitted';

export interface RuleFlows {
  direction: PolicyType;
  /** Index into spec.ingress or spec.egress. */
  rule: number;
  /** What it admits in words (`pods app=frontend on 8080/TCP`). */
  admits: string;
  source?: SourceRange;
  /** Endpoints its peers match (all of them for a rule without peers). */
  peerEndpoints: number;
  /** Whether it admits addresses outside the cluster: no peers, or an ipBlock leaving some address. */
  admitsOutside: boolean;
  /** The first `limit` flows: outside ones first, then endpoint pairs in endpoint order. */
  flows: AdmittedFlow[];
  /** Every flow it admits; more than `flows.length` when the list was cut. */
  total: number;
  emptyBecause?: EmptyBecause;
}

export interface PolicyFlows {
  policy: string;
  /** False when the evaluation left policies out (a CNI that enforces none). */
  enforced: boolean;
  /** Endpoint ids the policy selects, in endpoint order. */
  selects: string[];
  ingress: RuleFlows[];
  egress: RuleFlows[];
}

export interface PolicyFlowsOptions {
  /** At most this many flows per rule (the total is still counted). Default 200. */
  limit?: number;
}

/**
 * What each rule of a policy admits in the evaluated cluster: which endpoints (or outside
 * addresses) reach which selected endpoints, on which ports, and whether the connection is
 * allowed overall. Selection and peers are the evaluator's compiled bitsets over endpoint classes,
 * ports are decided on class representatives with `firstAdmittingPort`, and the overall verdict
 * comes from the class matrix (`isAllowed`); so the cost follows classes, not pods, and endpoint
 * pairs are only spelled out up to `limit`.
 *
 * @example
 * policyFlows(r, apiServerIngress).ingress[0].flows[0]
 * // → { from: { kind: 'endpoint', id: 'production/Deployment/frontend' },
 * //     to: { kind: 'endpoint', id: 'production/Deployment/api-server' },
 * //     ports: [{ port: 8080, protocol: 'TCP', allowed: true }] }
 */
export function policyFlows(
  r: Reachability,
  policy: NetworkPolicy,
  options: PolicyFlowsOptions = {},
): PolicyFlows {
  const limit = options.limit ?? 200;
  // Classes only tell apart what the evaluated policies look at: a policy left out of the
  // evaluation (not enforced) may select part of a class, so it is matched pod by pod and
  // admits nothing.
  const enforced = r.state.compiled.some((cp) => cp.policy === policy);
  if (!enforced) {
    const selects = r.endpoints
      .filter((e) => policy.policyTypes.some((t) => policySelects(policy, t, e, r.context)))
      .map((e) => e.id);
    const none = (direction: PolicyType) =>
      rulesOf(policy, direction).map((rule, index) => ({
        ...ruleHeader(direction, rule, index),
        peerEndpoints: 0,
        admitsOutside: false,
        flows: [],
        total: 0,
        emptyBecause: 'not-enforced' as const,
      }));
    return {
      policy: policyId(policy),
      enforced,
      selects,
      ingress: none('Ingress'),
      egress: none('Egress'),
    };
  }

  const compiled = r.state.compiled.find((cp) => cp.policy === policy)!;
  const bits = (set: Bitset) => {
    const out: number[] = [];
    forEachBit(set, (c) => out.push(c));
    return out;
  };
  const selectedClasses = bits(compiled.selected);
  const selects = selectedClasses
    .flatMap((c) => r.classes.members[c]!)
    .sort((a, b) => a - b)
    .map((i) => r.endpoints[i]!.id);

  const flowsOf = (direction: PolicyType) => {
    const selected = policy.policyTypes.includes(direction) ? selectedClasses : [];
    const peers = direction === 'Ingress' ? compiled.ingressPeers : compiled.egressPeers;
    return rulesOf(policy, direction).map((rule, index) =>
      ruleFlows(r, policy, { direction, rule, index }, selected, bits(peers[index]!), limit),
    );
  };
  return {
    policy: policyId(policy),
    enforced,
    selects,
    ingress: flowsOf('Ingress'),
    egress: flowsOf('Egress'),
  };
}

function ruleHeader(direction: PolicyType, rule: PolicyRule, index: number) {
  return {
    direction,
    rule: index,
    admits: describeRule(rule),
    ...(rule.source ? { source: rule.source } : {}),
  };
}

/** Flows counted in full, spelled out only up to `limit`. */
class FlowList {
  readonly flows: AdmittedFlow[] = [];
  total = 0;
  constructor(private readonly limit: number) {}
  get full(): boolean {
    return this.flows.length >= this.limit;
  }
  push(flow: AdmittedFlow): void {
    if (!this.full) this.flows.push(flow);
  }
}

/**
 * One rule's flows. `selected` are the classes the policy isolates for the rule's direction and
 * `peers` the classes its peers match, both from the evaluator's compiled policy. Totals are
 * counted per class (members × members), so only the listed flows cost anything per pod.
 */
function ruleFlows(
  r: Reachability,
  policy: NetworkPolicy,
  which: { direction: PolicyType; rule: PolicyRule; index: number },
  selected: readonly number[],
  peers: readonly number[],
  limit: number,
): RuleFlows {
  const { direction, rule, index } = which;
  const { members, representatives } = r.classes;
  const size = (classes: readonly number[]) => classes.reduce((n, c) => n + members[c]!.length, 0);
  const peerEndpoints = size(peers);
  const outsidePeers = outsideEnds(rule.peers);
  const list = new FlowList(limit);
  const endpoint = (i: number): FlowEnd => ({ kind: 'endpoint', id: r.endpoints[i]!.id });
  const ingress = direction === 'Ingress';

  // The ports a rule admits depend on the destination (named ports resolve on its containers),
  // so they are worked out once per destination class.
  const admittedCache = new Map<number, Probe[]>();
  const admittedOn = (dst: number): Probe[] => {
    let probes = admittedCache.get(dst);
    if (!probes) {
      const rep = representatives[dst]!;
      probes = r
        .probes(members[dst]![0]!)
        .filter((p) => firstAdmittingPort(rule, p, rep) !== undefined);
      admittedCache.set(dst, probes);
    }
    return probes;
  };

  // Outside addresses have no policies of their own: what the rule admits with them is allowed.
  for (const s of selected) {
    const ports: FlowPort[] = ingress
      ? admittedOn(s).map((p) => ({ ...p, allowed: true }))
      : outsidePorts(rule.ports);
    if (ports.length === 0) continue;
    for (const outside of outsidePeers) {
      list.total += members[s]!.length;
      for (const i of members[s]!) {
        if (list.full) break;
        list.push(
          ingress
            ? { from: outside, to: endpoint(i), ports }
            : { from: endpoint(i), to: outside, ports },
        );
      }
    }
  }

  // Selected endpoints are never External, so no pair here is two External endpoints (the
  // contract has no flow between those); an endpoint and itself are no flow either.
  const peerSet = new Set(peers);
  const selectedSet = new Set(selected);
  const selectedEndpoints = size(selected);
  for (const dst of ingress ? selected : peers) {
    if (admittedOn(dst).length === 0) continue;
    const n = members[dst]!.length;
    const sources = ingress ? peerEndpoints : selectedEndpoints;
    list.total += sources * n - ((ingress ? peerSet : selectedSet).has(dst) ? n : 0);
  }
  for (const s of selected) {
    for (const peer of peers) {
      if (list.full) break;
      const [src, dst] = ingress ? [peer, s] : [s, peer];
      const probes = admittedOn(dst);
      if (probes.length === 0) continue;
      // Every member of a class pair gets the verdict of its representatives.
      const from = members[src]!;
      const to = members[dst]!;
      const ports = probes.map((p) => ({ ...p, allowed: r.isAllowed(from[0]!, to[0]!, p) }));
      for (const f of from) {
        for (const t of to) {
          if (list.full) break;
          if (f !== t) list.push({ from: endpoint(f), to: endpoint(t), ports });
        }
      }
    }
  }

  const result: RuleFlows = {
    ...ruleHeader(direction, rule, index),
    peerEndpoints,
    admitsOutside: outsidePeers.length > 0,
    flows: list.flows,
    total: list.total,
  };
  if (list.total === 0) result.emptyBecause = emptyBecause(policy, direction, selected, result);
  return result;
}

function emptyBecause(
  policy: NetworkPolicy,
  direction: PolicyType,
  selected: readonly number[],
  rule: RuleFlows,
): EmptyBecause {
  if (!policy.policyTypes.includes(direction)) return 'direction-not-in-policy-types';
  if (selected.length === 0) return 'selects-no-endpoint';
  if (rule.peerEndpoints === 0 && !rule.admitsOutside) return 'peers-match-nothing';
  return 'no-port-admitted';
}

/** The outside ends a rule's peers admit: anyone for a rule without peers, else its ipBlocks. */
function outsideEnds(peers: readonly PolicyPeer[] | undefined): FlowEnd[] {
  if (!peers) return [{ kind: 'outside' }];
  const out: FlowEnd[] = [];
  for (const peer of peers) {
    if (peer.kind !== 'ipBlock') continue;
    const cidr = parseCIDR(peer.ipBlock.cidr);
    if (!cidr) continue;
    const except = peer.ipBlock.except.map(parseCIDR).filter((c): c is CIDR => c !== undefined);
    // An ipBlock whose excepts cover its whole cidr admits no address at all.
    if (!cidrFullyExcepted(cidr, except)) out.push({ kind: 'outside', ipBlock: peer.ipBlock });
  }
  return out;
}

/**
 * An egress rule's ports toward addresses outside the cluster: numbers and ranges as written,
 * "every port" as 1–65535. A named port resolves on a destination's containers, which an outside
 * address does not have, so it admits nothing there.
 */
function outsidePorts(entries: readonly PolicyPort[] | undefined): FlowPort[] {
  if (!entries)
    return PROTOCOLS.map((protocol) => ({ port: 1, endPort: 65535, protocol, allowed: true }));
  const out: FlowPort[] = [];
  for (const e of entries) {
    if (e.port === undefined)
      out.push({ port: 1, endPort: 65535, protocol: e.protocol, allowed: true });
    else if (typeof e.port === 'number')
      out.push(
        e.endPort !== undefined && e.endPort > e.port
          ? { port: e.port, endPort: e.endPort, protocol: e.protocol, allowed: true }
          : { port: e.port, protocol: e.protocol, allowed: true },
      );
  }
  return out;
}
