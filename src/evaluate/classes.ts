import type { Endpoint, IPBlock, NetworkPolicy } from '../model/types';
import { ipBlockMatches, isSelectable, type MatchContext } from './rules';
import { selectorKeys } from './selector';

/**
 * Endpoints that no policy can tell apart, grouped. Two endpoints share a class when they have the
 * same namespace, the same values for every label key some pod selector looks at, the same answer
 * from every ipBlock, and the same container ports (named ports and probes depend on them). Every
 * connection between two endpoints is then decided by their classes alone.
 */
export interface EndpointClasses {
  /** Class index per endpoint index. */
  classOf: Int32Array;
  /** One representative endpoint per class. */
  representatives: Endpoint[];
  /** Endpoint indexes per class, in endpoint order. */
  members: number[][];
}

/** Every distinct ipBlock in the policies, deduplicated by value. */
export function distinctIPBlocks(policies: readonly NetworkPolicy[]): IPBlock[] {
  const seen = new Map<string, IPBlock>();
  for (const p of policies) {
    for (const rule of [...p.ingress, ...p.egress]) {
      for (const peer of rule.peers ?? []) {
        if (peer.kind !== 'ipBlock') continue;
        const key = `${peer.ipBlock.cidr}|${[...peer.ipBlock.except].sort().join(',')}`;
        if (!seen.has(key)) seen.set(key, peer.ipBlock);
      }
    }
  }
  return [...seen.values()];
}

/** Label keys that some pod selector (the policy's own or a peer's) looks at. */
export function podSelectorKeys(policies: readonly NetworkPolicy[]): string[] {
  const keys = new Set<string>();
  for (const p of policies) {
    for (const k of selectorKeys(p.podSelector)) keys.add(k);
    for (const rule of [...p.ingress, ...p.egress]) {
      for (const peer of rule.peers ?? []) {
        if (peer.kind === 'selector' && peer.podSelector) {
          for (const k of selectorKeys(peer.podSelector)) keys.add(k);
        }
      }
    }
  }
  return [...keys].sort();
}

export function groupEndpoints(
  endpoints: readonly Endpoint[],
  policies: readonly NetworkPolicy[],
  ctx: MatchContext,
): EndpointClasses {
  const keys = podSelectorKeys(policies);
  const blocks = distinctIPBlocks(policies);
  const classOf = new Int32Array(endpoints.length);
  const representatives: Endpoint[] = [];
  const members: number[][] = [];
  const index = new Map<string, number>();
  endpoints.forEach((e, i) => {
    const key = classKey(e, keys, blocks, ctx);
    let c = index.get(key);
    if (c === undefined) {
      c = representatives.length;
      index.set(key, c);
      representatives.push(e);
      members.push([]);
    }
    classOf[i] = c;
    members[c]!.push(i);
  });
  return { classOf, representatives, members };
}

function classKey(
  e: Endpoint,
  keys: readonly string[],
  blocks: readonly IPBlock[],
  ctx: MatchContext,
): string {
  const selectable = isSelectable(e, ctx);
  const parts: string[] = [e.kind === 'External' ? 'X' : selectable ? 'S' : 'H', e.namespace ?? ''];
  if (selectable) {
    for (const k of keys) {
      parts.push(Object.hasOwn(e.labels, k) ? `=${e.labels[k]}` : '');
    }
  }
  let ipBits = '';
  if (e.ips.length > 0) for (const b of blocks) ipBits += ipBlockMatches(b, e, ctx) ? '1' : '0';
  parts.push(ipBits);
  parts.push(
    e.ports
      .map((p) => `${p.name ?? ''}:${p.port}/${p.protocol}`)
      .sort()
      .join(','),
  );
  return parts.join('\u0001');
}
