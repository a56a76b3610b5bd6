import type { DirectionExplanation, RuleRef } from '../../evaluate/types';

/**
 * A rule reference in the words the evaluator's summary uses: 1-based, as people count
 * (`RuleRef` indexes are 0-based into spec.ingress/egress, from/to and ports).
 *
 * @example
 * ruleRefText({ policy: 'prod/api', rule: 0, peer: 1 }, 'Ingress') // → 'ingress rule 1, peer 2'
 */
export function ruleRefText(ref: Omit<RuleRef, 'policy'>, direction: 'Ingress' | 'Egress'): string {
  const parts = [`${direction.toLowerCase()} rule ${ref.rule + 1}`];
  if (ref.peer !== undefined) parts.push(`peer ${ref.peer + 1}`);
  if (ref.port !== undefined) parts.push(`port ${ref.port + 1}`);
  return parts.join(', ');
}

export type SideState = 'not-applicable' | 'open' | 'admitted' | 'blocked';

/** How one side decided: no such side, not isolated, isolated and admitted, isolated and blocked. */
export function sideState(side: DirectionExplanation): SideState {
  if (!side.applies) return 'not-applicable';
  if (!side.isolated) return 'open';
  return side.allowed ? 'admitted' : 'blocked';
}

/** The headline of one side, e.g. `Ingress of prod/api: isolated, no rule admits this`. */
export function sideHeadline(side: DirectionExplanation): string {
  const dir = side.direction === 'Ingress' ? 'Ingress' : 'Egress';
  switch (sideState(side)) {
    case 'not-applicable':
      return `${dir}: ${side.subject} is outside the cluster, no ${dir.toLowerCase()} side`;
    case 'open':
      return `${dir} of ${side.subject}: not isolated, everything passes`;
    case 'admitted':
      return `${dir} of ${side.subject}: isolated, admitted`;
    case 'blocked':
      return `${dir} of ${side.subject}: isolated, no rule admits this`;
  }
}

/**
 * A rule named for someone who cannot see the sentence around it (a link's accessible name).
 *
 * @example
 * ruleWhat({ policy: 'prod/api', direction: 'Ingress', rule: 0 }) // → 'ingress rule 1 of prod/api'
 */
export function ruleWhat(ref: { policy: string; direction: 'Ingress' | 'Egress'; rule: number }) {
  return `${ref.direction.toLowerCase()} rule ${ref.rule + 1} of ${ref.policy}`;
}
