import { hasChanges } from './has-changes';
import type { ReachabilityDiff } from './types';

/**
 * One line saying how much changed, for the CLI's formats and the Compare tab.
 *
 * @example summarizeDiff(d) // '1 newly allowed; 1 newly denied; 0 Service changes; …'
 */
export function summarizeDiff(diff: ReachabilityDiff): string {
  if (!hasChanges(diff)) return 'No changes.';
  const allowed = diff.flows.filter((f) => f.change === 'allowed').length;
  const services = diff.services.length;
  const parts = [
    `${allowed} newly allowed`,
    `${diff.flows.length - allowed} newly denied`,
    `${services} Service change${services === 1 ? '' : 's'}`,
    `${diff.endpoints.added.length} endpoints added, ${diff.endpoints.removed.length} removed`,
  ];
  if (diff.findings) {
    parts.push(
      `${diff.findings.added.length} findings added, ${diff.findings.resolved.length} resolved`,
    );
  }
  return `${parts.join('; ')}.`;
}

/** Policies added, removed or changed that decided no flow change (worth a look, not an alarm). */
export function quietPolicies(diff: ReachabilityDiff): string[] {
  const deciding = new Set(diff.byPolicy.map((g) => g.policy));
  return (['added', 'removed', 'changed'] as const).flatMap((status) =>
    diff.policies[status].filter((p) => !deciding.has(p)).map((p) => `${p} (${status})`),
  );
}
