import type { Cluster, Endpoint } from '../model/types';
import {
  andInto,
  andNotInto,
  createBitset,
  fillBitset,
  hasBit,
  orInto,
  type Bitset,
} from './bitset';
import {
  compilePolicies,
  egressRulesByDestination,
  ingressPoliciesByClass,
  policyKey,
  type CompiledPolicy,
} from './compile-policies';
import { canReuseClasses, groupEndpoints, type EndpointClasses } from './classes';
import { explainConnection, groupPolicies, type PoliciesByNamespace } from './explain';
import { probesOf } from './probes';
import {
  firstAdmittingPort,
  matchContext,
  policyId,
  policySelects,
  type MatchContext,
} from './rules';
import type { EvaluateOptions, Explanation, Probe, Verdict } from './types';

/** The evaluated cluster: who can reach whom on which probed port, and why. */
export interface Reachability {
  readonly endpoints: readonly Endpoint[];
  readonly classes: EndpointClasses;
  indexOf(id: string): number | undefined;
  /** Ports probed on a destination: its container ports plus the extra ports, by protocol then port. */
  probes(to: number): readonly Probe[];
  isAllowed(from: number, to: number, probe: Probe): boolean;
  /** Every verdict of the CLI contract, sorted by from, to, protocol, port. */
  verdicts(): Verdict[];
  explain(from: number, to: number, probe: Probe): Explanation;
  /** Policies isolating the endpoint, per direction. */
  isolation(index: number): { ingress: string[]; egress: string[] };
  readonly policies: PoliciesByNamespace;
  readonly context: MatchContext;
  /** Compiled policies by `policyKey`, for the next evaluation to reuse. */
  readonly compiled: ReadonlyMap<string, CompiledPolicy>;
}

/**
 * Evaluates every class pair with bitsets: for each destination class and probed port, the set of
 * source classes whose egress admits it AND the set whose ingress admits it, intersected. Nothing
 * is materialised per pod pair; `isAllowed` looks pairs up through their classes.
 *
 * Given the previous evaluation of the same endpoints (an edited policy), it keeps the endpoint
 * classes and every policy whose meaning did not change, and compiles only the rest.
 */
export function evaluateReachability(
  cluster: Cluster,
  options: EvaluateOptions = {},
  previous?: Reachability,
): Reachability {
  const ctx = matchContext(cluster.namespaces, options);
  const endpoints = cluster.endpoints;
  const reuse =
    previous !== undefined && canReuseClasses(previous.classes, endpoints, cluster.policies, ctx);
  const classes = reuse ? previous.classes : groupEndpoints(endpoints, cluster.policies, ctx);
  const reps = classes.representatives;
  const n = reps.length;
  const extra = options.extraPorts ?? [];
  const classProbes = reps.map((r) => probesOf(r, extra));

  const compiled = compilePolicies(
    cluster.policies,
    classes,
    cluster.namespaces,
    ctx,
    reuse ? previous.compiled : undefined,
  );
  const ingressIsolated = createBitset(n);
  const egressNotIsolated = fillBitset(createBitset(n), n);
  for (const cp of compiled) {
    if (cp.policy.policyTypes.includes('Ingress')) orInto(ingressIsolated, cp.selected);
    if (cp.policy.policyTypes.includes('Egress')) andNotInto(egressNotIsolated, cp.selected);
  }
  const ingressByClass = ingressPoliciesByClass(compiled, n);
  const egressByClass = egressRulesByDestination(compiled, n);
  const stamp = new Int32Array(compiled.length).fill(-1);
  let probeSerial = 0;

  // allowed[offsets[d] + k] = the source classes allowed to reach probe k of class d.
  const offsets: number[] = [];
  const allowed: Bitset[] = [];
  for (let d = 0; d < n; d++) {
    offsets.push(allowed.length);
    const dst = reps[d]!;
    for (const probe of classProbes[d]!) {
      const fromIngress = createBitset(n);
      if (!hasBit(ingressIsolated, d)) fillBitset(fromIngress, n);
      else {
        for (const cp of ingressByClass[d]!) {
          cp.policy.ingress.forEach((rule, r) => {
            if (firstAdmittingPort(rule, probe, dst) !== undefined)
              orInto(fromIngress, cp.ingressPeers[r]!);
          });
        }
      }
      const fromEgress = egressNotIsolated.slice();
      const serial = probeSerial++;
      for (const { policy, rule } of egressByClass[d]!) {
        if (stamp[policy] === serial) continue;
        const cp = compiled[policy]!;
        if (firstAdmittingPort(cp.policy.egress[rule]!, probe, dst) === undefined) continue;
        stamp[policy] = serial;
        orInto(fromEgress, cp.selected);
      }
      andInto(fromEgress, fromIngress);
      allowed.push(fromEgress);
    }
  }

  const policies = groupPolicies(cluster.policies);
  const ids = new Map(endpoints.map((e, i) => [e.id, i]));
  const probeIndex = (cls: number, probe: Probe) =>
    classProbes[cls]!.findIndex((p) => p.port === probe.port && p.protocol === probe.protocol);

  let byKey: Map<string, CompiledPolicy> | undefined;
  const reachability: Reachability = {
    endpoints,
    classes,
    policies,
    context: ctx,
    // Keyed lazily: only the next evaluation of an edit asks for it.
    get compiled() {
      byKey ??= new Map(compiled.map((cp) => [policyKey(cp.policy), cp]));
      return byKey;
    },
    indexOf: (id) => ids.get(id),
    probes: (to) => classProbes[classes.classOf[to]!]!,
    isAllowed(from, to, probe) {
      const cf = classes.classOf[from]!;
      const ct = classes.classOf[to]!;
      const k = probeIndex(ct, probe);
      // A port outside the probed set is decided rule by rule instead.
      if (k < 0) return reachability.explain(from, to, probe).allowed;
      return hasBit(allowed[offsets[ct]! + k]!, cf);
    },
    verdicts() {
      const out: Verdict[] = [];
      endpoints.forEach((src, from) => {
        const cf = classes.classOf[from]!;
        endpoints.forEach((dst, to) => {
          if (from === to || (src.kind === 'External' && dst.kind === 'External')) return;
          const ct = classes.classOf[to]!;
          classProbes[ct]!.forEach((probe, k) => {
            out.push({
              from: src.id,
              to: dst.id,
              port: probe.port,
              protocol: probe.protocol,
              allowed: hasBit(allowed[offsets[ct]! + k]!, cf),
            });
          });
        });
      });
      return out;
    },
    explain: (from, to, probe) =>
      explainConnection(endpoints[from]!, endpoints[to]!, probe, policies, ctx),
    isolation(index) {
      const e = endpoints[index]!;
      const result = { ingress: [] as string[], egress: [] as string[] };
      for (const p of policies.get(e.namespace ?? '') ?? []) {
        if (policySelects(p, 'Ingress', e, ctx)) result.ingress.push(policyId(p));
        if (policySelects(p, 'Egress', e, ctx)) result.egress.push(policyId(p));
      }
      return result;
    },
  };
  return reachability;
}
