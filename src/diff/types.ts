import type { Finding } from '../findings';
import type { EndpointKind, Protocol } from '../model/types';

/**
 * A connection whose verdict differs between the two versions: `allowed` when the new version
 * allows what the old one denied, `denied` for the reverse. `policies` are the NetworkPolicies
 * (`ns/name`) that decided the difference; empty when no policy did (say, a pod's labels changed
 * and it left every policy's reach).
 */
export interface FlowChange {
  from: string;
  to: string;
  port: number;
  protocol: Protocol;
  change: 'allowed' | 'denied';
  policies: string[];
}

/** How a NetworkPolicy itself differs between the versions (rules, selectors; not its line). */
export type PolicyStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/**
 * The flow changes one policy decided. A flow that two policies decided (egress and ingress
 * both changed) is in both groups. `policy` is '' for the changes no policy decided.
 */
export interface PolicyGroup {
  policy: string;
  status: PolicyStatus | undefined;
  allowed: FlowChange[];
  denied: FlowChange[];
}

/** What a Service offers, as far as reaching it goes. */
export interface ServiceExposure {
  type: string;
  exposedVia: string[];
  externallyReachable: boolean;
  ports: { port: number; protocol: Protocol; targetPort: number | string; nodePort?: number }[];
  externalIPs: string[];
  loadBalancerSourceRanges: string[];
}

export interface ServiceChange {
  id: string;
  change: 'added' | 'removed' | 'changed';
  before?: ServiceExposure;
  after?: ServiceExposure;
  /** The differences in words, e.g. `type ClusterIP → LoadBalancer`, `port 443/TCP added`. */
  details: string[];
}

export interface EndpointRef {
  id: string;
  kind: EndpointKind;
  namespace?: string;
}

/**
 * Everything that differs in reachability between an old and a new version of a cluster.
 * Connections of an endpoint that exists in one version only are not flow changes: the endpoint
 * is listed as added or removed instead.
 */
export interface ReachabilityDiff {
  /** Sorted by from, to, protocol, port. */
  flows: FlowChange[];
  /** The flows grouped by deciding policy, by policy id ('' last). */
  byPolicy: PolicyGroup[];
  services: ServiceChange[];
  endpoints: { added: EndpointRef[]; removed: EndpointRef[] };
  policies: { added: string[]; removed: string[]; changed: string[] };
  /** Undefined when findings were not compared (see `DiffOptions.findings`). */
  findings?: { added: Finding[]; resolved: Finding[] };
}
