import type { Analysis } from '../analyze';
import type { Diagnostic } from '../model/diagnostic';
import type { Endpoint, Namespace, NetworkPolicy } from '../model/types';
import {
  policyFlows,
  type AdmittedFlow,
  type EmptyBecause,
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
 * Flows listed per rule. Every policy's rules cross the Worker boundary with each analysis (a
 * 20,000-pod dump with 1,000 policies: ~6 MB of flows at 50, ~0.5 s to compute), so the lists stay
 * short; `total` still counts every flow.
 */
export const SNAPSHOT_FLOWS_PER_RULE = 50;

/** One ingress or egress rule as the inspector shows it, with the flows it admits. */
export interface RuleDetails {
  /** What it admits in words (`pods app=frontend on 8080/TCP`). */
  admits: string;
  /** Where the rule starts, in the policy's file. */
  line?: number;
  /** Endpoints its peers match (all of them for a rule without peers). */
  peerEndpoints: number;
  admitsOutside: boolean;
  /** The first SNAPSHOT_FLOWS_PER_RULE flows it admits. */
  flows: AdmittedFlow[];
  /** Every flow it admits. */
  total: number;
  emptyBecause?: EmptyBecause;
}

/** A NetworkPolicy as the inspector shows it. */
export interface PolicyDetails {
  id: string;
  policyTypes: string[];
  /** kubectl notation of spec.podSelector (`{}` selects every pod of the namespace). */
  podSelector: string;
  /** Endpoint ids the policy selects (and so isolates for its policyTypes). */
  selects: string[];
  /** False when the CNI setting says policies are not enforced: its rules admit nothing then. */
  enforced: boolean;
  ingress: RuleDetails[];
  egress: RuleDetails[];
  file: string;
  line: number;
}

export interface AnalysisSnapshot {
  diagnostics: Diagnostic[];
  namespaces: Namespace[];
  endpoints: Endpoint[];
  services: ServiceReport[];
  policies: string[];
  policyDetails: Record<string, PolicyDetails>;
  skipped: number;
  classes: number;
  timings: Analysis['timings'];
  /** What the lint finds (src/findings), sorted by file and line. */
  findings: Finding[];
  /** The workspace's intents files checked (src/intents); absent when it has none. */
  intents?: IntentsReport;
}

function ruleDetails(rule: RuleFlows): RuleDetails {
  return {
    admits: rule.admits,
    ...(rule.source ? { line: rule.source.line } : {}),
    peerEndpoints: rule.peerEndpoints,
    admitsOutside: rule.admitsOutside,
    flows: rule.flows,
    total: rule.total,
    ...(rule.emptyBecause ? { emptyBecause: rule.emptyBecause } : {}),
  };
}

function detailsOf(p: NetworkPolicy, a: Analysis): PolicyDetails {
  const flows = policyFlows(a.reachability, p, { limit: SNAPSHOT_FLOWS_PER_RULE });
  return {
    id: policyId(p),
    policyTypes: [...p.policyTypes],
    podSelector: formatSelector(p.podSelector),
    selects: flows.selects,
    enforced: flows.enforced,
    ingress: flows.ingress.map(ruleDetails),
    egress: flows.egress.map(ruleDetails),
    file: p.source.file,
    line: p.source.line,
  };
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
    policyDetails: Object.fromEntries(
      a.cluster.policies.map((p) => [policyId(p), detailsOf(p, a)]),
    ),
    skipped: a.cluster.skipped.length,
    classes: a.reachability.classes.representatives.length,
    timings: a.timings,
    findings: findings ?? findFindings(a),
  };
}
