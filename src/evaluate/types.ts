import type { SourceRange } from '../model/diagnostic';
import type { Endpoint, PolicyType, Protocol } from '../model/types';

/** A destination port to test. */
export interface Probe {
  port: number;
  protocol: Protocol;
}

export interface EvaluateOptions {
  /** Ports probed on every destination in addition to its container ports (CLI `--port`). */
  extraPorts?: readonly Probe[];
  /**
   * Whether ipBlock peers match Pods by their IP. Kubernetes leaves this to the CNI; the upstream
   * e2e suite expects it, so it defaults to true. Workloads from templates have no IP either way.
   */
  ipBlockMatchesPodIPs?: boolean;
  /**
   * Whether policies select hostNetwork pods and selector peers match them. Kubernetes leaves it
   * undefined; most CNIs cannot tell such pods from their node, so the default is false: they are
   * never isolated and are matched only by ipBlock (their IP is the node's).
   */
  hostNetworkPodsSelectable?: boolean;
}

/** One row of the matrix, as the CLI contract prints it. */
export interface Verdict {
  from: string;
  to: string;
  port: number;
  protocol: Protocol;
  allowed: boolean;
}

/** A rule (and, when one decided, the peer and port entry) that admitted a connection. */
export interface RuleRef {
  /** `namespace/name` of the NetworkPolicy. */
  policy: string;
  /** Index into spec.ingress or spec.egress. */
  rule: number;
  /** Index into from/to; undefined when the rule has no peers (all peers). */
  peer?: number;
  /** Index into ports; undefined when the rule has no ports (all ports). */
  port?: number;
}

export interface DirectionExplanation {
  direction: 'Ingress' | 'Egress';
  /** False when this side does not exist (an External source has no egress side). */
  applies: boolean;
  /** Endpoint that this side is about (source for egress, destination for ingress). */
  subject: string;
  isolated: boolean;
  /** `ns/name` of every policy that selects the subject for this direction. */
  isolatingPolicies: string[];
  /** Rules that admit the connection; empty when none does. */
  admittedBy: RuleRef[];
  /** Rules whose peer matches but whose ports do not admit the probe (the usual "why"). */
  peerMatchedPortMissed: RuleRef[];
  /**
   * Every rule of the isolating policies, with what it admits in words and where it is written
   * (the RuleRefs above name rules of these policies, so this is where their sources are found).
   */
  rules: { policy: string; rule: number; admits: string; source?: SourceRange }[];
  allowed: boolean;
}

export interface Explanation {
  from: string;
  to: string;
  port: number;
  protocol: Protocol;
  allowed: boolean;
  egress: DirectionExplanation;
  ingress: DirectionExplanation;
  /** One or two sentences a person can read, built from the fields above. */
  summary: string;
}

/**
 * A piece of an explanation's summary (see `summaryParts`): its text, and the policy or rule the
 * text names, so a reader can link it to the manifest. The texts joined are the summary.
 */
export interface SummaryPart {
  text: string;
  /** `ns/name` when the text is a policy's id. */
  policy?: string;
  /** When the text names a rule (`ingress rule 1`, `rule 1`): which one, and where it is written. */
  rule?: { policy: string; direction: PolicyType; rule: number; source?: SourceRange };
}

export interface ServiceBackend {
  endpoint: string;
  /** Resolved target port on this backend; undefined when a named targetPort is missing. */
  targetPort?: number;
  /** Whether this backend's ingress admits some client outside the cluster on targetPort. */
  admitsOutside: boolean;
}

export interface ServicePortReport {
  name?: string;
  port: number;
  targetPort: number | string;
  protocol: Protocol;
  nodePort?: number;
  backends: ServiceBackend[];
}

export interface ServiceReport {
  id: string;
  namespace: string;
  name: string;
  type: string;
  dns: string;
  clusterIP?: string;
  headless: boolean;
  externalName?: string;
  externalIPs: string[];
  loadBalancerSourceRanges: string[];
  sessionAffinity: 'None' | 'ClientIP';
  sessionAffinityTimeoutSeconds?: number;
  ports: ServicePortReport[];
  /** Endpoint ids (or IP text for addresses without a Pod) behind the Service. */
  backends: string[];
  /** Per-pod DNS names (headless Service of a StatefulSet, or pods with hostname/subdomain). */
  podDNS: string[];
  /** NodePort/LoadBalancer/externalIPs and some backend admits an outside client on a target port. */
  externallyReachable: boolean;
  /** How it is exposed at all: NodePort, LoadBalancer, externalIPs (empty for internal Services). */
  exposedVia: ('NodePort' | 'LoadBalancer' | 'externalIPs')[];
  /** Problems found while resolving: missing named targetPorts, no backends. */
  problems: string[];
}

export type { Endpoint };
