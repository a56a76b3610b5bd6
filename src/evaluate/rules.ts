import { cidrContains, parseCIDR, parseIP, type CIDR, type IPAddress } from '../model/ip';
import type {
  Endpoint,
  IPBlock,
  Namespace,
  NetworkPolicy,
  PolicyPeer,
  PolicyPort,
  PolicyRule,
  PolicyType,
} from '../model/types';
import { matchesSelector } from './selector';
import type { EvaluateOptions, Probe } from './types';

/** What rule matching needs besides the rule itself; built once per evaluation. */
export interface MatchContext {
  namespaces: ReadonlyMap<string, Namespace>;
  ipBlockMatchesPodIPs: boolean;
  /** Kubernetes leaves hostNetwork pods to the CNI; most cannot tell them from their node. */
  hostNetworkPodsSelectable: boolean;
}

export function matchContext(
  namespaces: ReadonlyMap<string, Namespace>,
  options: EvaluateOptions,
): MatchContext {
  return {
    namespaces,
    ipBlockMatchesPodIPs: options.ipBlockMatchesPodIPs ?? true,
    hostNetworkPodsSelectable: options.hostNetworkPodsSelectable ?? false,
  };
}

export interface CompiledBlock {
  cidr: CIDR | undefined;
  except: CIDR[];
}
const compiledBlocks = new WeakMap<IPBlock, CompiledBlock>();
const parsedIPs = new WeakMap<Endpoint, IPAddress[]>();

export function compileBlock(block: IPBlock): CompiledBlock {
  let c = compiledBlocks.get(block);
  if (!c) {
    c = {
      cidr: parseCIDR(block.cidr),
      except: block.except.map(parseCIDR).filter((x): x is CIDR => x !== undefined),
    };
    compiledBlocks.set(block, c);
  }
  return c;
}

export function endpointIPs(e: Endpoint): IPAddress[] {
  let ips = parsedIPs.get(e);
  if (!ips) {
    ips = e.ips.map(parseIP).filter((x): x is IPAddress => x !== undefined);
    parsedIPs.set(e, ips);
  }
  return ips;
}

/** Whether policies can select this endpoint and selector peers can match it. */
export function isSelectable(e: Endpoint, ctx: MatchContext): boolean {
  return e.kind !== 'External' && (!e.hostNetwork || ctx.hostNetworkPodsSelectable);
}

/** Whether ipBlocks may match the endpoint at all (see ipBlockMatchesPodIPs). */
export function ipMatchable(e: Endpoint, ctx: MatchContext): boolean {
  return e.kind === 'External' || ctx.ipBlockMatchesPodIPs || e.hostNetwork;
}

/** ipBlock: the cidr minus every except, matched against the endpoint's IPs. */
export function ipBlockMatches(block: IPBlock, e: Endpoint, ctx: MatchContext): boolean {
  return ipMatchable(e, ctx) && addressesInBlock(endpointIPs(e), compileBlock(block));
}

/** Whether some address lies in the cidr and in none of its excepts. */
export function addressesInBlock(ips: readonly IPAddress[], block: CompiledBlock): boolean {
  const { cidr, except } = block;
  if (!cidr) return false;
  // Plain loops: this runs for every endpoint with an IP and every distinct ipBlock.
  for (const ip of ips) {
    if (!cidrContains(cidr, ip)) continue;
    let excepted = false;
    for (const x of except) if ((excepted = cidrContains(x, ip))) break;
    if (!excepted) return true;
  }
  return false;
}

/**
 * One NetworkPolicyPeer. podSelector and namespaceSelector in the same peer are ANDed; a peer with
 * only a podSelector means pods of the policy's own namespace; with only a namespaceSelector, all
 * pods of the matching namespaces.
 */
export function peerMatches(
  peer: PolicyPeer,
  policyNamespace: string,
  e: Endpoint,
  ctx: MatchContext,
): boolean {
  if (peer.kind === 'ipBlock') return ipBlockMatches(peer.ipBlock, e, ctx);
  if (!isSelectable(e, ctx) || e.namespace === undefined) return false;
  if (peer.namespaceSelector) {
    const ns = ctx.namespaces.get(e.namespace);
    if (!ns || !matchesSelector(peer.namespaceSelector, ns.labels)) return false;
  } else if (e.namespace !== policyNamespace) {
    return false;
  }
  return peer.podSelector ? matchesSelector(peer.podSelector, e.labels) : true;
}

/**
 * One NetworkPolicyPort against a probe of the destination. A named port resolves against the
 * destination's container port of that name AND protocol, so it never matches an External one.
 */
export function portEntryAdmits(entry: PolicyPort, probe: Probe, destination: Endpoint): boolean {
  if (entry.protocol !== probe.protocol) return false;
  if (entry.port === undefined) return true;
  if (typeof entry.port === 'number') {
    const end = entry.endPort ?? entry.port;
    return probe.port >= entry.port && probe.port <= end;
  }
  return destination.ports.some(
    (p) => p.name === entry.port && p.protocol === probe.protocol && p.port === probe.port,
  );
}

/** Index of the first peer matching, -1 for "every peer" (no from/to), undefined for none. */
export function firstMatchingPeer(
  rule: PolicyRule,
  policyNamespace: string,
  e: Endpoint,
  ctx: MatchContext,
): number | undefined {
  if (!rule.peers) return -1;
  const i = rule.peers.findIndex((p) => peerMatches(p, policyNamespace, e, ctx));
  return i < 0 ? undefined : i;
}

/** Index of the first port entry admitting the probe, -1 for "every port", undefined for none. */
export function firstAdmittingPort(
  rule: PolicyRule,
  probe: Probe,
  destination: Endpoint,
): number | undefined {
  if (!rule.ports) return -1;
  const i = rule.ports.findIndex((p) => portEntryAdmits(p, probe, destination));
  return i < 0 ? undefined : i;
}

/** Whether the policy isolates the endpoint for the direction (selects it and has that type). */
export function policySelects(
  policy: NetworkPolicy,
  direction: PolicyType,
  e: Endpoint,
  ctx: MatchContext,
): boolean {
  return (
    policy.policyTypes.includes(direction) &&
    e.namespace === policy.namespace &&
    isSelectable(e, ctx) &&
    matchesSelector(policy.podSelector, e.labels)
  );
}

export function rulesOf(policy: NetworkPolicy, direction: PolicyType): readonly PolicyRule[] {
  return direction === 'Ingress' ? policy.ingress : policy.egress;
}

export function policyId(policy: NetworkPolicy): string {
  return `${policy.namespace}/${policy.name}`;
}
