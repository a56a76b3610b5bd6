import type { NetworkPolicy, PolicyType } from '../model/types';
import { hasBit } from '../evaluate/bitset';
import {
  endpointObject,
  joinAnd,
  listSome,
  makeFinding,
  namespaceObject,
  plural,
  policyObject,
  type FindingContext,
} from './context';
import { compareSources } from './sort';
import type { Finding, FindingRule } from './types';

export const COVERAGE_RULES = {
  namespaceWithoutDefaultDeny: {
    id: 'namespace-without-default-deny',
    severity: 'info',
    summary:
      'A namespace with NetworkPolicies but none selecting every pod (podSelector: {}) for a direction they use.',
  },
  podNotSelected: {
    id: 'pod-not-selected',
    severity: 'info',
    summary: 'Pods no NetworkPolicy selects, in a namespace where policies isolate others.',
  },
} as const satisfies Record<string, FindingRule>;

const selectsEveryPod = (p: NetworkPolicy) =>
  Object.keys(p.podSelector.matchLabels).length === 0 &&
  p.podSelector.matchExpressions.length === 0;

export function coverageFindings(fc: FindingContext): Finding[] {
  const { cluster } = fc.analysis;
  const byNamespace = new Map<string, number[]>();
  cluster.policies.forEach((p, i) => {
    byNamespace.set(p.namespace, [...(byNamespace.get(p.namespace) ?? []), i]);
  });
  const out: Finding[] = [];
  for (const [ns, indexes] of byNamespace) {
    const policies = indexes.map((i) => cluster.policies[i]!);
    const missing = (['Ingress', 'Egress'] as const).filter(
      (d: PolicyType) =>
        policies.some((p) => p.policyTypes.includes(d)) &&
        !policies.some((p) => p.policyTypes.includes(d) && selectsEveryPod(p)),
    );
    const namespace = cluster.namespaces.get(ns);
    if (missing.length > 0 && namespace) {
      const dirs = joinAnd(missing.map((d) => d.toLowerCase()));
      const first = [...policies].sort((a, b) => compareSources(a.source, b.source))[0]!;
      out.push(
        makeFinding(
          COVERAGE_RULES.namespaceWithoutDefaultDeny,
          `Namespace ${ns} has ${plural(policies.length, 'NetworkPolicy', 'NetworkPolicies')} but no default-deny (podSelector: {}) for ${dirs}, so pods ${policies.length === 1 ? 'it does' : 'they do'} not select, including ones added later, are not isolated for ${dirs}; add a default-deny policy if that is not intended.`,
          [namespaceObject(namespace), ...policies.map(policyObject)],
          namespace.declared && namespace.source ? namespace.source : first.source,
        ),
      );
    }
    out.push(...unselected(fc, ns, indexes));
  }
  return out;
}

/** One finding per endpoint class: pods no selector can tell apart are one case, not many. */
function unselected(fc: FindingContext, ns: string, policyIndexes: readonly number[]): Finding[] {
  const classes = fc.classesByNamespace.get(ns) ?? [];
  const isSelected = (c: number) => policyIndexes.some((i) => hasBit(fc.compiled[i]!.selected, c));
  if (!classes.some(isSelected)) return [];
  const { members, endpoints } = fc.classes;
  return classes
    .filter((c) => !isSelected(c))
    .map((c) => {
      const list = members[c]!.map((m) => endpoints[m]!);
      const ids = list.map((e) => e.id);
      return makeFinding(
        COVERAGE_RULES.podNotSelected,
        `${listSome(ids)} ${list.length === 1 ? 'is' : 'are'} selected by no NetworkPolicy while others in namespace ${ns} are, so no policy restricts what connects to ${list.length === 1 ? 'it' : 'them'} or where ${list.length === 1 ? 'it connects' : 'they connect'}.`,
        list.map(endpointObject),
        list[0]!.source ?? fc.analysis.cluster.policies[policyIndexes[0]!]!.source,
      );
    });
}
