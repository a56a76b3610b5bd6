import type { FlowChange, PolicyGroup, PolicyStatus } from './types';

/**
 * The flow changes per deciding policy, by policy id; the changes no policy decided come last,
 * under ''. A flow decided by two policies is in both groups.
 */
export function groupByPolicy(
  flows: readonly FlowChange[],
  status: ReadonlyMap<string, PolicyStatus>,
): PolicyGroup[] {
  const groups = new Map<string, PolicyGroup>();
  const groupOf = (policy: string) => {
    let g = groups.get(policy);
    if (!g)
      groups.set(policy, (g = { policy, status: status.get(policy), allowed: [], denied: [] }));
    return g;
  };
  for (const flow of flows) {
    for (const policy of flow.policies.length > 0 ? flow.policies : ['']) {
      groupOf(policy)[flow.change].push(flow);
    }
  }
  return [...groups.values()].sort((a, b) =>
    a.policy === '' ? 1 : b.policy === '' ? -1 : a.policy < b.policy ? -1 : 1,
  );
}
