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
import type { DirectionExplanation, Explanation, Probe, RuleRef, SummaryPart } from './types';

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
      result.rules.push({
        policy: policyId(policy),
        rule: index,
        admits: describeRule(rule),
        ...(rule.source ? { source: rule.source } : {}),
      });
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
  const summary = summaryParts({ ...base, egress, ingress })
    .map((p) => p.text)
    .join('');
  return { ...base, egress, ingress, summary };
}

const text = (t: string): SummaryPart => ({ text: t });
const policyPart = (policy: string): SummaryPart => ({ text: policy, policy });

/** `label` naming one rule of the side's policies, with its source when the side lists it. */
function rulePart(
  side: DirectionExplanation,
  policy: string,
  rule: number,
  label: string,
): SummaryPart {
  const source = side.rules.find((r) => r.policy === policy && r.rule === rule)?.source;
  return {
    text: label,
    rule: { policy, direction: side.direction, rule, ...(source ? { source } : {}) },
  };
}

function joinParts(lists: readonly SummaryPart[][], separator: string): SummaryPart[] {
  return lists.flatMap((list, i) => (i === 0 ? list : [text(separator), ...list]));
}

function refParts(ref: RuleRef, side: DirectionExplanation): SummaryPart[] {
  const label = `${side.direction.toLowerCase()} rule ${ref.rule + 1}`;
  const parts = [policyPart(ref.policy), text(' '), rulePart(side, ref.policy, ref.rule, label)];
  if (ref.peer !== undefined) parts.push(text(`, peer ${ref.peer + 1}`));
  if (ref.port !== undefined) parts.push(text(`, port ${ref.port + 1}`));
  return parts;
}

function sideParts(side: DirectionExplanation, what: string): SummaryPart[] {
  const dir = side.direction.toLowerCase();
  if (!side.applies) return [text(`${side.subject} is outside the cluster (no ${dir} side)`)];
  if (!side.isolated) return [text(`${side.subject} is not isolated for ${dir}`)];
  const isolatedBy = [
    text(`${side.subject} is isolated for ${dir} by `),
    ...joinParts(
      side.isolatingPolicies.map((p) => [policyPart(p)]),
      ', ',
    ),
  ];
  if (side.allowed) {
    return [
      ...isolatedBy,
      text('; admitted by '),
      ...joinParts(
        side.admittedBy.map((r) => refParts(r, side)),
        '; ',
      ),
    ];
  }
  const listed = side.rules
    .slice(0, 3)
    .map((r) => [
      policyPart(r.policy),
      text(' '),
      rulePart(side, r.policy, r.rule, `rule ${r.rule + 1}`),
      text(` admits ${r.admits}`),
    ]);
  if (side.rules.length > 3) listed.push([text(`${side.rules.length - 3} more rules`)]);
  const context =
    side.rules.length === 0
      ? [text(' (it has no rules)')]
      : [text(' ('), ...joinParts(listed, '; '), text(')')];
  return [...isolatedBy, text(`; no rule admits ${what}`), ...context];
}

/**
 * The summary of an explanation as parts, each naming the policy or rule its text is about; the
 * texts joined are `Explanation.summary`, so the CLI's sentence and the page's links never differ.
 *
 * @example
 * summaryParts(e).map((p) => p.text).join('') === e.summary // always
 */
export function summaryParts(e: Omit<Explanation, 'summary'>): SummaryPart[] {
  const portText = `${e.port}/${e.protocol}`;
  const egress = sideParts(e.egress, `${e.to} on ${portText}`);
  const ingress = sideParts(e.ingress, `${e.from} on ${portText}`);
  if (e.allowed) return [text('Allowed: '), ...egress, text(', and '), ...ingress, text('.')];
  const reasons = [e.egress, e.ingress]
    .filter((s) => !s.allowed)
    .map((s) => (s === e.egress ? egress : ingress));
  return [text('Denied: '), ...joinParts(reasons, '; and '), text('.')];
}
