import type { Endpoint, NetworkPolicy, PolicyType } from '../model/types';
import {
  firstAdmittingPort,
  firstMatchingPeer,
  policyId,
  policySelects,
  rulesOf,
  type MatchContext,
} from './rules';
import { describeRule } from './describe-rule';
import type { DirectionExplanation, Explanation, Probe, RuleRef } from './types';

/** Policies grouped by namespace: a policy only ever selects pods of its own namespace. */
export type PoliciesByNamespace = ReadonlyMap<string, readonly NetworkPolicy[]>;

export function groupPolicies(policies: readonly NetworkPolicy[]): PoliciesByNamespace {
  const byNs = new Map<string, NetworkPolicy[]>();
  for (const p of policies) {
    const list = byNs.get(p.namespace) ?? [];
    list.push(p);
    byNs.set(p.namespace, list);
  }
  return byNs;
}

/**
 * One side of a connection, decided rule by rule: the subject (source for Egress, destination for
 * Ingress) is isolated iff some policy of its namespace selects it for the direction, and then the
 * connection is admitted iff some rule of some such policy matches both the other end and the port.
 */
export function explainDirection(
  direction: PolicyType,
  subject: Endpoint,
  other: Endpoint,
  destination: Endpoint,
  probe: Probe,
  policies: PoliciesByNamespace,
  ctx: MatchContext,
): DirectionExplanation {
  const result: DirectionExplanation = {
    direction,
    applies: subject.kind !== 'External',
    subject: subject.id,
    isolated: false,
    isolatingPolicies: [],
    admittedBy: [],
    peerMatchedPortMissed: [],
    rules: [],
    allowed: true,
  };
  if (!result.applies || subject.namespace === undefined) return result;
  for (const policy of policies.get(subject.namespace) ?? []) {
    if (!policySelects(policy, direction, subject, ctx)) continue;
    result.isolatingPolicies.push(policyId(policy));
    rulesOf(policy, direction).forEach((rule, index) => {
      result.rules.push({ policy: policyId(policy), rule: index, admits: describeRule(rule) });
      const peer = firstMatchingPeer(rule, policy.namespace, other, ctx);
      if (peer === undefined) return;
      const port = firstAdmittingPort(rule, probe, destination);
      const ref: RuleRef = { policy: policyId(policy), rule: index };
      if (peer >= 0) ref.peer = peer;
      if (port !== undefined && port >= 0) ref.port = port;
      (port === undefined ? result.peerMatchedPortMissed : result.admittedBy).push(ref);
    });
  }
  result.isolated = result.isolatingPolicies.length > 0;
  result.allowed = !result.isolated || result.admittedBy.length > 0;
  return result;
}

/**
 * The reference evaluation of one connection, with every reason. The class-grouped matrix must
 * agree with it (a property test checks that); the UI and the CLI explain from its fields.
 */
export function explainConnection(
  from: Endpoint,
  to: Endpoint,
  probe: Probe,
  policies: PoliciesByNamespace,
  ctx: MatchContext,
): Explanation {
  const egress = explainDirection('Egress', from, to, to, probe, policies, ctx);
  const ingress = explainDirection('Ingress', to, from, to, probe, policies, ctx);
  const allowed = egress.allowed && ingress.allowed;
  const base = { from: from.id, to: to.id, port: probe.port, protocol: probe.protocol, allowed };
  return { ...base, egress, ingress, summary: summarize(base, egress, ingress) };
}

function describeRef(ref: RuleRef, direction: PolicyType): string {
  const parts = [`${ref.policy} ${direction.toLowerCase()} rule ${ref.rule + 1}`];
  if (ref.peer !== undefined) parts.push(`peer ${ref.peer + 1}`);
  if (ref.port !== undefined) parts.push(`port ${ref.port + 1}`);
  return parts.join(', ');
}

function describeSide(side: DirectionExplanation, what: string): string {
  const dir = side.direction.toLowerCase();
  if (!side.applies) return `${side.subject} is outside the cluster (no ${dir} side)`;
  if (!side.isolated) return `${side.subject} is not isolated for ${dir}`;
  const by = side.isolatingPolicies.join(', ');
  if (side.allowed) {
    return `${side.subject} is isolated for ${dir} by ${by}; admitted by ${side.admittedBy
      .map((r) => describeRef(r, side.direction))
      .join('; ')}`;
  }
  const listed = side.rules
    .slice(0, 3)
    .map((r) => `${r.policy} rule ${r.rule + 1} admits ${r.admits}`);
  if (side.rules.length > 3) listed.push(`${side.rules.length - 3} more rules`);
  const context = side.rules.length === 0 ? ' (it has no rules)' : ` (${listed.join('; ')})`;
  return `${side.subject} is isolated for ${dir} by ${by}; no rule admits ${what}${context}`;
}

function summarize(
  c: { from: string; to: string; port: number; protocol: string; allowed: boolean },
  egress: DirectionExplanation,
  ingress: DirectionExplanation,
): string {
  const portText = `${c.port}/${c.protocol}`;
  const egressText = describeSide(egress, `${c.to} on ${portText}`);
  const ingressText = describeSide(ingress, `${c.from} on ${portText}`);
  if (c.allowed) return `Allowed: ${egressText}, and ${ingressText}.`;
  const reasons = [egress, ingress].filter((s) => !s.allowed);
  return `Denied: ${reasons.map((s) => (s === egress ? egressText : ingressText)).join('; and ')}.`;
}
