import type { SourceRange } from './diagnostic';

export type Labels = Readonly<Record<string, string>>;

export type Protocol = 'TCP' | 'UDP' | 'SCTP';
export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

export type SelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface SelectorRequirement {
  key: string;
  operator: SelectorOperator;
  values: readonly string[];
}

/** metav1.LabelSelector. An empty selector (`{}`) matches everything. */
export interface LabelSelector {
  matchLabels: Labels;
  matchExpressions: readonly SelectorRequirement[];
}

export interface ContainerPort {
  name?: string;
  port: number;
  protocol: Protocol;
}

export interface Namespace {
  name: string;
  /** Includes the implicit `kubernetes.io/metadata.name`. */
  labels: Labels;
  /** False when the namespace is only referenced by other objects. */
  declared: boolean;
  source?: SourceRange;
}

export const WORKLOAD_KINDS = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

export interface OwnerReference {
  kind: string;
  name: string;
  uid?: string;
  controller?: boolean;
}

/** A Pod, or a workload's pod template. */
export interface PodLike {
  namespace: string;
  name: string;
  labels: Labels;
  ports: readonly ContainerPort[];
  hostNetwork: boolean;
  ownerReferences: readonly OwnerReference[];
  source: SourceRange;
}

export interface Pod extends PodLike {
  kind: 'Pod';
  /** status.podIP, when the input has it. */
  ip?: string;
  ips: readonly string[];
  phase?: string;
  /** spec.hostname / spec.subdomain, for per-pod DNS names. */
  hostname?: string;
  subdomain?: string;
}

export interface Workload extends PodLike {
  kind: WorkloadKind;
  /** spec.replicas (defaults to 1 where Kubernetes defaults it; undefined for DaemonSet/Job/CronJob). */
  replicas?: number;
  /** StatefulSet spec.serviceName. */
  serviceName?: string;
}

export type EndpointKind = 'Pod' | WorkloadKind | 'External';

/**
 * Something traffic flows from or to: a Pod, a workload standing for its pods, or an external IP.
 * Ids follow the CLI contract: `ns/name`, `ns/Kind/name`, or the IP text.
 */
export interface Endpoint {
  id: string;
  kind: EndpointKind;
  namespace?: string;
  name: string;
  labels: Labels;
  ports: readonly ContainerPort[];
  /** IPs that ipBlock peers can match. */
  ips: readonly string[];
  hostNetwork: boolean;
  replicas?: number;
  /** Ids of the Pods/workloads folded into this endpoint (for display). */
  members?: readonly string[];
  /** StatefulSet serviceName, for per-pod DNS names. */
  serviceName?: string;
  source?: SourceRange;
}

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

export interface ServicePort {
  name?: string;
  port: number;
  /** Number or container port name; defaults to `port` when absent in the manifest. */
  targetPort: number | string;
  protocol: Protocol;
  nodePort?: number;
  appProtocol?: string;
}

export interface Service {
  namespace: string;
  name: string;
  type: ServiceType;
  /** Undefined for a Service without a selector (backends come from Endpoints/EndpointSlices). */
  selector?: Labels;
  ports: readonly ServicePort[];
  clusterIP?: string;
  headless: boolean;
  externalName?: string;
  externalIPs: readonly string[];
  loadBalancerSourceRanges: readonly string[];
  loadBalancerIP?: string;
  sessionAffinity: 'None' | 'ClientIP';
  sessionAffinityTimeoutSeconds?: number;
  externalTrafficPolicy?: 'Cluster' | 'Local';
  internalTrafficPolicy?: 'Cluster' | 'Local';
  publishNotReadyAddresses: boolean;
  annotations: Labels;
  labels: Labels;
  source: SourceRange;
}

export interface EndpointAddress {
  ip: string;
  targetRef?: { kind: string; name: string; namespace?: string };
}

/** One Endpoints object or EndpointSlice, normalised. */
export interface ServiceEndpoints {
  kind: 'Endpoints' | 'EndpointSlice';
  namespace: string;
  name: string;
  /** The Service it belongs to (Endpoints: same name; EndpointSlice: kubernetes.io/service-name). */
  serviceName: string;
  addresses: readonly EndpointAddress[];
  ports: readonly { name?: string; port: number; protocol: Protocol }[];
  source: SourceRange;
}

export interface IPBlock {
  cidr: string;
  except: readonly string[];
}

/**
 * A NetworkPolicyPeer. `podSelector`/`namespaceSelector` undefined means the field is absent,
 * which is different from `{}`.
 */
export type PolicyPeer =
  | { kind: 'selector'; podSelector?: LabelSelector; namespaceSelector?: LabelSelector }
  | { kind: 'ipBlock'; ipBlock: IPBlock };

export interface PolicyPort {
  protocol: Protocol;
  /** Absent: every port of the protocol. */
  port?: number | string;
  endPort?: number;
}

export interface PolicyRule {
  /** `undefined` when `from`/`to` is absent or empty: every peer, inside or outside the cluster. */
  peers?: readonly PolicyPeer[];
  /** `undefined` when `ports` is absent or empty: every port. */
  ports?: readonly PolicyPort[];
  source?: SourceRange;
}

export type PolicyType = 'Ingress' | 'Egress';

export interface NetworkPolicy {
  namespace: string;
  name: string;
  podSelector: LabelSelector;
  /** Effective policy types, defaults applied (Ingress always; Egress when `spec.egress` is non-empty). */
  policyTypes: readonly PolicyType[];
  /** Whether policyTypes was written in the manifest (for explanations). */
  policyTypesExplicit: boolean;
  ingress: readonly PolicyRule[];
  egress: readonly PolicyRule[];
  source: SourceRange;
}

export interface IngressBackendRef {
  serviceName: string;
  port?: number | string;
}

export interface IngressRoute {
  host?: string;
  path?: string;
  backend: IngressBackendRef;
}

export interface Ingress {
  namespace: string;
  name: string;
  ingressClassName?: string;
  defaultBackend?: IngressBackendRef;
  routes: readonly IngressRoute[];
  tls: readonly { hosts: readonly string[]; secretName?: string }[];
  source: SourceRange;
}

/** An object of a kind reachmap does not model; kept so the UI can list it. */
export interface SkippedObject {
  apiVersion?: string;
  kind: string;
  namespace?: string;
  name?: string;
  source: SourceRange;
}

/** Everything read from the input, validated; not yet assembled into a cluster. */
export interface ManifestObjects {
  namespaces: Namespace[];
  pods: Pod[];
  workloads: Workload[];
  services: Service[];
  serviceEndpoints: ServiceEndpoints[];
  policies: NetworkPolicy[];
  ingresses: Ingress[];
  skipped: SkippedObject[];
}

export function emptyManifestObjects(): ManifestObjects {
  return {
    namespaces: [],
    pods: [],
    workloads: [],
    services: [],
    serviceEndpoints: [],
    policies: [],
    ingresses: [],
    skipped: [],
  };
}

/** The cluster the evaluator works on: namespaces resolved, workloads folded into endpoints. */
export interface Cluster {
  namespaces: ReadonlyMap<string, Namespace>;
  endpoints: readonly Endpoint[];
  services: readonly Service[];
  serviceEndpoints: readonly ServiceEndpoints[];
  policies: readonly NetworkPolicy[];
  ingresses: readonly Ingress[];
  pods: readonly Pod[];
  workloads: readonly Workload[];
  skipped: readonly SkippedObject[];
}

export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';
