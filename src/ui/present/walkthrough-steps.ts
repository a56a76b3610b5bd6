import type { ServiceReport } from '../../evaluate/types';
import type { AbstractGraph } from '../../graph/types';
import type { PolicySummary, RuleSummary } from '../../worker/snapshot';
import { exposureRows, type ExposureRow } from '../exposure/exposure-rows';

/**
 * The presentation walkthrough: every NetworkPolicy in input order, then every Service exposed
 * outside the cluster (the exposure tab's rows). Pure, so the keys, the buttons and the tests
 * step through the same list.
 */
export type WalkthroughStep =
  | { kind: 'policy'; id: string; number: number; of: number; caption: string }
  | { kind: 'service'; id: string; nodeId: string; number: number; of: number; caption: string };

export type WalkMove = 'next' | 'previous' | 'first' | 'last';

/** What the steps are built from: the parts of an analysis snapshot they read. */
export interface WalkthroughInput {
  policies: readonly string[];
  policySummaries: Readonly<Record<string, PolicySummary>>;
  services: readonly ServiceReport[];
}

/** A rule list this long is summarised by count: the caption is one line, not the policy. */
const RULES_NAMED = 2;

/**
 * The walkthrough's steps, numbered per kind.
 *
 * @example
 * walkthroughSteps(productionSnapshot).map(stepLabel)
 * // → ['Policy 1 of 1 · production/api-server-ingress',
 * //    'Exposed Service 1 of 2 · production/api-server-lb',
 * //    'Exposed Service 2 of 2 · production/api-server-np']
 */
export function walkthroughSteps(input: WalkthroughInput): WalkthroughStep[] {
  const policies = input.policies.filter((id) => input.policySummaries[id] !== undefined);
  const services = exposureRows(input.services).rows;
  return [
    ...policies.map((id, i): WalkthroughStep => ({
      kind: 'policy',
      id,
      number: i + 1,
      of: policies.length,
      caption: policyCaption(input.policySummaries[id]!),
    })),
    ...services.map((row, i): WalkthroughStep => ({
      kind: 'service',
      id: row.id,
      nodeId: row.nodeId,
      number: i + 1,
      of: services.length,
      caption: serviceCaption(row),
    })),
  ];
}

/** `Policy 2 of 5 · production/api-server-ingress`, `Exposed Service 1 of 2 · production/web`. */
export function stepLabel(step: WalkthroughStep): string {
  const kind = step.kind === 'policy' ? 'Policy' : 'Exposed Service';
  return `${kind} ${step.number} of ${step.of} · ${step.id}`;
}

/**
 * What the policy isolates and what it admits, in one line.
 *
 * @example
 * policyCaption(apiServerIngress)
 * // → 'Isolates production/Deployment/api-server for ingress and egress · ingress admits pods
 * //    app=frontend on 8080/TCP (1 flow) · egress admits …'
 */
export function policyCaption(p: PolicySummary): string {
  const types = p.policyTypes.map((t) => t.toLowerCase()).join(' and ');
  const n = p.selects.length;
  // Its rules admit nothing either: they only ever apply to the pods it selects.
  if (n === 0) return 'Selects no endpoint in the input: isolates nothing, admits nothing';
  const isolates = `Isolates ${n === 1 ? p.selects[0] : `${n} endpoints`} for ${types || 'nothing'}`;
  if (!p.enforced) return `${isolates} · the CNI enforces no NetworkPolicy: it changes nothing`;
  const parts = [isolates];
  for (const [direction, rules] of [
    ['ingress', p.ingress],
    ['egress', p.egress],
  ] as const) {
    const isolated = p.policyTypes.some((t) => t.toLowerCase() === direction);
    if (isolated && rules.length === 0) parts.push(`denies all ${direction}`);
    else if (rules.length > 0) parts.push(`${direction} admits ${admitsText(rules)}`);
  }
  return parts.join(' · ');
}

function admitsText(rules: readonly RuleSummary[]): string {
  const named = rules.slice(0, RULES_NAMED).map((r) => r.admits);
  const more = rules.length - named.length;
  const flows = rules.reduce((sum, r) => sum + r.total, 0);
  const what = more > 0 ? `${named.join(' or ')} or ${more} more` : named.join(' or ');
  return `${what} (${flows} ${flows === 1 ? 'flow' : 'flows'})`;
}

/**
 * How the Service is exposed and whether any backend's ingress lets outside clients in.
 *
 * @example
 * serviceCaption(nodePortRow)
 * // → "NodePort 31080 on every node → 80/TCP · not reachable from outside: no backend's
 * //    ingress admits outside clients on the target port"
 */
export function serviceCaption(row: ExposureRow): string {
  const verdict = row.externallyReachable ? 'reachable from outside' : 'not reachable from outside';
  return [...row.how, `${verdict}: ${row.reason}`].join(' · ');
}

/**
 * The step a move leads to; -1 stands for "not started" (and is where an empty walkthrough stays).
 * The ends do not wrap: in a meeting, → past the last step should not jump back to the first.
 *
 * @example
 * moveStep(-1, 'next', 3) // → 0
 * moveStep(2, 'next', 3) // → 2
 */
export function moveStep(current: number, move: WalkMove, count: number): number {
  if (count === 0) return -1;
  const at = Math.min(current, count - 1);
  switch (move) {
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'next':
      return Math.min(at + 1, count - 1);
    case 'previous':
      return Math.max(at - 1, 0);
  }
}

/** →/↓ next, ←/↑ previous, Home/End the ends; any other key is not the walkthrough's. */
export function walkMoveOfKey(key: string): WalkMove | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

export interface StepSelection {
  kind: 'node' | 'edge' | 'policy';
  id: string;
}

/** What selecting the step selects: the policy itself, or the Service's graph node. */
export function stepSelection(step: WalkthroughStep): StepSelection {
  return step.kind === 'policy'
    ? { kind: 'policy', id: step.id }
    : { kind: 'node', id: step.nodeId };
}

/** The step showing `selection`, or -1 (something else is selected, or nothing). */
export function stepIndexOf(
  steps: readonly WalkthroughStep[],
  selection: StepSelection | undefined,
): number {
  if (!selection) return -1;
  return steps.findIndex((s) => {
    const wanted = stepSelection(s);
    return wanted.kind === selection.kind && wanted.id === selection.id;
  });
}

/**
 * The node to bring into view for a policy: one drawing the first endpoint it selects (a collapsed
 * namespace when that endpoint is folded into one; an open namespace frame carries no flows).
 */
export function policyFocusNode(
  graph: AbstractGraph,
  selects: readonly string[],
): string | undefined {
  const first = selects[0];
  if (first === undefined) return undefined;
  return graph.nodes.find(
    (n) => (n.kind !== 'namespace' || n.collapsed === true) && n.endpoints.includes(first),
  )?.id;
}

/**
 * What the step indicator says before the first step: how much there is to walk through.
 *
 * @example
 * walkthroughIntro(steps) // → 'Walkthrough · 1 policy, 2 exposed Services'
 */
export function walkthroughIntro(steps: readonly WalkthroughStep[]): string {
  const policies = steps.filter((s) => s.kind === 'policy').length;
  const services = steps.length - policies;
  if (steps.length === 0) return 'Nothing to walk through: no NetworkPolicy, no exposed Service';
  const counts = [
    `${policies} ${policies === 1 ? 'policy' : 'policies'}`,
    `${services} exposed ${services === 1 ? 'Service' : 'Services'}`,
  ];
  return `Walkthrough · ${counts.join(', ')}`;
}
