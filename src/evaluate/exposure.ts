import { cidrFullyExcepted, parseCIDR, type CIDR } from '../model/ip';
import type { Endpoint, PolicyPeer } from '../model/types';
import type { PoliciesByNamespace } from './explain';
import { firstAdmittingPort, policySelects, type MatchContext } from './rules';
import type { Probe } from './types';

/** An ipBlock admits someone outside the cluster unless its excepts cover the whole cidr. */
function peerAdmitsOutside(peer: PolicyPeer): boolean {
  if (peer.kind !== 'ipBlock') return false;
  const cidr = parseCIDR(peer.ipBlock.cidr);
  if (!cidr) return false;
  const except = peer.ipBlock.except.map(parseCIDR).filter((c): c is CIDR => c !== undefined);
  return !cidrFullyExcepted(cidr, except);
}

/**
 * Whether some client outside the cluster may reach the endpoint on the probe, as far as its
 * ingress policies go: it is not isolated for ingress, or a rule admitting the port has no `from`
 * or an ipBlock that leaves some address. Who is outside is not known, so this is "some client".
 */
export function admitsOutsideClients(
  destination: Endpoint,
  probe: Probe,
  policies: PoliciesByNamespace,
  ctx: MatchContext,
): boolean {
  if (destination.kind === 'External' || destination.namespace === undefined) return true;
  let isolated = false;
  for (const policy of policies.get(destination.namespace) ?? []) {
    if (!policySelects(policy, 'Ingress', destination, ctx)) continue;
    isolated = true;
    for (const rule of policy.ingress) {
      if (firstAdmittingPort(rule, probe, destination) === undefined) continue;
      if (!rule.peers || rule.peers.some(peerAdmitsOutside)) return true;
    }
  }
  return !isolated;
}

/**
 * Whether the endpoint may open a connection to some address outside the cluster, as far as its
 * egress policies go: it is not isolated for egress, or some egress rule has no `to` or names an
 * ipBlock that leaves some address. Any port counts; whether the far side answers is not known.
 */
export function admitsEgressOutside(
  source: Endpoint,
  policies: PoliciesByNamespace,
  ctx: MatchContext,
): boolean {
  if (source.kind === 'External' || source.namespace === undefined) return false;
  let isolated = false;
  for (const policy of policies.get(source.namespace) ?? []) {
    if (!policySelects(policy, 'Egress', source, ctx)) continue;
    isolated = true;
    for (const rule of policy.egress) {
      if (!rule.peers || rule.peers.some(peerAdmitsOutside)) return true;
    }
  }
  return !isolated;
}
