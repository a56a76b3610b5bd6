import type { Cluster, Endpoint } from '../model/types';
import { hasBit, type Bitset } from './bitset';
import { computeClassMatrix, type ClassMatrix } from './class-matrix';
import { compilePolicies, compilePoliciesReusing, type CompiledPolicy } from './compile-policies';
import { canReuseClasses, groupEndpoints, type EndpointClasses } from './classes';
import { explainConnection, groupPolicies, type PoliciesByNamespace } from './explain';
import { probesOf } from './probes';
import { matchContext, policyId, policySelects, type MatchContext } from './rules';
import type { EvaluateOptions, Explanation, Probe, Verdict } from './types';

export interface EvaluationState {
  compiled: readonly CompiledPolicy[];
  matrix: ClassMatrix;
  probesKey: string;
}

/** The evaluated cluster: who can reach whom on which probed port, and why. */
export interface Reachability {
  readonly endpoints: readonly Endpoint[];
  readonly classes: EndpointClasses;
  indexOf(id: string): number | undefined;
  /** Ports probed on a destination: its container ports plus the extra ports, by protocol then port. */
  probes(to: number): readonly Probe[];
  isAllowed(from: number, to: number, probe: Probe): boolean;
  /** Ports probed on the members of a destination class (the same for each of them). */
  classProbes(cls: number): readonly Probe[];
  /**
   * The source classes allowed to reach probe `k` of destination class `cls`: the evaluator's own
   * bitset, for callers that aggregate many classes at once (the graph). Read only.
   */
  allowedSources(cls: number, k: number): Bitset;
  /** Every verdict of the CLI contract, sorted by from, to, protocol, port. */
  verdicts(): Verdict[];
  explain(from: number, to: number, probe: Probe): Explanation;
  /** Policies isolating the endpoint, per direction. */
  isolation(index: number): { ingress: string[]; egress: string[] };
  readonly policies: PoliciesByNamespace;
  readonly context: MatchContext;
  /** What the next evaluation of an edit may reuse. */
  readonly state: EvaluationState;
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
  const extra = options.extraPorts ?? [];
  const classProbes = reps.map((r) => probesOf(r, extra));

  const probesKey = JSON.stringify(extra);
  const sameClasses = reuse && previous.state.probesKey === probesKey;
  let compiled: CompiledPolicy[];
  let matrix: ClassMatrix;
  if (reuse) {
    const c = compilePoliciesReusing(
      cluster.policies,
      classes,
      cluster.namespaces,
      ctx,
      previous.state.compiled,
    );
    compiled = c.compiled;
    matrix = computeClassMatrix(
      reps,
      classProbes,
      compiled,
      sameClasses
        ? { previous: previous.state.matrix, changed: [...c.fresh, ...c.retired] }
        : undefined,
    );
  } else {
    compiled = compilePolicies(cluster.policies, classes, cluster.namespaces, ctx);
    matrix = computeClassMatrix(reps, classProbes, compiled);
  }
  const { allowed, offsets } = matrix;

  const policies = groupPolicies(cluster.policies);
  const ids = new Map(endpoints.map((e, i) => [e.id, i]));
  const probeIndex = (cls: number, probe: Probe) =>
    classProbes[cls]!.findIndex((p) => p.port === probe.port && p.protocol === probe.protocol);

  const reachability: Reachability = {
    endpoints,
    classes,
    policies,
    context: ctx,
    state: { compiled, matrix, probesKey },
    indexOf: (id) => ids.get(id),
    probes: (to) => classProbes[classes.classOf[to]!]!,
    classProbes: (cls) => classProbes[cls]!,
    allowedSources: (cls, k) => allowed[offsets[cls]! + k]!,
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
