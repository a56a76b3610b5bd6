import {
  andNotInto,
  createBitset,
  intersects,
  isEmpty,
  isSubset,
  orInto,
  setBit,
  type Bitset,
} from '../evaluate/bitset';
import { admitsEgressOutside, admitsOutsideClients } from '../evaluate/exposure';
import type { Reachability } from '../evaluate/reachability';
import type { Probe } from '../evaluate/types';
import { PROTOCOLS, type Endpoint } from '../model/types';
import { compareEdgePorts } from './ports';
import type { EdgePort } from './types';

/** The endpoints behind one drawn node, as the evaluator tells them apart: by class. */
export interface NodeClasses {
  /** Distinct classes of the node's endpoints, ascending. */
  classes: number[];
  /**
   * Classes in which the node holds two different pods: two endpoints, or one workload endpoint
   * standing for several replicas. Only those make a class-to-itself pair within the node.
   */
  multi: ReadonlySet<number>;
  /** The classes as a bitset, and without External ones (there is no verdict between two). */
  set: Bitset;
  internal: Bitset;
}

/**
 * What one class pair, or a set of them merged, says on the destinations' probes. Shared between
 * callers (one per class pair is cached): copy before changing.
 */
export interface FlowTally {
  readonly allowed: readonly EdgePort[];
  readonly denied: readonly EdgePort[];
  /** Some port is allowed for one class pair and denied for another. */
  partial: boolean;
}

export interface ClassFlows {
  classesOf(endpointIndexes: readonly number[]): NodeClasses;
  /** Flows from the endpoints of `a` to those of `b` (different nodes). */
  between(a: NodeClasses, b: NodeClasses): FlowTally;
  /** Flows among the endpoints of one node. */
  within(a: NodeClasses): FlowTally;
  /**
   * Every class some class of `b` admits on some port: a node whose classes miss this set has no
   * allowed flow to `b`, so callers need not ask `between` for it.
   */
  sourcesOf(b: NodeClasses): Bitset;
  /** Flows from some client outside the cluster, as far as the destinations' ingress goes. */
  fromOutside(b: NodeClasses): FlowTally;
  isolation(cls: number): { ingress: boolean; egress: boolean };
  /** Whether the class's egress lets it open connections outside the cluster. */
  egressOutside(cls: number): boolean;
  representative(cls: number): Endpoint;
}

/**
 * Answers questions about drawn nodes through endpoint classes, never endpoint pairs: a node of
 * 3,000 pods usually has one class, so an edge between two such nodes costs one class pair. Each
 * class pair is evaluated once (on its representatives) and cached for the whole graph.
 */
export function createClassFlows(r: Reachability): ClassFlows {
  const { classOf, members } = r.classes;
  const count = members.length;
  const rep = (c: number) => members[c]![0]!;
  const isExternal = (c: number) => r.endpoints[rep(c)]!.kind === 'External';

  const pairCache = new Map<number, FlowTally | null>();
  const pair = (ca: number, cb: number): FlowTally | null => {
    const k = ca * count + cb;
    let v = pairCache.get(k);
    if (v === undefined) {
      // The contract has no verdicts between two External endpoints.
      v =
        isExternal(ca) && isExternal(cb)
          ? null
          : judge(r.probes(rep(cb)), (p) => r.isAllowed(rep(ca), rep(cb), p));
      pairCache.set(k, v);
    }
    return v;
  };

  const outsideCache = new Map<number, FlowTally | null>();
  const outside = (cb: number): FlowTally | null => {
    let v = outsideCache.get(cb);
    if (v === undefined) {
      const dst = r.endpoints[rep(cb)]!;
      // An External endpoint is itself outside; "outside → outside" says nothing.
      v =
        dst.kind === 'External'
          ? null
          : judge(r.probes(rep(cb)), (p) => admitsOutsideClients(dst, p, r.policies, r.context));
      outsideCache.set(cb, v);
    }
    return v;
  };

  const externals = createBitset(count);
  for (let c = 0; c < count; c++) if (isExternal(c)) setBit(externals, c);
  const sourceUnion = new Map<number, Bitset>();

  /**
   * Merges what the classes in `sources` may do on each probe of destination class `cb`, over
   * several destination classes: a port is allowed when some source class is allowed, denied when
   * some is not, and partial when both.
   */
  const createMerge = () => {
    const bits = new Map<number, number>();
    const ports = new Map<number, EdgePort>();
    return {
      add(cb: number, sources: Bitset) {
        if (isEmpty(sources)) return;
        const probes = r.classProbes(cb);
        for (let k = 0; k < probes.length; k++) {
          const p = probes[k]!;
          const allowedBits = r.allowedSources(cb, k);
          const mark =
            (intersects(sources, allowedBits) ? 1 : 0) | (isSubset(sources, allowedBits) ? 0 : 2);
          const key = PROTOCOLS.indexOf(p.protocol) * 65536 + p.port;
          const before = bits.get(key);
          if (before === undefined) ports.set(key, { port: p.port, protocol: p.protocol });
          bits.set(key, (before ?? 0) | mark);
        }
      },
      result(): FlowTally {
        if (bits.size === 0) return EMPTY;
        const allowed: EdgePort[] = [];
        const denied: EdgePort[] = [];
        let partial = false;
        for (const [k, b] of bits) {
          if (b & 1) allowed.push(ports.get(k)!);
          if (b & 2) denied.push(ports.get(k)!);
          if (b === 3) partial = true;
        }
        return {
          allowed: allowed.sort(compareEdgePorts),
          denied: denied.sort(compareEdgePorts),
          partial,
        };
      },
    };
  };

  const isolationCache = new Map<number, { ingress: boolean; egress: boolean }>();
  const egressCache = new Map<number, boolean>();

  return {
    classesOf(indexes) {
      const seen = new Map<number, number>();
      const multi = new Set<number>();
      const set = createBitset(count);
      const internal = createBitset(count);
      for (const i of indexes) {
        const c = classOf[i]!;
        seen.set(c, (seen.get(c) ?? 0) + 1);
        if (seen.get(c)! > 1 || standsForSeveralPods(r.endpoints[i]!)) multi.add(c);
        setBit(set, c);
        if (!isExternal(c)) setBit(internal, c);
      }
      return { classes: [...seen.keys()].sort((x, y) => x - y), multi, set, internal };
    },
    between(a, b) {
      if (a.classes.length === 1 && b.classes.length === 1)
        return pair(a.classes[0]!, b.classes[0]!) ?? EMPTY;
      // Many classes on a side (a collapsed namespace): each destination class's probes against
      // the source classes as one bitset, instead of every class pair.
      const merge = createMerge();
      for (const cb of b.classes) merge.add(cb, isExternal(cb) ? a.internal : a.set);
      return merge.result();
    },
    within(a) {
      const merge = createMerge();
      const sources = createBitset(count);
      for (const cb of a.classes) {
        sources.set(isExternal(cb) ? a.internal : a.set);
        // A class to itself only where the node holds two pods of it.
        if (!a.multi.has(cb)) sources[cb >>> 5]! &= ~(1 << (cb & 31));
        merge.add(cb, sources);
      }
      return merge.result();
    },
    sourcesOf(b) {
      const out = createBitset(count);
      for (const cb of b.classes) {
        let u = sourceUnion.get(cb);
        if (!u) {
          u = createBitset(count);
          const probes = r.classProbes(cb);
          for (let k = 0; k < probes.length; k++) orInto(u, r.allowedSources(cb, k));
          if (isExternal(cb)) andNotInto(u, externals);
          sourceUnion.set(cb, u);
        }
        orInto(out, u);
      }
      return out;
    },
    fromOutside(b) {
      const list: FlowTally[] = [];
      for (const cb of b.classes) {
        const v = outside(cb);
        if (v) list.push(v);
      }
      return tally(list);
    },
    isolation(cls) {
      let iso = isolationCache.get(cls);
      if (!iso) {
        const { ingress, egress } = r.isolation(rep(cls));
        iso = { ingress: ingress.length > 0, egress: egress.length > 0 };
        isolationCache.set(cls, iso);
      }
      return iso;
    },
    egressOutside(cls) {
      let v = egressCache.get(cls);
      if (v === undefined) {
        v = admitsEgressOutside(r.endpoints[rep(cls)]!, r.policies, r.context);
        egressCache.set(cls, v);
      }
      return v;
    },
    representative: (cls) => r.endpoints[rep(cls)]!,
  };
}

/**
 * A template endpoint stands for `replicas` pods (a DaemonSet for one per node), which can talk
 * to each other; a Job or CronJob usually runs one pod at a time.
 */
export function standsForSeveralPods(e: Endpoint): boolean {
  if (e.kind === 'Pod' || e.kind === 'External') return false;
  return e.replicas !== undefined ? e.replicas > 1 : e.kind === 'DaemonSet';
}

function judge(probes: readonly Probe[], allowed: (p: Probe) => boolean): FlowTally {
  const yes: EdgePort[] = [];
  const no: EdgePort[] = [];
  for (const p of probes) (allowed(p) ? yes : no).push({ port: p.port, protocol: p.protocol });
  return { allowed: yes, denied: no, partial: false };
}

const EMPTY: FlowTally = { allowed: [], denied: [], partial: false };

/**
 * Merges class-pair verdicts. Ports are keyed by number (protocol × 65536 + port): with many
 * classes on both sides (collapsed namespaces) this runs for every class pair.
 */
function tally(list: readonly FlowTally[]): FlowTally {
  if (list.length === 0) return EMPTY;
  // The common case (one class on each side): probes are already sorted and distinct.
  if (list.length === 1) return list[0]!;
  const seen = new Map<number, number>();
  const ports = new Map<number, EdgePort>();
  const mark = (p: EdgePort, bit: number) => {
    const k = PROTOCOLS.indexOf(p.protocol) * 65536 + p.port;
    const bits = seen.get(k);
    if (bits === undefined) ports.set(k, p);
    seen.set(k, (bits ?? 0) | bit);
  };
  for (const v of list) {
    for (const p of v.allowed) mark(p, 1);
    for (const p of v.denied) mark(p, 2);
  }
  const allowed: EdgePort[] = [];
  const denied: EdgePort[] = [];
  let partial = false;
  for (const [k, bits] of seen) {
    if (bits & 1) allowed.push(ports.get(k)!);
    if (bits & 2) denied.push(ports.get(k)!);
    if (bits === 3) partial = true;
  }
  return {
    allowed: allowed.sort(compareEdgePorts),
    denied: denied.sort(compareEdgePorts),
    partial,
  };
}
