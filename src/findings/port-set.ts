import { PROTOCOLS, type Endpoint, type PolicyRule, type Protocol } from '../model/types';

/** Closed ranges of port numbers per protocol, sorted and merged. */
export type PortSet = Readonly<Record<Protocol, readonly (readonly [number, number])[]>>;

const ALL: readonly (readonly [number, number])[] = [[1, 65535]];

export const EMPTY_PORTS: PortSet = { TCP: [], UDP: [], SCTP: [] };
export const ALL_PORTS: PortSet = { TCP: ALL, UDP: ALL, SCTP: ALL };

function merge(ranges: (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out.at(-1);
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/**
 * The ports a rule admits on a destination, exactly as `portEntryAdmits` decides them: numbers
 * and ranges as written, a named port as the destination's container port of that name and
 * protocol (so nothing on a destination that declares none, such as an address outside).
 */
export function rulePorts(rule: PolicyRule, destination: Endpoint | undefined): PortSet {
  if (!rule.ports) return ALL_PORTS;
  const ranges: Record<Protocol, [number, number][]> = { TCP: [], UDP: [], SCTP: [] };
  for (const entry of rule.ports) {
    const list = ranges[entry.protocol];
    if (entry.port === undefined) list.push([1, 65535]);
    else if (typeof entry.port === 'number') list.push([entry.port, entry.endPort ?? entry.port]);
    else {
      for (const p of destination?.ports ?? []) {
        if (p.name === entry.port && p.protocol === entry.protocol) list.push([p.port, p.port]);
      }
    }
  }
  return { TCP: merge(ranges.TCP), UDP: merge(ranges.UDP), SCTP: merge(ranges.SCTP) };
}

export function unionPorts(a: PortSet, b: PortSet): PortSet {
  return {
    TCP: merge([...a.TCP, ...b.TCP]),
    UDP: merge([...a.UDP, ...b.UDP]),
    SCTP: merge([...a.SCTP, ...b.SCTP]),
  };
}

export function portsEmpty(a: PortSet): boolean {
  return PROTOCOLS.every((p) => a[p].length === 0);
}

/** Both are merged, so each range of `a` must sit inside one range of `b`. */
export function portsWithin(a: PortSet, b: PortSet): boolean {
  return PROTOCOLS.every((p) =>
    a[p].every(([lo, hi]) => b[p].some(([blo, bhi]) => blo <= lo && hi <= bhi)),
  );
}

export function portsOverlap(a: PortSet, b: PortSet): boolean {
  return PROTOCOLS.some((p) =>
    a[p].some(([lo, hi]) => b[p].some(([blo, bhi]) => lo <= bhi && blo <= hi)),
  );
}

/** Past every real port number: named ports of pods not in the input are numbered from here. */
const OPAQUE_BASE = 65536;
const OPAQUE_ALL: readonly (readonly [number, number])[] = [[1, Number.MAX_SAFE_INTEGER]];

/**
 * The ports a rule admits on a pod that is not in the input (a new pod matching some selector):
 * what its named ports resolve to is unknown, so each name/protocol is an opaque number of its
 * own, which only the same name, a whole protocol, or a rule without ports covers.
 */
export function rulePortsOnUnknownPod(
  rule: PolicyRule,
  nameId: (name: string, protocol: Protocol) => number,
): PortSet {
  if (!rule.ports) return { TCP: OPAQUE_ALL, UDP: OPAQUE_ALL, SCTP: OPAQUE_ALL };
  const ranges: Record<Protocol, [number, number][]> = { TCP: [], UDP: [], SCTP: [] };
  for (const entry of rule.ports) {
    const list = ranges[entry.protocol];
    if (entry.port === undefined) list.push([1, Number.MAX_SAFE_INTEGER]);
    else if (typeof entry.port === 'number') list.push([entry.port, entry.endPort ?? entry.port]);
    else {
      const id = OPAQUE_BASE + nameId(entry.port, entry.protocol);
      list.push([id, id]);
    }
  }
  return { TCP: merge(ranges.TCP), UDP: merge(ranges.UDP), SCTP: merge(ranges.SCTP) };
}
