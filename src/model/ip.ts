/**
 * IPv4/IPv6 addresses and CIDRs as bigints, so containment is one shift and compare for both
 * families. Pure and allocation-light: the evaluator calls these per class, not per pod pair.
 */

export interface IPAddress {
  family: 4 | 6;
  value: bigint;
  /** IPv4 only: the address as an unsigned 32-bit number, for compares without BigInt. */
  v4?: number;
}

export interface CIDR {
  family: 4 | 6;
  /** Network address (host bits cleared). */
  base: bigint;
  prefix: number;
  /** The text as written. */
  text: string;
  /** IPv4 only: base and netmask as unsigned 32-bit numbers. */
  v4?: { base: number; mask: number };
}

/** Dotted quad to an unsigned 32-bit number, by hand: the evaluator parses every pod IP. */
function parseIPv4Number(text: string): number | undefined {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || dots === 3) return undefined;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else if (c >= 48 && c <= 57) {
      // Leading zeros are ambiguous (octal in some parsers); Kubernetes rejects them.
      if (digits > 0 && octet === 0) return undefined;
      octet = octet * 10 + (c - 48);
      if (++digits > 3 || octet > 255) return undefined;
    } else {
      return undefined;
    }
  }
  if (dots !== 3 || digits === 0) return undefined;
  return value * 256 + octet;
}

function parseIPv4(text: string): bigint | undefined {
  const n = parseIPv4Number(text);
  return n === undefined ? undefined : BigInt(n);
}

function parseIPv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.length < 2) return undefined;
  let head = text;
  if (text.includes('.')) {
    // Embedded IPv4 tail (e.g. ::ffff:10.0.0.1): rewrite it as two hex groups.
    const lastColon = text.lastIndexOf(':');
    const v4 = parseIPv4(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    head = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  let groups: string[];
  if (halves.length === 2) {
    const left = halves[0] ? halves[0].split(':') : [];
    const right = halves[1] ? halves[1].split(':') : [];
    const missing = 8 - left.length - right.length;
    if (missing < 1) return undefined;
    groups = [...left, ...Array<string>(missing).fill('0'), ...right];
  } else {
    groups = head.split(':');
  }
  if (groups.length !== 8) return undefined;
  let v = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    v = (v << 16n) | BigInt(parseInt(g, 16));
  }
  return v;
}

export function parseIP(text: string): IPAddress | undefined {
  const v4 = parseIPv4Number(text);
  if (v4 !== undefined) return { family: 4, value: BigInt(v4), v4 };
  const v6 = parseIPv6(text);
  if (v6 !== undefined) return { family: 6, value: v6 };
  return undefined;
}

function bitsOf(family: 4 | 6): number {
  return family === 4 ? 32 : 128;
}

/**
 * Parses `a.b.c.d/n` or `x::y/n`. Host bits set (e.g. `10.0.0.1/8`) are accepted and cleared, as
 * the API server's CIDR parsing of NetworkPolicy ipBlocks accepts them.
 */
export function parseCIDR(text: string): CIDR | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIP(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!ip || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const bits = bitsOf(ip.family);
  if (prefix > bits) return undefined;
  const shift = BigInt(bits - prefix);
  const base = (ip.value >> shift) << shift;
  if (ip.family === 6) return { family: 6, base, prefix, text };
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { family: 4, base, prefix, text, v4: { base: Number(base), mask } };
}

export function cidrContains(cidr: CIDR, ip: IPAddress): boolean {
  if (cidr.family !== ip.family) return false;
  // The evaluator asks this per class and ipBlock; 32-bit math is several times faster than BigInt.
  if (cidr.v4 && ip.v4 !== undefined) return ((ip.v4 ^ cidr.v4.base) & cidr.v4.mask) === 0;
  const shift = BigInt(bitsOf(cidr.family) - cidr.prefix);
  return ip.value >> shift === cidr.base >> shift;
}

/** True when `inner` lies wholly within `outer`. */
export function cidrCovers(outer: CIDR, inner: CIDR): boolean {
  return (
    outer.family === inner.family &&
    outer.prefix <= inner.prefix &&
    cidrContains(outer, { family: inner.family, value: inner.base })
  );
}

function lastAddress(c: CIDR): bigint {
  return c.base + (1n << BigInt(bitsOf(c.family) - c.prefix)) - 1n;
}

/** True when the excepts leave no address of `cidr` uncovered. */
export function cidrFullyExcepted(cidr: CIDR, excepts: readonly CIDR[]): boolean {
  const ranges = excepts
    .filter((e) => e.family === cidr.family)
    .map((e) => {
      const lo = e.base < cidr.base ? cidr.base : e.base;
      const hiE = lastAddress(e);
      const hiC = lastAddress(cidr);
      return [lo, hiE > hiC ? hiC : hiE] as const;
    })
    .filter(([lo, hi]) => lo <= hi)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let next = cidr.base;
  const end = lastAddress(cidr);
  for (const [lo, hi] of ranges) {
    if (lo > next) return false;
    if (hi + 1n > next) next = hi + 1n;
    if (next > end) return true;
  }
  return next > end;
}
