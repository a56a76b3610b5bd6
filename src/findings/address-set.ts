import { parseCIDR } from '../model/ip';
import type { IPBlock, PolicyRule } from '../model/types';

/** Address ranges per family, as sorted disjoint closed intervals of bigints. */
export interface AddressSet {
  v4: readonly (readonly [bigint, bigint])[];
  v6: readonly (readonly [bigint, bigint])[];
}

const V4_MAX = (1n << 32n) - 1n;
const V6_MAX = (1n << 128n) - 1n;

export const NO_ADDRESSES: AddressSet = { v4: [], v6: [] };
export const ALL_ADDRESSES: AddressSet = { v4: [[0n, V4_MAX]], v6: [[0n, V6_MAX]] };

type Ranges = (readonly [bigint, bigint])[];

function merge(ranges: Ranges): Ranges {
  const sorted = [...ranges].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: [bigint, bigint][] = [];
  for (const [lo, hi] of sorted) {
    const last = out.at(-1);
    if (last && lo <= last[1] + 1n) last[1] = last[1] > hi ? last[1] : hi;
    else out.push([lo, hi]);
  }
  return out;
}

function subtract(ranges: Ranges, cut: readonly [bigint, bigint]): Ranges {
  const out: Ranges = [];
  for (const [lo, hi] of ranges) {
    if (cut[1] < lo || cut[0] > hi) {
      out.push([lo, hi]);
      continue;
    }
    if (lo < cut[0]) out.push([lo, cut[0] - 1n]);
    if (hi > cut[1]) out.push([cut[1] + 1n, hi]);
  }
  return out;
}

function cidrRange(text: string): { family: 4 | 6; range: [bigint, bigint] } | undefined {
  const c = parseCIDR(text);
  if (!c) return undefined;
  const bits = BigInt((c.family === 4 ? 32 : 128) - c.prefix);
  return { family: c.family, range: [c.base, c.base + (1n << bits) - 1n] };
}

/** The addresses an ipBlock matches: its cidr minus every except. */
export function blockAddresses(block: IPBlock): AddressSet {
  const c = cidrRange(block.cidr);
  if (!c) return NO_ADDRESSES;
  let ranges: Ranges = [c.range];
  for (const x of block.except) {
    const e = cidrRange(x);
    if (e && e.family === c.family) ranges = subtract(ranges, e.range);
  }
  return c.family === 4 ? { v4: ranges, v6: [] } : { v4: [], v6: ranges };
}

export function unionAddresses(a: AddressSet, b: AddressSet): AddressSet {
  return { v4: merge([...a.v4, ...b.v4]), v6: merge([...a.v6, ...b.v6]) };
}

/**
 * Every address a rule's peers can match, inside the cluster or out: all of them without peers,
 * the ipBlocks' otherwise (selector peers match only pods, which classes account for).
 */
export function ruleAddresses(rule: PolicyRule): AddressSet {
  if (!rule.peers) return ALL_ADDRESSES;
  let out = NO_ADDRESSES;
  for (const peer of rule.peers) {
    if (peer.kind === 'ipBlock') out = unionAddresses(out, blockAddresses(peer.ipBlock));
  }
  return out;
}

export function addressesEmpty(a: AddressSet): boolean {
  return a.v4.length === 0 && a.v6.length === 0;
}

function within(a: readonly (readonly [bigint, bigint])[], b: Ranges): boolean {
  const merged = merge(b);
  return a.every(([lo, hi]) => merged.some(([blo, bhi]) => blo <= lo && hi <= bhi));
}

export function addressesWithin(a: AddressSet, b: AddressSet): boolean {
  return within(a.v4, [...b.v4]) && within(a.v6, [...b.v6]);
}

export function addressesOverlap(a: AddressSet, b: AddressSet): boolean {
  const overlap = (x: Ranges, y: Ranges) =>
    x.some(([lo, hi]) => y.some(([ylo, yhi]) => lo <= yhi && ylo <= hi));
  return overlap([...a.v4], [...b.v4]) || overlap([...a.v6], [...b.v6]);
}

/**
 * IPv4 addresses no client on the internet has (RFC 1918, CGNAT, loopback, link-local, "this
 * network", multicast and reserved). An ipBlock `0.0.0.0/0` that excepts only these still admits
 * the whole internet.
 */
const NOT_PUBLIC_V4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '224.0.0.0/3',
];

/** Every public IPv4 address. */
export const PUBLIC_V4: AddressSet = blockAddresses({ cidr: '0.0.0.0/0', except: NOT_PUBLIC_V4 });
