import type { Analysis } from '../analyze';
import type { SourceRange } from '../model/diagnostic';
import type {
  Endpoint,
  Namespace,
  NetworkPolicy,
  PolicyRule,
  PolicyType,
  Service,
} from '../model/types';
import type { EndpointClasses } from '../evaluate/classes';
import type { CompiledPolicy } from '../evaluate/compile-policies';
import { evaluateReachability } from '../evaluate/reachability';
import { isSelectable, rulesOf, type MatchContext } from '../evaluate/rules';
import { reportServices } from '../evaluate/services';
import type { Finding, FindingRule } from './types';

/**
 * What every rule family reads, computed once per lint: the analysis, and the policies compiled
 * over endpoint classes that tell apart everything their selectors can.
 */
export interface FindingContext {
  analysis: Analysis;
  ctx: MatchContext;
  classes: EndpointClasses;
  /** Aligned with `analysis.cluster.policies`. */
  compiled: readonly CompiledPolicy[];
  /** Selectable classes per namespace, in class order. */
  classesByNamespace: ReadonlyMap<string, readonly number[]>;
  /** Pods and workloads (no Externals) per namespace. */
  endpointsByNamespace: ReadonlyMap<string, readonly Endpoint[]>;
  /** Whether some Namespace object in the input declares its labels. */
  namespacesDeclared: boolean;
}

/**
 * The lint is about what the policies say, whether or not anything enforces them: when the
 * analysis was made for a CNI that enforces none (its evaluation saw no policy), the cluster is
 * evaluated again with its policies, so every rule family reads one evaluation that has them.
 */
export function findingContext(given: Analysis): FindingContext {
  const analysis = withPoliciesEnforced(given);
  const { cluster, reachability } = analysis;
  const ctx = reachability.context;
  const classes = reachability.classes;
  const compiled = reachability.state.compiled;

  const classesByNamespace = new Map<string, number[]>();
  classes.representatives.forEach((e, c) => {
    if (e.namespace === undefined || !isSelectable(e, ctx)) return;
    const list = classesByNamespace.get(e.namespace) ?? [];
    list.push(c);
    classesByNamespace.set(e.namespace, list);
  });
  const endpointsByNamespace = new Map<string, Endpoint[]>();
  for (const e of cluster.endpoints) {
    if (e.kind === 'External' || e.namespace === undefined) continue;
    const list = endpointsByNamespace.get(e.namespace) ?? [];
    list.push(e);
    endpointsByNamespace.set(e.namespace, list);
  }
  return {
    analysis,
    ctx,
    classes,
    compiled,
    classesByNamespace,
    endpointsByNamespace,
    namespacesDeclared: [...cluster.namespaces.values()].some((n) => n.declared),
  };
}

function withPoliciesEnforced(analysis: Analysis): Analysis {
  const { cluster, reachability } = analysis;
  const compiled = reachability.state.compiled;
  const same =
    compiled.length === cluster.policies.length &&
    compiled.every((cp, i) => cp.policy === cluster.policies[i]);
  if (same) return analysis;
  const { ipBlockMatchesPodIPs, hostNetworkPodsSelectable } = reachability.context;
  const enforced = evaluateReachability(cluster, {
    ipBlockMatchesPodIPs,
    hostNetworkPodsSelectable,
  });
  return { ...analysis, reachability: enforced, services: reportServices(cluster, enforced) };
}

export function makeFinding(
  rule: FindingRule,
  message: string,
  objects: readonly string[],
  source: SourceRange,
): Finding {
  return { id: rule.id, severity: rule.severity, message, objects: [...objects], source };
}

export function endpointObject(e: Endpoint): string {
  if (e.kind === 'External') return e.id;
  return e.kind === 'Pod' ? `${e.namespace}/Pod/${e.name}` : e.id;
}

export function policyObject(p: NetworkPolicy): string {
  return `${p.namespace}/NetworkPolicy/${p.name}`;
}

export function serviceObject(s: Pick<Service, 'namespace' | 'name'>): string {
  return `${s.namespace}/Service/${s.name}`;
}

export function namespaceObject(ns: Namespace): string {
  return `Namespace/${ns.name}`;
}

/** `ingress rule 2` — 1-based, as explanations number rules. */
export function ruleLabel(direction: PolicyType, index: number): string {
  return `${direction.toLowerCase()} rule ${index + 1}`;
}

/** Where a rule is written, else its policy. */
export function ruleSource(policy: NetworkPolicy, rule: PolicyRule): SourceRange {
  return rule.source ?? policy.source;
}

/** Every rule of the directions the policy's policyTypes make effective. */
export function effectiveRules(
  policy: NetworkPolicy,
): { direction: PolicyType; index: number; rule: PolicyRule }[] {
  return policy.policyTypes.flatMap((direction) =>
    rulesOf(policy, direction).map((rule, index) => ({ direction, index, rule })),
  );
}

/** `a, b, c and 4 more` — keeps one-sentence messages short for dumps with many pods. */
export function listSome(items: readonly string[], max = 3): string {
  if (items.length <= max) return joinAnd(items);
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** `a, b and c` (or `a, b or c`). */
export function joinAnd(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** `3 pods`, `1 workload`, `4 pods and workloads`: what a list of endpoints holds. */
export function countEndpoints(list: readonly Endpoint[]): string {
  const pods = list.filter((e) => e.kind === 'Pod').length;
  if (pods === list.length) return plural(pods, 'pod');
  if (pods === 0) return plural(list.length, 'workload');
  return plural(list.length, 'pod or workload', 'pods and workloads');
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
