import type { ServiceReport } from '../evaluate/types';
import { flowEdge } from './edge-set';
import type { GraphEdge } from './types';

const DNS_PORT = 53;

/**
 * Endpoint indexes that serve cluster DNS: backends of a Service with port 53 (kube-dns/CoreDNS,
 * node-local DNS, a custom resolver). Recognised by the Service, not by names, so a renamed
 * CoreDNS is still found.
 */
export function dnsServers(
  services: readonly ServiceReport[],
  indexOf: (endpointId: string) => number | undefined,
): Set<number> {
  const out = new Set<number>();
  for (const s of services) {
    if (!s.ports.some((p) => p.port === DNS_PORT)) continue;
    for (const p of s.ports) {
      if (p.port !== DNS_PORT) continue;
      for (const b of p.backends) {
        const i = indexOf(b.endpoint);
        if (i !== undefined) out.add(i);
      }
    }
  }
  return out;
}

/**
 * Takes DNS lookups off allowed edges into nodes holding a DNS server: every workload resolves
 * names, so those edges say little one by one and crowd the DNS node (21 of the microservices
 * sample's 116 edges). Only single ports 53/TCP and 53/UDP are removed; a range that merely
 * covers 53 is a different, wider grant and stays. `partial` is kept as it was: it may have come
 * from the DNS port, so it errs towards "check the pairs", never towards "all allowed". Returns the edges kept and how many
 * node pairs lost their DNS ports (the canvas says so, with a way to show them again).
 */
export function withoutDnsFlows(
  edges: readonly GraphEdge[],
  dnsNodes: ReadonlySet<string>,
): { edges: GraphEdge[]; hidden: number } {
  const out: GraphEdge[] = [];
  let hidden = 0;
  for (const e of edges) {
    if (e.kind !== 'allowed' || !dnsNodes.has(e.target)) {
      out.push(e);
      continue;
    }
    const rest = e.ports.filter((p) => p.port !== DNS_PORT || p.endPort !== undefined);
    if (rest.length === e.ports.length) {
      out.push(e);
      continue;
    }
    hidden++;
    if (rest.length > 0)
      out.push(flowEdge('allowed', e.source, e.target, rest, e.partial === true));
  }
  return { edges: out, hidden };
}
