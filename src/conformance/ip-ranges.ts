/**
 * IPv4 ranges for the external endpoints of a case. netpol-analyzer splits 0.0.0.0/0 on the
 * boundaries of every ipBlock (cidr and except) of the policies and reports each piece as one
 * `first-last[External]` peer; we cut the address space at the same boundaries (and at those of
 * the expected ranges) and add reachmap externals at the first and last address of each piece.
 */
import type { Cluster } from '../model/types';

const SPACE = 2 ** 32;

export function ipv4ToNumber(text: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  let v = 0;
  for (let i = 1; i <= 4; i++) {
    const n = Number(m[i]);
    if (n > 255) return undefined;
    v = v * 256 + n;
  }
  return v;
}

export function numberToIPv4(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** `[first, last]` of an IPv4 CIDR (host bits ignored); undefined for IPv6 or malformed text. */
export function cidrRange(text: string): [number, number] | undefined {
  const [ip, prefixText] = text.split('/');
  if (ip === undefined || prefixText === undefined || !/^\d{1,2}$/.test(prefixText)) {
    return undefined;
  }
  const base = ipv4ToNumber(ip);
  const prefix = Number(prefixText);
  if (base === undefined || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  const first = Math.floor(base / size) * size;
  return [first, first + size - 1];
}

/** IPv4 cidr/except texts of every ipBlock peer of the cluster's policies. */
export function policyBlocks(cluster: Cluster): string[] {
  const out: string[] = [];
  for (const p of cluster.policies) {
    for (const rule of [...p.ingress, ...p.egress]) {
      for (const peer of rule.peers ?? []) {
        if (peer.kind !== 'ipBlock') continue;
        out.push(peer.ipBlock.cidr, ...peer.ipBlock.except);
      }
    }
  }
  return out;
}

/**
 * Cuts [0, 2^32) at the start and end+1 of every range given and returns the pieces. Each piece is
 * inside exactly one netpol-analyzer range, so one address of it stands for the whole piece.
 */
export function elementaryRanges(ranges: readonly [number, number][]): [number, number][] {
  const cuts = new Set<number>([0, SPACE]);
  for (const [first, last] of ranges) {
    cuts.add(first);
    cuts.add(last + 1);
  }
  const sorted = [...cuts].filter((c) => c >= 0 && c <= SPACE).sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < sorted.length; i++) out.push([sorted[i]!, sorted[i + 1]! - 1]);
  return out;
}

/** The external addresses to add: first and last address of each piece, deduplicated. */
export function representativeAddresses(pieces: readonly [number, number][]): string[] {
  const seen = new Set<number>();
  for (const [first, last] of pieces) {
    seen.add(first);
    seen.add(last);
  }
  return [...seen].sort((a, b) => a - b).map(numberToIPv4);
}
