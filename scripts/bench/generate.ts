/**
 * Synthetic clusters for the benchmark, shaped like real ones: system namespaces (kube-system,
 * ingress-nginx, monitoring) with hostNetwork DaemonSets, application namespaces holding
 * Deployments and StatefulSets whose pods carry `pod-template-hash` /
 * `statefulset.kubernetes.io/pod-name` (so every pod's full label set is unique, while the label
 * keys selectors use — app, tier, team, version, k8s-app — take `labelSets` distinct values), and
 * per-namespace default-deny policies plus allow rules of every peer and port shape.
 *
 * `generateCluster` builds ManifestObjects directly (no parser needed); `kubectlList` turns them
 * into what `kubectl get pods,deploy,sts,svc,netpol -A -o yaml|json` prints, managedFields and
 * status included.
 */
import type {
  ContainerPort,
  LabelSelector,
  ManifestObjects,
  Namespace,
  NetworkPolicy,
  Pod,
  PolicyPeer,
  PolicyPort,
  PolicyRule,
  PolicyType,
  Service,
  Workload,
} from '../../src/model/types';
import { emptyManifestObjects } from '../../src/model/types';

export interface ClusterShape {
  pods: number;
  policies: number;
  labelSets: number;
  seed?: number;
}

export interface GeneratedCluster {
  objects: ManifestObjects;
  /** Node name and IP per pod (same order as objects.pods), for the kubectl dump. */
  podNodes: { name: string; ip: string }[];
  /** Index in objects.policies of a policy with allow rules, for the `edit` stage. */
  editablePolicy: number;
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAFE = 'bcdfghjklmnpqrstvwxz2456789';
const TIERS = ['frontend', 'backend', 'db', 'cache', 'worker'] as const;
type Tier = (typeof TIERS)[number];
const TIER_PORTS: Record<Tier, ContainerPort[]> = {
  frontend: [{ name: 'http', port: 8080, protocol: 'TCP' }],
  backend: [
    { name: 'http', port: 8080, protocol: 'TCP' },
    { name: 'metrics', port: 9090, protocol: 'TCP' },
  ],
  db: [
    { name: 'postgres', port: 5432, protocol: 'TCP' },
    { name: 'metrics', port: 9187, protocol: 'TCP' },
  ],
  cache: [
    { name: 'redis', port: 6379, protocol: 'TCP' },
    { name: 'metrics', port: 9121, protocol: 'TCP' },
  ],
  worker: [{ name: 'metrics', port: 9090, protocol: 'TCP' }],
};
const ENVS = ['prod', 'staging', 'dev'];
const PRIVATE = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

interface LabelSet {
  app: string;
  tier: Tier;
  version: string;
  team: string;
}

function labelSet(i: number): LabelSet {
  const a = i >> 1;
  return {
    app: `svc${a}`,
    tier: TIERS[a % TIERS.length]!,
    version: i % 2 === 0 ? 'v1' : 'v2',
    team: `team-${a % 23}`,
  };
}

const sel = (
  matchLabels: Record<string, string> = {},
  matchExpressions: LabelSelector['matchExpressions'] = [],
): LabelSelector => ({ matchLabels, matchExpressions });

export function generateCluster(shape: ClusterShape): GeneratedCluster {
  const rand = rng(shape.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const token = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += SAFE[Math.floor(rand() * SAFE.length)];
    return s;
  };
  let line = 1;
  const src = () => ({ file: 'bench', doc: 0, line: line++, col: 1 });

  const objects: ManifestObjects = emptyManifestObjects();
  const podNodes: GeneratedCluster['podNodes'] = [];
  const nodes = Math.max(1, Math.ceil(shape.pods / 110));
  const nodeName = (k: number) => `node-${k}`;
  const nodeIP = (k: number) => `10.0.${k >> 8}.${(k & 255) + 1}`;
  let podCounter = 0;

  const addNamespace = (name: string, labels: Record<string, string>) => {
    const ns: Namespace = {
      name,
      labels: { ...labels, 'kubernetes.io/metadata.name': name },
      declared: true,
      source: src(),
    };
    objects.namespaces.push(ns);
  };

  /** A Deployment/StatefulSet/DaemonSet and its pods. */
  const addWorkload = (
    namespace: string,
    kind: 'Deployment' | 'StatefulSet' | 'DaemonSet',
    name: string,
    labels: Record<string, string>,
    ports: ContainerPort[],
    replicas: number,
    hostNetwork = false,
  ) => {
    const w: Workload = {
      kind,
      namespace,
      name,
      labels,
      ports,
      hostNetwork,
      ownerReferences: [],
      source: src(),
      ...(kind === 'DaemonSet' ? {} : { replicas }),
      ...(kind === 'StatefulSet' ? { serviceName: name } : {}),
    };
    objects.workloads.push(w);
    const hash = token(kind === 'Deployment' ? 10 : 10);
    for (let r = 0; r < replicas; r++) {
      const k = podCounter++;
      const node = kind === 'DaemonSet' ? r % nodes : k % nodes;
      let podName: string;
      let podLabels: Record<string, string>;
      let owner: { kind: string; name: string };
      if (kind === 'Deployment') {
        podName = `${name}-${hash}-${token(5)}`;
        podLabels = { ...labels, 'pod-template-hash': hash };
        owner = { kind: 'ReplicaSet', name: `${name}-${hash}` };
      } else if (kind === 'StatefulSet') {
        podName = `${name}-${r}`;
        podLabels = {
          ...labels,
          'apps.kubernetes.io/pod-index': String(r),
          'controller-revision-hash': `${name}-${hash}`,
          'statefulset.kubernetes.io/pod-name': podName,
        };
        owner = { kind, name };
      } else {
        podName = `${name}-${token(5)}`;
        podLabels = { ...labels, 'controller-revision-hash': hash, 'pod-template-generation': '1' };
        owner = { kind, name };
      }
      const ip = hostNetwork ? nodeIP(node) : `10.244.${k >> 8}.${k & 255}`;
      const pod: Pod = {
        kind: 'Pod',
        namespace,
        name: podName,
        labels: podLabels,
        ports,
        hostNetwork,
        ownerReferences: [{ ...owner, uid: uid(rand), controller: true }],
        source: src(),
        ip,
        ips: [ip],
        phase: 'Running',
      };
      objects.pods.push(pod);
      podNodes.push({ name: nodeName(node), ip: nodeIP(node) });
    }
  };

  const addService = (
    namespace: string,
    name: string,
    selector: Record<string, string>,
    ports: ContainerPort[],
  ) => {
    const svc: Service = {
      namespace,
      name,
      type: 'ClusterIP',
      selector,
      ports: ports.map((p) => ({
        name: p.name,
        port: p.name === 'http' ? 80 : p.port,
        targetPort: p.name ?? p.port,
        protocol: p.protocol,
      })),
      clusterIP: `10.96.${(objects.services.length >> 8) & 255}.${objects.services.length & 255}`,
      headless: false,
      externalIPs: [],
      loadBalancerSourceRanges: [],
      sessionAffinity: 'None',
      publishNotReadyAddresses: false,
      annotations: {},
      labels: selector,
      source: src(),
    };
    objects.services.push(svc);
  };

  // System namespaces.
  addNamespace('kube-system', {});
  addNamespace('ingress-nginx', { 'app.kubernetes.io/name': 'ingress-nginx' });
  addNamespace('monitoring', { team: 'platform' });
  addWorkload(
    'kube-system',
    'Deployment',
    'coredns',
    { 'k8s-app': 'kube-dns' },
    [
      { name: 'dns', port: 53, protocol: 'UDP' },
      { name: 'dns-tcp', port: 53, protocol: 'TCP' },
      { name: 'metrics', port: 9153, protocol: 'TCP' },
    ],
    2,
  );
  addService('kube-system', 'kube-dns', { 'k8s-app': 'kube-dns' }, [
    { name: 'dns', port: 53, protocol: 'UDP' },
    { name: 'dns-tcp', port: 53, protocol: 'TCP' },
  ]);
  addWorkload(
    'kube-system',
    'DaemonSet',
    'kube-proxy',
    { 'k8s-app': 'kube-proxy' },
    [],
    nodes,
    true,
  );
  addWorkload(
    'ingress-nginx',
    'Deployment',
    'ingress-nginx-controller',
    { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' },
    [
      { name: 'http', port: 80, protocol: 'TCP' },
      { name: 'https', port: 443, protocol: 'TCP' },
    ],
    3,
  );
  addWorkload(
    'monitoring',
    'StatefulSet',
    'prometheus',
    { app: 'prometheus' },
    [{ name: 'web', port: 9090, protocol: 'TCP' }],
    2,
  );
  addWorkload(
    'monitoring',
    'DaemonSet',
    'node-exporter',
    { app: 'node-exporter' },
    [{ name: 'metrics', port: 9100, protocol: 'TCP' }],
    nodes,
    true,
  );

  // Application namespaces: ~100 pods each; each hosts `perNs` label sets.
  const appNamespaces = Math.max(2, Math.round(shape.pods / 100) - 3);
  const L = shape.labelSets;
  const perNs = Math.max(Math.ceil(L / appNamespaces), Math.min(L, 3));
  let podsLeft = Math.max(appNamespaces * perNs, shape.pods - podCounter);
  const nsSets: LabelSet[][] = [];
  for (let j = 0; j < appNamespaces; j++) {
    const name = `${pick(['shop', 'pay', 'auth', 'search', 'data', 'ml', 'web', 'api'])}-${j}`;
    const env = ENVS[j % ENVS.length]!;
    addNamespace(name, { team: `team-${j % 23}`, env });
    const sets: LabelSet[] = [];
    for (let t = 0; t < perNs; t++) sets.push(labelSet((j * perNs + t) % L));
    nsSets.push(sets);
    const nsPods = Math.round(podsLeft / (appNamespaces - j));
    podsLeft -= nsPods;
    const weights = sets.map(() => 0.3 + rand());
    const total = weights.reduce((a, b) => a + b, 0);
    let given = 0;
    sets.forEach((s, t) => {
      const replicas =
        t === sets.length - 1
          ? Math.max(1, nsPods - given)
          : Math.max(1, Math.round((nsPods - sets.length) * (weights[t]! / total)) + 1);
      given += replicas;
      const labels = {
        app: s.app,
        tier: s.tier,
        version: s.version,
        team: s.team,
        'app.kubernetes.io/name': s.app,
        'app.kubernetes.io/managed-by': 'Helm',
        'helm.sh/chart': `${s.app}-1.${t}.0`,
      };
      const kind = s.tier === 'db' || s.tier === 'cache' ? 'StatefulSet' : 'Deployment';
      addWorkload(name, kind, `${s.app}-${s.version}`, labels, TIER_PORTS[s.tier], replicas);
      if (s.version === 'v1' || t === 0)
        addService(name, s.app, { app: s.app }, TIER_PORTS[s.tier]);
    });
  }

  // Policies: per namespace a default deny, then allow rules of rotating shapes.
  const M = shape.policies;
  let editablePolicy = -1;
  for (let j = 0; j < appNamespaces; j++) {
    const ns = objects.namespaces[3 + j]!.name;
    const sets = nsSets[j]!;
    const byTier = (tier: Tier) => sets.find((s) => s.tier === tier) ?? sets[j % sets.length]!;
    const count = Math.floor(M / appNamespaces) + (j < M % appNamespaces ? 1 : 0);
    const egressDeny = j % 2 === 0;
    const names = new Set<string>();
    const add = (
      name: string,
      podSelector: LabelSelector,
      types: PolicyType[],
      ingress: PolicyRule[],
      egress: PolicyRule[],
    ) => {
      objects.policies.push({
        namespace: ns,
        name,
        podSelector,
        policyTypes: types,
        policyTypesExplicit: true,
        ingress,
        egress,
        source: src(),
      } satisfies NetworkPolicy);
    };
    const tcp = (port: number | string, endPort?: number): PolicyPort => ({
      protocol: 'TCP',
      port,
      ...(endPort ? { endPort } : {}),
    });
    const nsName = (n: string) => sel({ 'kubernetes.io/metadata.name': n });
    const peer = (podSelector?: LabelSelector, namespaceSelector?: LabelSelector): PolicyPeer => ({
      kind: 'selector',
      ...(podSelector ? { podSelector } : {}),
      ...(namespaceSelector ? { namespaceSelector } : {}),
    });
    const block = (cidr: string, except: string[] = []): PolicyPeer => ({
      kind: 'ipBlock',
      ipBlock: { cidr, except },
    });
    const templates: (() => void)[] = [
      () =>
        add(
          'allow-from-ingress-nginx',
          sel({ app: byTier('frontend').app }),
          ['Ingress'],
          [{ peers: [peer(undefined, nsName('ingress-nginx'))], ports: [tcp('http')] }],
          [],
        ),
      () =>
        add(
          'allow-frontend-to-backend',
          sel({ app: byTier('backend').app }),
          ['Ingress'],
          [{ peers: [peer(sel({ tier: 'frontend' }))], ports: [tcp(8080)] }],
          [],
        ),
      () =>
        add(
          'allow-prometheus',
          sel({}, [{ key: 'tier', operator: 'Exists', values: [] }]),
          ['Ingress'],
          [
            {
              peers: [peer(sel({ app: 'prometheus' }), sel({ team: 'platform' }))],
              ports: [tcp('metrics')],
            },
          ],
          [],
        ),
      () =>
        add(
          'backend-egress',
          sel({ tier: 'backend' }),
          ['Egress'],
          [],
          [
            {
              peers: [peer(sel({}, [{ key: 'tier', operator: 'In', values: ['db', 'cache'] }]))],
              ports: [tcp(5432), tcp(6379)],
            },
            { peers: [block('0.0.0.0/0', PRIVATE)], ports: [tcp(443)] },
          ],
        ),
      () =>
        add(
          'allow-same-team',
          sel({ team: sets[0]!.team }),
          ['Ingress'],
          [{ peers: [peer(undefined, sel({ team: `team-${j % 23}` }))] }],
          [],
        ),
      () =>
        add(
          'allow-nodeports',
          sel({ app: byTier('frontend').app }),
          ['Ingress'],
          [{ peers: [block('10.0.0.0/16')], ports: [tcp(30000, 32767), tcp(8080)] }],
          [],
        ),
      () =>
        add(
          'canary',
          sel({ app: byTier('backend').app, version: 'v2' }),
          ['Ingress'],
          [
            {
              peers: [
                peer(
                  sel({}, [
                    { key: 'version', operator: 'NotIn', values: ['v1'] },
                    { key: 'tier', operator: 'Exists', values: [] },
                  ]),
                ),
              ],
              ports: [tcp(8080)],
            },
          ],
          [],
        ),
      () =>
        add(
          'db-ingress',
          sel({ tier: 'db' }),
          ['Ingress'],
          [
            { peers: [peer(sel({ tier: 'backend' }))], ports: [tcp('postgres')] },
            {
              peers: [
                peer(
                  sel({ app: 'backup' }),
                  sel({}, [{ key: 'env', operator: 'In', values: ['prod', 'staging'] }]),
                ),
              ],
              ports: [tcp(5432)],
            },
          ],
          [],
        ),
      () =>
        add(
          'external-api-egress',
          sel({ app: byTier('worker').app }),
          ['Egress'],
          [],
          [
            { peers: [block('52.0.0.0/8'), block('34.64.0.0/10')], ports: [tcp(443)] },
            { peers: [peer(sel({ tier: 'backend' }), sel({}))], ports: [tcp(8080, 8090)] },
          ],
        ),
    ];
    for (let t = 0; t < count; t++) {
      if (t === 0) {
        add(
          egressDeny ? 'default-deny-all' : 'default-deny-ingress',
          sel(),
          egressDeny ? ['Ingress', 'Egress'] : ['Ingress'],
          [],
          [],
        );
      } else if (t === 1 && egressDeny) {
        add(
          'allow-dns',
          sel(),
          ['Egress'],
          [],
          [
            {
              peers: [peer(sel({ 'k8s-app': 'kube-dns' }), nsName('kube-system'))],
              ports: [
                { protocol: 'UDP', port: 53 },
                { protocol: 'TCP', port: 53 },
              ],
            },
          ],
        );
      } else {
        if (editablePolicy < 0 && j >= appNamespaces / 2) editablePolicy = objects.policies.length;
        templates[(j + t) % templates.length]!();
      }
      const last = objects.policies.length - 1;
      const p = objects.policies[last]!;
      if (names.has(p.name)) objects.policies[last] = { ...p, name: `${p.name}-${t}` };
      names.add(objects.policies[last]!.name);
    }
  }
  if (editablePolicy < 0) editablePolicy = objects.policies.length - 1;
  return { objects, podNodes, editablePolicy };
}

/** The same policy with one rule changed, as a user editing it would (a port added). */
export function editedPolicy(p: NetworkPolicy, variant = 0): NetworkPolicy {
  const extra: PolicyPort = { protocol: 'TCP', port: 8443 + variant };
  const edit = (rules: readonly PolicyRule[]) =>
    rules.map((r, i) => (i === 0 ? { ...r, ports: [...(r.ports ?? []), extra] } : r));
  if (p.ingress.length > 0) return { ...p, ingress: edit(p.ingress) };
  if (p.egress.length > 0) return { ...p, egress: edit(p.egress) };
  return { ...p, podSelector: sel({ tier: 'frontend' }) };
}

function uid(rand: () => number): string {
  const hex = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(rand() * 16).toString(16);
    return s;
  };
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}

// ---------------------------------------------------------------------------------------------
// kubectl dump

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function rawSelector(s: LabelSelector): Record<string, Json> {
  const out: Record<string, Json> = {};
  if (Object.keys(s.matchLabels).length > 0) out.matchLabels = { ...s.matchLabels };
  if (s.matchExpressions.length > 0)
    out.matchExpressions = s.matchExpressions.map((r) => ({
      key: r.key,
      operator: r.operator,
      ...(r.values.length > 0 ? { values: [...r.values] } : {}),
    }));
  return out;
}

function rawPolicy(p: NetworkPolicy, meta: Record<string, Json>): Json {
  const rawPeer = (peer: PolicyPeer): Json =>
    peer.kind === 'ipBlock'
      ? {
          ipBlock: {
            cidr: peer.ipBlock.cidr,
            ...(peer.ipBlock.except.length > 0 ? { except: [...peer.ipBlock.except] } : {}),
          },
        }
      : {
          ...(peer.namespaceSelector
            ? { namespaceSelector: rawSelector(peer.namespaceSelector) }
            : {}),
          ...(peer.podSelector ? { podSelector: rawSelector(peer.podSelector) } : {}),
        };
  const rawRule = (r: PolicyRule, peersKey: 'from' | 'to'): Json => ({
    ...(r.peers ? { [peersKey]: r.peers.map(rawPeer) } : {}),
    ...(r.ports
      ? {
          ports: r.ports.map((x) => ({
            protocol: x.protocol,
            ...(x.port !== undefined ? { port: x.port } : {}),
            ...(x.endPort !== undefined ? { endPort: x.endPort } : {}),
          })),
        }
      : {}),
  });
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { ...meta, name: p.name, namespace: p.namespace },
    spec: {
      ...(p.egress.length > 0 ? { egress: p.egress.map((r) => rawRule(r, 'to')) } : {}),
      ...(p.ingress.length > 0 ? { ingress: p.ingress.map((r) => rawRule(r, 'from')) } : {}),
      podSelector: rawSelector(p.podSelector),
      policyTypes: [...p.policyTypes],
    },
  };
}

/** `f:` field sets as the API server writes them into managedFields. */
function fieldSet(keys: readonly string[]): Record<string, Json> {
  const out: Record<string, Json> = { '.': {} };
  for (const k of keys) out[`f:${k}`] = {};
  return out;
}

function managedFieldsOfPod(p: Pod, time: string, hasOwner: boolean): Json[] {
  const containerFields: Record<string, Json> = {
    '.': {},
    'f:env': { '.': {}, 'k:{"name":"LOG_LEVEL"}': fieldSet(['name', 'value']) },
    'f:image': {},
    'f:imagePullPolicy': {},
    'f:livenessProbe': {
      '.': {},
      'f:failureThreshold': {},
      'f:httpGet': fieldSet(['path', 'port', 'scheme']),
    },
    'f:name': {},
    'f:ports': Object.fromEntries([
      ['.', {}],
      ...p.ports.map((x) => [
        `k:{"containerPort":${x.port},"protocol":"${x.protocol}"}`,
        fieldSet(['containerPort', 'name', 'protocol']),
      ]),
    ]),
    'f:resources': {
      '.': {},
      'f:limits': fieldSet(['memory']),
      'f:requests': fieldSet(['cpu', 'memory']),
    },
    'f:terminationMessagePath': {},
    'f:terminationMessagePolicy': {},
  };
  return [
    {
      apiVersion: 'v1',
      fieldsType: 'FieldsV1',
      fieldsV1: {
        'f:metadata': {
          'f:generateName': {},
          'f:labels': Object.fromEntries([
            ['.', {}],
            ...Object.keys(p.labels).map((k) => [`f:${k}`, {}]),
          ]),
          ...(hasOwner
            ? { 'f:ownerReferences': { '.': {}, [`k:{"uid":"${p.ownerReferences[0]?.uid}"}`]: {} } }
            : {}),
        },
        'f:spec': {
          'f:containers': { [`k:{"name":"${p.name.split('-')[0]}"}`]: containerFields },
          'f:dnsPolicy': {},
          'f:enableServiceLinks': {},
          'f:restartPolicy': {},
          'f:schedulerName': {},
          'f:securityContext': {},
          'f:terminationGracePeriodSeconds': {},
        },
      },
      manager: 'kube-controller-manager',
      operation: 'Update',
      time,
    },
    {
      apiVersion: 'v1',
      fieldsType: 'FieldsV1',
      fieldsV1: {
        'f:status': {
          'f:conditions': Object.fromEntries(
            ['ContainersReady', 'Initialized', 'PodReadyToStartContainers', 'Ready'].map((t) => [
              `k:{"type":"${t}"}`,
              fieldSet(['lastProbeTime', 'lastTransitionTime', 'status', 'type']),
            ]),
          ),
          'f:containerStatuses': {},
          'f:hostIP': {},
          'f:hostIPs': {},
          'f:phase': {},
          'f:podIP': {},
          'f:podIPs': { '.': {}, [`k:{"ip":"${p.ip}"}`]: fieldSet(['ip']) },
          'f:startTime': {},
        },
      },
      manager: 'kubelet',
      operation: 'Update',
      subresource: 'status',
      time,
    },
  ];
}

export function kubectlList(
  g: GeneratedCluster,
  seed = 7,
): { apiVersion: string; items: Json[]; kind: string; metadata: Json } {
  const rand = rng(seed);
  const time = '2026-11-20T09:14:07Z';
  const meta = (extra: Record<string, Json> = {}): Record<string, Json> => ({
    creationTimestamp: time,
    generation: 1,
    resourceVersion: String(100000 + Math.floor(rand() * 900000)),
    uid: uid(rand),
    ...extra,
  });
  const items: Json[] = [];
  for (const ns of g.objects.namespaces) {
    items.push({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { ...meta(), labels: { ...ns.labels }, name: ns.name },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
  }
  g.objects.pods.forEach((p, i) => {
    const node = g.podNodes[i]!;
    const owner = p.ownerReferences[0];
    const container = p.name.split('-')[0]!;
    const sa = `kube-api-access-${p.name.slice(-5)}`;
    items.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        annotations: {
          'kubectl.kubernetes.io/restartedAt': '2026-11-19T17:02:11Z',
          'prometheus.io/scrape': 'true',
        },
        creationTimestamp: time,
        generateName: `${p.name.slice(0, p.name.lastIndexOf('-'))}-`,
        labels: { ...p.labels },
        managedFields: managedFieldsOfPod(p, time, owner !== undefined),
        name: p.name,
        namespace: p.namespace,
        ...(owner
          ? {
              ownerReferences: [
                {
                  apiVersion: 'apps/v1',
                  blockOwnerDeletion: true,
                  controller: true,
                  kind: owner.kind,
                  name: owner.name,
                  uid: owner.uid ?? '',
                },
              ],
            }
          : {}),
        resourceVersion: String(100000 + i),
        uid: uid(rand),
      },
      spec: {
        containers: [
          {
            env: [{ name: 'LOG_LEVEL', value: 'info' }],
            image: `registry.example.com/${p.namespace}/${container}:1.${i % 17}.3`,
            imagePullPolicy: 'IfNotPresent',
            livenessProbe: {
              failureThreshold: 3,
              httpGet: { path: '/healthz', port: p.ports[0]?.port ?? 8080, scheme: 'HTTP' },
              periodSeconds: 10,
              successThreshold: 1,
              timeoutSeconds: 1,
            },
            name: container,
            ports: p.ports.map((x) => ({
              containerPort: x.port,
              ...(x.name ? { name: x.name } : {}),
              protocol: x.protocol,
            })),
            resources: { limits: { memory: '512Mi' }, requests: { cpu: '100m', memory: '256Mi' } },
            terminationMessagePath: '/dev/termination-log',
            terminationMessagePolicy: 'File',
            volumeMounts: [
              {
                mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
                name: sa,
                readOnly: true,
              },
            ],
          },
        ],
        dnsPolicy: p.hostNetwork ? 'ClusterFirstWithHostNet' : 'ClusterFirst',
        enableServiceLinks: true,
        ...(p.hostNetwork ? { hostNetwork: true } : {}),
        nodeName: node.name,
        preemptionPolicy: 'PreemptLowerPriority',
        priority: 0,
        restartPolicy: 'Always',
        schedulerName: 'default-scheduler',
        securityContext: {},
        serviceAccount: 'default',
        serviceAccountName: 'default',
        terminationGracePeriodSeconds: 30,
        tolerations: [
          {
            effect: 'NoExecute',
            key: 'node.kubernetes.io/not-ready',
            operator: 'Exists',
            tolerationSeconds: 300,
          },
          {
            effect: 'NoExecute',
            key: 'node.kubernetes.io/unreachable',
            operator: 'Exists',
            tolerationSeconds: 300,
          },
        ],
        volumes: [
          {
            name: sa,
            projected: {
              defaultMode: 420,
              sources: [
                { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
                {
                  configMap: {
                    items: [{ key: 'ca.crt', path: 'ca.crt' }],
                    name: 'kube-root-ca.crt',
                  },
                },
                {
                  downwardAPI: {
                    items: [
                      {
                        fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' },
                        path: 'namespace',
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
      status: {
        conditions: [
          'PodReadyToStartContainers',
          'Initialized',
          'Ready',
          'ContainersReady',
          'PodScheduled',
        ].map((type) => ({ lastProbeTime: null, lastTransitionTime: time, status: 'True', type })),
        containerStatuses: [
          {
            containerID: `containerd://${uid(rand).replace(/-/g, '')}${uid(rand).replace(/-/g, '')}`,
            image: `registry.example.com/${p.namespace}/${container}:1.${i % 17}.3`,
            imageID: `registry.example.com/${p.namespace}/${container}@sha256:${uid(rand).replace(/-/g, '')}${uid(rand).replace(/-/g, '')}`,
            lastState: {},
            name: container,
            ready: true,
            restartCount: 0,
            started: true,
            state: { running: { startedAt: time } },
          },
        ],
        hostIP: node.ip,
        hostIPs: [{ ip: node.ip }],
        phase: p.phase ?? 'Running',
        podIP: p.ip ?? null,
        podIPs: p.ips.map((ip) => ({ ip })),
        qosClass: 'Burstable',
        startTime: time,
      },
    });
  });
  for (const w of g.objects.workloads) {
    items.push({
      apiVersion: 'apps/v1',
      kind: w.kind,
      metadata: { ...meta(), labels: { ...w.labels }, name: w.name, namespace: w.namespace },
      spec: {
        ...(w.replicas !== undefined ? { replicas: w.replicas } : {}),
        ...(w.serviceName !== undefined ? { serviceName: w.serviceName } : {}),
        selector: { matchLabels: { ...w.labels } },
        template: {
          metadata: { labels: { ...w.labels } },
          spec: {
            ...(w.hostNetwork ? { hostNetwork: true } : {}),
            containers: [
              {
                image: `registry.example.com/${w.namespace}/${w.name}:1.0.0`,
                name: w.name.split('-')[0]!,
                ports: w.ports.map((x) => ({
                  containerPort: x.port,
                  ...(x.name ? { name: x.name } : {}),
                  protocol: x.protocol,
                })),
              },
            ],
          },
        },
      },
    });
  }
  for (const s of g.objects.services) {
    items.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { ...meta(), labels: { ...s.labels }, name: s.name, namespace: s.namespace },
      spec: {
        clusterIP: s.clusterIP ?? null,
        clusterIPs: s.clusterIP ? [s.clusterIP] : [],
        internalTrafficPolicy: 'Cluster',
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        ports: s.ports.map((x) => ({
          ...(x.name ? { name: x.name } : {}),
          port: x.port,
          protocol: x.protocol,
          targetPort: x.targetPort,
        })),
        selector: { ...(s.selector ?? {}) },
        sessionAffinity: s.sessionAffinity,
        type: s.type,
      },
      status: { loadBalancer: {} },
    });
  }
  for (const p of g.objects.policies) items.push(rawPolicy(p, meta()));
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}
