import type { Endpoint } from '../model/types';
import {
  andInto,
  andNotInto,
  createBitset,
  fillBitset,
  hasBit,
  orInto,
  sameBits,
  type Bitset,
} from './bitset';
import {
  egressRulesByDestination,
  ingressPoliciesByClass,
  type CompiledPolicy,
} from './compile-policies';
import { firstAdmittingPort } from './rules';
import type { Probe } from './types';

/** For each destination class and probed port, the source classes allowed to reach it. */
export interface ClassMatrix {
  /** allowed[offsets[d] + k]: source classes allowed to reach probe k of class d. */
  offsets: number[];
  allowed: Bitset[];
  ingressIsolated: Bitset;
  egressNotIsolated: Bitset;
}

/** An earlier matrix over the same classes and probes, and the destinations an edit touched. */
export interface MatrixReuse {
  previous: ClassMatrix;
  /** Policies added or changed, and the ones they replaced. */
  changed: readonly CompiledPolicy[];
}

/**
 * The destination classes whose column a changed policy can alter: those it selects for ingress,
 * and those its egress rules' peers match. Any other column depends only on unchanged policies —
 * as long as no source's egress isolation changed, which the caller checks.
 */
function touchedDestinations(changed: readonly CompiledPolicy[], n: number): Bitset {
  const touched = createBitset(n);
  for (const cp of changed) {
    if (cp.policy.policyTypes.includes('Ingress')) orInto(touched, cp.selected);
    if (cp.policy.policyTypes.includes('Egress'))
      for (const peers of cp.egressPeers) orInto(touched, peers);
  }
  return touched;
}

export function computeClassMatrix(
  reps: readonly Endpoint[],
  classProbes: readonly (readonly Probe[])[],
  compiled: readonly CompiledPolicy[],
  reuse?: MatrixReuse,
): ClassMatrix {
  const n = reps.length;
  const ingressIsolated = createBitset(n);
  const egressNotIsolated = fillBitset(createBitset(n), n);
  for (const cp of compiled) {
    if (cp.policy.policyTypes.includes('Ingress')) orInto(ingressIsolated, cp.selected);
    if (cp.policy.policyTypes.includes('Egress')) andNotInto(egressNotIsolated, cp.selected);
  }
  // A change in who is egress-isolated alters every column; then nothing is kept.
  const keep =
    reuse && sameBits(reuse.previous.egressNotIsolated, egressNotIsolated) ? reuse : undefined;
  const touched = keep ? touchedDestinations(keep.changed, n) : undefined;

  const ingressByClass = ingressPoliciesByClass(compiled, n);
  const egressByClass = egressRulesByDestination(compiled, n);
  const stamp = new Int32Array(compiled.length).fill(-1);
  let serial = 0;
  const offsets: number[] = [];
  const allowed: Bitset[] = [];
  for (let d = 0; d < n; d++) {
    offsets.push(allowed.length);
    if (keep && !hasBit(touched!, d)) {
      const from = keep.previous.offsets[d]!;
      for (let k = 0; k < classProbes[d]!.length; k++)
        allowed.push(keep.previous.allowed[from + k]!);
      continue;
    }
    const dst = reps[d]!;
    for (const probe of classProbes[d]!) {
      const fromIngress = createBitset(n);
      if (!hasBit(ingressIsolated, d)) fillBitset(fromIngress, n);
      else {
        for (const cp of ingressByClass[d]!) {
          cp.policy.ingress.forEach((rule, r) => {
            if (firstAdmittingPort(rule, probe, dst) !== undefined) {
              orInto(fromIngress, cp.ingressPeers[r]!);
            }
          });
        }
      }
      const fromEgress = egressNotIsolated.slice();
      const current = serial++;
      for (const { policy, rule } of egressByClass[d]!) {
        if (stamp[policy] === current) continue;
        const cp = compiled[policy]!;
        if (firstAdmittingPort(cp.policy.egress[rule]!, probe, dst) === undefined) continue;
        stamp[policy] = current;
        orInto(fromEgress, cp.selected);
      }
      andInto(fromEgress, fromIngress);
      allowed.push(fromEgress);
    }
  }
  return { offsets, allowed, ingressIsolated, egressNotIsolated };
}
