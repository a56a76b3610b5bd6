import type { NetworkPolicy } from '../model/types';
import { policyId } from '../evaluate/rules';
import type { PolicyStatus } from './types';

/** A policy's meaning without where it is written: moving it down a file is no change. */
function meaning(policy: NetworkPolicy): string {
  return JSON.stringify(policy, (key, value: unknown) => (key === 'source' ? undefined : value));
}

/** Policies added, removed, or changed in meaning, by id; and a lookup of any id's status. */
export function diffPolicies(before: readonly NetworkPolicy[], after: readonly NetworkPolicy[]) {
  const old = new Map(before.map((p) => [policyId(p), meaning(p)]));
  const now = new Map(after.map((p) => [policyId(p), meaning(p)]));
  const status = new Map<string, PolicyStatus>();
  for (const id of old.keys()) if (!now.has(id)) status.set(id, 'removed');
  for (const [id, m] of now) {
    const o = old.get(id);
    status.set(id, o === undefined ? 'added' : o === m ? 'unchanged' : 'changed');
  }
  const having = (s: PolicyStatus) =>
    [...status]
      .filter(([, v]) => v === s)
      .map(([id]) => id)
      .sort();
  return {
    summary: { added: having('added'), removed: having('removed'), changed: having('changed') },
    status,
  };
}
