import type { Analysis } from '../analyze';
import type { Diagnostic } from '../model/diagnostic';
import type { Endpoint, Namespace, NetworkPolicy } from '../model/types';
import {
  policyFlows,
  type AdmittedFlow,
  type EmptyBecause,
  type PolicyFlows,
  type RuleFlows,
} from '../evaluate/policy-flows';
import { policyId } from '../evaluate/rules';
import { formatSelector } from '../evaluate/selector';
import type { ServiceReport } from '../evaluate/types';
import { findFindings, type Finding } from '../findings';
import type { IntentsReport } from '../intents';

/*
 * What crosses the Worker boundary: plain data only (the live Reachability holds closures and
 * bitsets that structured clone cannot carry, and the page does not need them whole).
 */

/**
 * Flows listed per rule of the policy asked about (policyDetailsOf); `total` still counts every
 * flow.
 */
export const SNAPSHOT_FLOWS_PER_RULE = 50;

/** One ingress or egress rule as the policy list and captions show it. */
export interface RuleSummary {
  /** What it admits in words (`pods app=frontend on 8080/TCP`). */
  admits: string;
  /** Where the rule starts, in the policy's file. */
  line?: number;
  /** Endpoints its peers match (all of them for a rule without peers). */
  peerEndpoints: number;
  admitsOutside: boolean;
  /** Every flow it admits. */
  total: number;
  emptyBecause?: EmptyBecause;
}

/** A rule as the inspector shows it for the selected policy, with the flows it admits. */
export interface RuleDetails extends RuleSummary {
  /** The first SNAPSHOT_FLOWS_PER_RULE flows it admits. */
  flows: AdmittedFlow[];
}

/**
 * A NetworkPolicy as every analysis sends it: what it selects and its rules with their counts.
 * The flows themselves come only for the policy someone looks at (policyDetailsOf): sent for
 * every policy with every analysis they were most of a big reply (a 2,000-pod dump: 0.7 of 2.2
 * MB) and of every edit's diff, and at 1,000 policies ~6 MB.
 */
export interface PolicySummary {
  id: string;
  policyTypes: string[];
  /** kubectl notation of spec.podSelector (`{}` selects every pod of the namespace). */
  podSelector: string;
  /** Endpoint ids the policy selects (and so isolates for its policyTypes). */
  selects: string[];
  /** False when the CNI setting says policies are not enforced: its rules admit nothing then. */
  enforced: boolean;
  ingress: RuleSummary[];
  egress: RuleSummary[];
  file: string;
  line: number;
}

/** A NetworkPolicy with the first flows each rule admits. */
export interface PolicyDetails extends Omit<PolicySummary, 'ingress' | 'egress'> {
  ingress: RuleDetails[];
  egress: RuleDetails[];
}

export interface AnalysisSnapshot {
  diagnostics: Diagnostic[];
  namespaces: Namespace[];
  endpoints: Endpoint[];
  services: ServiceReport[];
  policies: string[];
  policySummaries: Record<string, PolicySummary>;
  skipped: number;
  classes: number;
  timings: Analysis['timings'];
  /** What the lint finds (src/findings), sorted by file and line. */
  findings: Finding[];
  /** The workspace's intents files checked (src/intents); absent when it has none. */
  intents?: IntentsReport;
}

function ruleSummary(rule: RuleFlows): RuleSummary {
  return {
    admits: rule.admits,
    ...(rule.source ? { line: rule.source.line } : {}),
    peerEndpoints: rule.peerEndpoints,
    admitsOutside: rule.admitsOutside,
    total: rule.total,
    ...(rule.emptyBecause ? { emptyBecause: rule.emptyBecause } : {}),
  };
}

function summaryOf(p: NetworkPolicy, a: Analysis): PolicySummary {
  // Counted, none listed.
  return withRules(p, policyFlows(a.reachability, p, { limit: 0 }), ruleSummary);
}

function withRules<R>(p: NetworkPolicy, flows: PolicyFlows, rule: (flows: RuleFlows) => R) {
  return {
    id: policyId(p),
    policyTypes: [...p.policyTypes],
    podSelector: formatSelector(p.podSelector),
    selects: flows.selects,
    enforced: flows.enforced,
    ingress: flows.ingress.map(rule),
    egress: flows.egress.map(rule),
    file: p.source.file,
    line: p.source.line,
  };
}

/** The policy with that id (`namespace/name`) and the first flows of each rule; undefined if gone. */
export function policyDetailsOf(a: Analysis, id: string): PolicyDetails | undefined {
  const p = a.cluster.policies.find((q) => policyId(q) === id);
  if (!p) return undefined;
  const flows = policyFlows(a.reachability, p, { limit: SNAPSHOT_FLOWS_PER_RULE });
  return withRules(p, flows, (rule) => ({ ...ruleSummary(rule), flows: rule.flows }));
}

/**
 * What the page is sent of an analysis. `findings` may be given: an edit's reply first carries the
 * last findings sent and the session sends the new ones after the graph (AnalysisSession).
 */
export function snapshotOf(a: Analysis, findings?: Finding[]): AnalysisSnapshot {
  return {
    diagnostics: a.diagnostics,
    namespaces: [...a.cluster.namespaces.values()],
    endpoints: [...a.cluster.endpoints],
    services: a.services,
    policies: a.cluster.policies.map((p) => `${p.namespace}/${p.name}`),
    policySummaries: Object.fromEntries(
      a.cluster.policies.map((p) => [policyId(p), summaryOf(p, a)]),
    ),
    skipped: a.cluster.skipped.length,
    classes: a.reachability.classes.representatives.length,
    timings: a.timings,
    findings: findings ?? findFindings(a),
  };
}
