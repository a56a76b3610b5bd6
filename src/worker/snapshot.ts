import type { Analysis } from '../analyze';
import type { Diagnostic } from '../model/diagnostic';
import type { Endpoint, Namespace, NetworkPolicy } from '../model/types';
import { describeRule } from '../evaluate/describe-rule';
import { policyId, policySelects } from '../evaluate/rules';
import { formatSelector } from '../evaluate/selector';
import type { ServiceReport } from '../evaluate/types';

/**
 * What crosses the Worker boundary: plain data only (the live Reachability holds closures and
 * bitsets that structured clone cannot carry, and the page does not need them whole).
 */
/** A NetworkPolicy as the inspector shows it. */
export interface PolicyDetails {
  id: string;
  policyTypes: string[];
  /** kubectl notation of spec.podSelector (`{}` selects every pod of the namespace). */
  podSelector: string;
  /** Endpoint ids the policy selects (and so isolates for its policyTypes). */
  selects: string[];
  ingress: { admits: string; line?: number }[];
  egress: { admits: string; line?: number }[];
  file: string;
  line: number;
}

export interface AnalysisSnapshot {
  diagnostics: Diagnostic[];
  namespaces: Namespace[];
  endpoints: Endpoint[];
  services: ServiceReport[];
  policies: string[];
  policyDetails: Record<string, PolicyDetails>;
  skipped: number;
  classes: number;
  timings: Analysis['timings'];
}

function detailsOf(p: NetworkPolicy, a: Analysis): PolicyDetails {
  const r = a.reachability;
  const rules = (list: NetworkPolicy['ingress']) =>
    list.map((rule) => ({
      admits: describeRule(rule),
      ...(rule.source ? { line: rule.source.line } : {}),
    }));
  return {
    id: policyId(p),
    policyTypes: [...p.policyTypes],
    podSelector: formatSelector(p.podSelector),
    selects: r.endpoints
      .filter((e) => p.policyTypes.some((t) => policySelects(p, t, e, r.context)))
      .map((e) => e.id),
    ingress: rules(p.ingress),
    egress: rules(p.egress),
    file: p.source.file,
    line: p.source.line,
  };
}

export function snapshotOf(a: Analysis): AnalysisSnapshot {
  return {
    diagnostics: a.diagnostics,
    namespaces: [...a.cluster.namespaces.values()],
    endpoints: [...a.cluster.endpoints],
    services: a.services,
    policies: a.cluster.policies.map((p) => `${p.namespace}/${p.name}`),
    policyDetails: Object.fromEntries(
      a.cluster.policies.map((p) => [policyId(p), detailsOf(p, a)]),
    ),
    skipped: a.cluster.skipped.length,
    classes: a.reachability.classes.representatives.length,
    timings: a.timings,
  };
}
