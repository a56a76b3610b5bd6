import type { ReachabilityDiff } from './types';

/** Whether anything at all differs (`reachmap diff --exit-code`). */
export function hasChanges(diff: ReachabilityDiff): boolean {
  return (
    diff.flows.length > 0 ||
    diff.services.length > 0 ||
    diff.endpoints.added.length > 0 ||
    diff.endpoints.removed.length > 0 ||
    diff.policies.added.length > 0 ||
    diff.policies.removed.length > 0 ||
    diff.policies.changed.length > 0 ||
    (diff.findings !== undefined &&
      (diff.findings.added.length > 0 || diff.findings.resolved.length > 0))
  );
}
