import type { Endpoint, IPBlock, NetworkPolicy } from '../model/types';
import { createBitset, setBit, type Bitset } from './bitset';
import { parseIP, type IPAddress } from '../model/ip';
import {
  addressesInBlock,
  compileBlock,
  ipMatchable,
  isSelectable,
  type MatchContext,
} from './rules';
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
  /** Per distinct ipBlock (by `ipBlockKey`): the classes it matches. */
  ipBlockClasses: ReadonlyMap<string, Bitset>;
  /** What the grouping looked at; a finer grouping stays valid for policies that look at less. */
  keys: ReadonlySet<string>;
  endpoints: readonly Endpoint[];
  context: MatchContext;
}

/** Identifies an ipBlock by value: cidr and the set of excepts. */
export function ipBlockKey(block: IPBlock): string {
  return `${block.cidr}|${[...block.except].sort().join(',')}`;
}

/** Every distinct ipBlock in the policies, deduplicated by value. */
export function distinctIPBlocks(policies: readonly NetworkPolicy[]): Map<string, IPBlock> {
  const seen = new Map<string, IPBlock>();
  for (const p of policies) {
    for (const rule of [...p.ingress, ...p.egress]) {
      for (const peer of rule.peers ?? []) {
        if (peer.kind !== 'ipBlock') continue;
        const key = ipBlockKey(peer.ipBlock);
        if (!seen.has(key)) seen.set(key, peer.ipBlock);
      }
    }
  }
  return seen;
}

/** Label keys that some pod selector (the policy's own or a peer's) looks at. */
export function podSelectorKeys(policies: readonly NetworkPolicy[]): Set<string> {
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
  return keys;
}

/**
 * Whether an earlier grouping can serve these policies: same endpoints and options, and it looked
 * at every label key and ipBlock they use (it may have looked at more: classes are then finer
 * than needed, which changes no verdict).
 */
export function canReuseClasses(
  previous: EndpointClasses,
  endpoints: readonly Endpoint[],
  policies: readonly NetworkPolicy[],
  ctx: MatchContext,
): boolean {
  if (previous.endpoints !== endpoints) return false;
  if (
    previous.context.ipBlockMatchesPodIPs !== ctx.ipBlockMatchesPodIPs ||
    previous.context.hostNetworkPodsSelectable !== ctx.hostNetworkPodsSelectable ||
    previous.context.namespaces !== ctx.namespaces
  ) {
    return false;
  }
  for (const k of podSelectorKeys(policies)) if (!previous.keys.has(k)) return false;
  for (const k of distinctIPBlocks(policies).keys())
    if (!previous.ipBlockClasses.has(k)) return false;
  return true;
}

export function groupEndpoints(
  endpoints: readonly Endpoint[],
  policies: readonly NetworkPolicy[],
  ctx: MatchContext,
): EndpointClasses {
  const keySet = podSelectorKeys(policies);
  const keys = [...keySet].sort();
  const blocks = [...distinctIPBlocks(policies)];
  const compiledBlocks = blocks.map(([, b]) => compileBlock(b));
  const classOf = new Int32Array(endpoints.length);
  const representatives: Endpoint[] = [];
  const members: number[][] = [];
  const blockMembers: number[][] = blocks.map(() => []);
  const index = new Map<string, number>();
  for (let i = 0; i < endpoints.length; i++) {
    const e = endpoints[i]!;
    let ipBits = '';
    if (e.ips.length > 0) {
      // Parsed here rather than through the per-endpoint cache: a WeakMap entry per pod costs
      // more in garbage collection than parsing the address once.
      const ips = ipMatchable(e, ctx) ? parseAddresses(e.ips) : [];
      for (const b of compiledBlocks) ipBits += addressesInBlock(ips, b) ? '1' : '0';
    }
    const key = classKey(e, keys, ipBits, ctx);
    let c = index.get(key);
    if (c === undefined) {
      c = representatives.length;
      index.set(key, c);
      representatives.push(e);
      members.push([]);
      for (let b = 0; b < ipBits.length; b++) if (ipBits[b] === '1') blockMembers[b]!.push(c);
    }
    classOf[i] = c;
    members[c]!.push(i);
  }
  const ipBlockClasses = new Map<string, Bitset>();
  blocks.forEach(([key], b) => {
    const set = createBitset(representatives.length);
    for (const c of blockMembers[b]!) setBit(set, c);
    ipBlockClasses.set(key, set);
  });
  return {
    classOf,
    representatives,
    members,
    ipBlockClasses,
    keys: keySet,
    endpoints,
    context: ctx,
  };
}

/** Built by concatenation: it runs once per endpoint, 20,000 times for a large dump. */
function classKey(e: Endpoint, keys: readonly string[], ipBits: string, ctx: MatchContext): string {
  const selectable = isSelectable(e, ctx);
  let key = (e.kind === 'External' ? 'X' : selectable ? 'S' : 'H') + (e.namespace ?? '');
  if (selectable) {
    const labels = e.labels;
    for (const k of keys) key += Object.hasOwn(labels, k) ? `\u0001=${labels[k]}` : '\u0001';
  }
  return `${key}\u0002${ipBits}\u0002${portsSignature(e)}`;
}

function portsSignature(e: Endpoint): string {
  const ports = e.ports;
  if (ports.length === 0) return '';
  const parts: string[] = [];
  for (const p of ports) parts.push(`${p.name ?? ''}:${p.port}/${p.protocol}`);
  return parts.length === 1 ? parts[0]! : parts.sort().join(',');
}

function parseAddresses(texts: readonly string[]): IPAddress[] {
  const out: IPAddress[] = [];
  for (const t of texts) {
    const ip = parseIP(t);
    if (ip) out.push(ip);
  }
  return out;
}
