import type { Analysis } from '../analyze';
import { findFindings } from '../findings';
import { diffEndpoints, diffFlows } from './diff-flows';
import { diffFindings } from './diff-findings';
import { diffPolicies } from './diff-policies';
import { diffServices } from './diff-services';
import { groupByPolicy } from './group-by-policy';
import type { ReachabilityDiff } from './types';

export type * from './types';
export { flowCauses } from './diff-flows';
export { hasChanges } from './has-changes';
export { quietPolicies, summarizeDiff } from './summary';

export interface DiffOptions {
  /** Compare lint findings too (default true): each version is linted once more. */
  findings?: boolean;
}

/**
 * What changes from `before` to `after` (two analyses made with the same options): connections
 * newly allowed or denied and the policies that decided them, Services whose exposure changes,
 * endpoints, policies and findings added or removed.
 *
 * @example
 * const d = diffAnalyses(analyze(oldFiles), analyze(newFiles));
 * d.byPolicy[0] // { policy: 'prod/api-ingress', status: 'changed', allowed: [...], denied: [...] }
 */
export function diffAnalyses(
  before: Analysis,
  after: Analysis,
  options: DiffOptions = {},
): ReachabilityDiff {
  const flows = diffFlows(before.reachability, after.reachability);
  const policies = diffPolicies(before.cluster.policies, after.cluster.policies);
  return {
    flows,
    byPolicy: groupByPolicy(flows, policies.status),
    services: diffServices(before.services, after.services),
    endpoints: diffEndpoints(before.reachability, after.reachability),
    policies: policies.summary,
    ...(options.findings === false
      ? {}
      : { findings: diffFindings(findFindings(before), findFindings(after)) }),
  };
}
