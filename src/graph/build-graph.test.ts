import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../analyze';
import { analyzeYaml, namespace, pod, policy, yamlDocs } from '../testing/yaml-cluster';
import { buildGraph } from './build-graph';
import { formatPort } from './ports';
import type { AbstractGraph, GraphEdge, GraphEdgeKind, GraphView } from './types';

const sample = (name: string): Analysis =>
  analyze([
    {
      name: `${name}.yaml`,
      text: readFileSync(join(process.cwd(), 'public', 'samples', `${name}.yaml`), 'utf8'),
    },
  ]);

const view = (v: Partial<GraphView> = {}): GraphView => ({
  collapsedNamespaces: new Set(),
  expandedWorkloads: new Set(),
  ...v,
});

const node = (g: AbstractGraph, id: string) => {
  const n = g.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};
const edge = (g: AbstractGraph, kind: GraphEdgeKind, source: string, target: string) =>
  g.edges.find((e) => e.kind === kind && e.source === source && e.target === target);
const ports = (e: GraphEdge | undefined) => e?.ports.map(formatPort);

const API = 'wl:production/Deployment/api-server';
const FRONTEND = 'wl:production/Deployment/frontend';
const POSTGRES = 'wl:production/StatefulSet/postgres';
const COREDNS = 'wl:kube-system/Deployment/coredns';
const PROMETHEUS = 'wl:monitoring/Deployment/prometheus';

describe('buildGraph on the production sample', () => {
  const analysis = sample('production');
  const g = buildGraph(analysis, view());

  it('groups workloads and Services under their namespaces', () => {
    for (const ns of ['production', 'kube-system', 'monitoring'])
      expect(node(g, `ns:${ns}`).kind).toBe('namespace');
    for (const id of [API, FRONTEND, POSTGRES, COREDNS, PROMETHEUS])
      expect(node(g, id).kind).toBe('workload');
    expect(node(g, API)).toMatchObject({
      parent: 'ns:production',
      label: 'api-server',
      detail: 'Deployment ×2',
      endpoints: ['production/Deployment/api-server'],
    });
    expect(node(g, POSTGRES).detail).toBe('StatefulSet ×3');
    expect(node(g, 'svc:kube-system/kube-dns').parent).toBe('ns:kube-system');
  });

  it('draws Service port chips and badges', () => {
    expect(node(g, 'svc:production/api-server-np').ports.map((c) => c.text)).toEqual([
      '80 → 8080/TCP',
      'nodePort 31080',
    ]);
    expect(node(g, 'svc:production/api-server').ports.map((c) => c.text)).toEqual([
      '80 → 8080/TCP',
      '9090/TCP',
    ]);
    // A named targetPort shows the number its backends resolve it to.
    expect(node(g, 'svc:production/postgres-headless')).toMatchObject({
      detail: 'ClusterIP · headless',
      ports: [{ text: '5432/TCP' }],
    });
    // Exposed, but api-server's ingress admits only the frontend: not externally reachable.
    expect(node(g, 'svc:production/api-server-np').badges).toEqual([]);
    expect(node(g, API).badges).toEqual(['isolated-ingress', 'isolated-egress']);
  });

  it('aggregates allowed flows per node pair, with the allowed probed ports only', () => {
    expect(ports(edge(g, 'allowed', FRONTEND, API))).toEqual(['8080/TCP']);
    expect(ports(edge(g, 'allowed', API, POSTGRES))).toEqual(['5432/TCP']);
    expect(ports(edge(g, 'allowed', API, COREDNS))).toEqual(['53/TCP', '53/UDP']);
    expect(edge(g, 'allowed', FRONTEND, API)).toMatchObject({
      id: `allowed:${FRONTEND}->${API}`,
      label: '8080/TCP',
    });
    expect(edge(g, 'allowed', FRONTEND, API)?.partial).toBeUndefined();
    expect(edge(g, 'allowed', PROMETHEUS, API)).toBeUndefined();
    expect(edge(g, 'allowed', API, FRONTEND)).toBeUndefined();
    expect(g.edges.some((e) => e.kind === 'denied')).toBe(false);
  });

  it('keeps replicas talking to each other on the node, not as a self-loop', () => {
    expect(node(g, POSTGRES).selfPorts?.map(formatPort)).toEqual(['5432/TCP']);
    expect(node(g, API).selfPorts).toBeUndefined();
    expect(g.edges.some((e) => e.source === e.target)).toBe(false);
  });

  it('connects Services to their backends with the port mapping', () => {
    expect(edge(g, 'service-backend', 'svc:production/api-server', API)).toMatchObject({
      label: '80 → 8080/TCP, 9090/TCP',
      ports: [
        { port: 8080, protocol: 'TCP' },
        { port: 9090, protocol: 'TCP' },
      ],
    });
    expect(edge(g, 'service-backend', 'svc:production/legacy-db', 'external:192.168.1.50')).toBe(
      g.edges.find((e) => e.target === 'external:192.168.1.50'),
    );
    expect(node(g, 'external:192.168.1.50').kind).toBe('ipblock');
  });

  it('draws exposure from Outside with NodePort and load balancer source ranges', () => {
    expect(edge(g, 'exposure', 'outside', 'svc:production/api-server-np')).toMatchObject({
      label: 'NodePort 31080',
      ports: [{ port: 31080, protocol: 'TCP' }],
      blocked: true,
    });
    expect(edge(g, 'exposure', 'outside', 'svc:production/api-server-lb')?.label).toBe(
      'LoadBalancer 443 from 10.0.0.0/8, 203.0.113.0/24',
    );
    expect(node(g, 'outside').kind).toBe('outside');
  });

  it('draws what outside clients may reach, as far as ingress policies go', () => {
    expect(ports(edge(g, 'allowed', 'outside', FRONTEND))).toEqual(['3000/TCP']);
    expect(edge(g, 'allowed', 'outside', API)).toBeUndefined();
  });

  it('adds denied flows for the selected node, both ways', () => {
    const d = buildGraph(analysis, view({ deniedFor: API }));
    expect(ports(edge(d, 'denied', PROMETHEUS, API))).toEqual(['8080/TCP', '9090/TCP']);
    expect(ports(edge(d, 'denied', FRONTEND, API))).toEqual(['9090/TCP']);
    expect(ports(edge(d, 'denied', API, COREDNS))).toEqual(['9153/TCP']);
    expect(ports(edge(d, 'denied', API, FRONTEND))).toEqual(['3000/TCP']);
    expect(ports(edge(d, 'denied', 'outside', API))).toEqual(['8080/TCP', '9090/TCP']);
    expect(
      d.edges.filter((e) => e.kind === 'denied').every((e) => [e.source, e.target].includes(API)),
    ).toBe(true);
    expect(d.edges.filter((e) => e.kind !== 'denied')).toEqual(g.edges);
  });

  it('aggregates the edges of a collapsed namespace onto its node', () => {
    const c = buildGraph(analysis, view({ collapsedNamespaces: new Set(['production']) }));
    expect(c.nodes.some((n) => n.parent === 'ns:production')).toBe(false);
    const ns = node(c, 'ns:production');
    expect(ns).toMatchObject({ collapsed: true, hiddenChildren: 9 });
    expect(ns.width).toBeGreaterThan(0);
    expect(ns.endpoints).toContain('production/Deployment/api-server');
    // api-server's 53/TCP + 53/UDP and the others' 9153 too; 9153 is denied to api-server.
    expect(edge(c, 'allowed', 'ns:production', COREDNS)).toMatchObject({
      ports: [
        { port: 53, protocol: 'TCP' },
        { port: 9153, protocol: 'TCP' },
        { port: 53, protocol: 'UDP' },
      ],
      partial: true,
    });
    expect(ports(edge(c, 'allowed', PROMETHEUS, 'ns:production'))).toEqual([
      '3000/TCP',
      '5432/TCP',
    ]);
    // Flows inside the namespace become its self ports; frontend → api-server is one of them.
    expect(ns.selfPorts?.map(formatPort)).toContain('8080/TCP');
    expect(ns.selfPartial).toBe(true);
    expect(edge(c, 'exposure', 'outside', 'ns:production')?.label).toBe(
      'LoadBalancer 443 from 10.0.0.0/8, 203.0.113.0/24; NodePort 31080',
    );
    expect(edge(c, 'service-backend', 'ns:production', 'external:192.168.1.50')).toBeDefined();
    expect(c.edges.some((e) => e.source === e.target)).toBe(false);
    expect(c.edges.some((e) => [e.source, e.target].some((id) => id.includes('production/')))).toBe(
      false,
    );
  });

  it('accepts collapsed namespaces by name or by node id', () => {
    expect(buildGraph(analysis, view({ collapsedNamespaces: new Set(['ns:production']) }))).toEqual(
      buildGraph(analysis, view({ collapsedNamespaces: new Set(['production']) })),
    );
  });

  it('is deterministic and sorted, parents before children', () => {
    const again = buildGraph(sample('production'), view());
    expect(again).toEqual(g);
    const ids = g.nodes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const edgeIds = g.edges.map((e) => e.id);
    expect(edgeIds).toEqual([...edgeIds].sort());
    for (const n of g.nodes)
      if (n.parent) expect(ids.indexOf(n.parent)).toBeLessThan(ids.indexOf(n.id));
    for (const e of g.edges) {
      expect(ids).toContain(e.source);
      expect(ids).toContain(e.target);
    }
  });

  it('sizes leaves from their text; open namespaces get only a minimum width for their header', () => {
    expect(node(g, 'ns:production').height).toBe(0);
    expect(node(g, 'ns:monitoring').width).toBeGreaterThanOrEqual('monitoring'.length * 7.5);
    for (const n of g.nodes.filter((x) => x.kind !== 'namespace')) {
      expect(n.width).toBeGreaterThan(0);
      expect(n.height).toBeGreaterThan(0);
    }
    expect(node(g, 'svc:production/api-server-np').height).toBeGreaterThan(
      node(g, 'svc:production/legacy-db').height,
    );
  });
});

describe('buildGraph on a kubectl dump', () => {
  const analysis = sample('microservices');
  const g = buildGraph(analysis, view());

  it('groups the 49 pods under their Deployments and StatefulSets', () => {
    expect(analysis.cluster.pods).toHaveLength(49);
    expect(g.nodes.filter((n) => n.kind === 'pod')).toHaveLength(0);
    const workloads = g.nodes.filter((n) => n.kind === 'workload');
    expect(workloads.reduce((sum, n) => sum + n.endpoints.length, 0)).toBe(49);
    expect(g.nodes.length).toBeLessThan(49 + analysis.services.length);
    expect(node(g, 'wl:shop/Deployment/cart')).toMatchObject({
      detail: 'Deployment ×3',
      expanded: false,
    });
    expect(node(g, 'wl:data/StatefulSet/kafka').detail).toBe('StatefulSet ×3');
    expect(edge(g, 'service-backend', 'svc:shop/cart', 'wl:shop/Deployment/cart')).toBeDefined();
  });

  it('shows the pods of an expanded workload', () => {
    const id = 'wl:shop/Deployment/cart';
    const e = buildGraph(analysis, view({ expandedWorkloads: new Set([id]) }));
    const pods = e.nodes.filter((n) => n.kind === 'pod');
    expect(pods.map((n) => n.owner)).toEqual([id, id, id]);
    expect(pods.every((n) => n.parent === 'ns:shop' && n.id.startsWith('pod:shop/cart-'))).toBe(
      true,
    );
    expect(node(e, id).expanded).toBe(true);
    // The Service now points at each pod, and flows attach to pods rather than the workload.
    for (const p of pods) expect(edge(e, 'service-backend', 'svc:shop/cart', p.id)).toBeDefined();
    expect(e.edges.some((x) => x.kind === 'allowed' && (x.source === id || x.target === id))).toBe(
      false,
    );
    expect(e.edges.some((x) => x.kind === 'allowed' && pods.some((p) => p.id === x.target))).toBe(
      true,
    );
  });

  it('draws ipBlock peers with the rules that name them', () => {
    expect(node(g, 'ipblock:192.168.50.0/24').kind).toBe('ipblock');
    expect(
      ports(edge(g, 'allowed', 'wl:shop/Deployment/payment', 'ipblock:192.168.50.0/24')),
    ).toEqual(['8443/TCP']);
  });
});

describe('partial aggregation', () => {
  // Two pods of one Deployment (through its ReplicaSet), with different labels: the policy on
  // `db` admits only the one labelled role=reader.
  const owned = (name: string, labels: Record<string, string>) =>
    pod('x', name, { labels, ports: ['8080'] }).replace(
      'metadata: {',
      'metadata: {ownerReferences: [{kind: ReplicaSet, name: web-5d4f8, controller: true}], ',
    );
  const text = yamlDocs(
    namespace('x'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: x}\nspec: {replicas: 2, selector: {matchLabels: {app: web}}, template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, image: x}]}}}',
    'apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: web-5d4f8, namespace: x, ownerReferences: [{kind: Deployment, name: web, controller: true}]}\nspec: {replicas: 2, selector: {matchLabels: {app: web}}, template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, image: x}]}}}',
    owned('web-5d4f8-aaaaa', { app: 'web', role: 'reader' }),
    owned('web-5d4f8-bbbbb', { app: 'web', role: 'writer' }),
    pod('x', 'db', { labels: { app: 'db' }, ports: ['5432', '9187'] }),
    policy(
      'x',
      'db',
      `
podSelector: {matchLabels: {app: db}}
ingress:
  - from: [{podSelector: {matchLabels: {role: reader}}}]
    ports: [{port: 5432}]
`,
    ),
  );
  const analysis = analyzeYaml(text);
  const WEB = 'wl:x/Deployment/web';

  it('marks an edge partial when only some member pairs are allowed', () => {
    const g = buildGraph(analysis, view());
    expect(node(g, WEB).endpoints).toEqual(['x/web-5d4f8-aaaaa', 'x/web-5d4f8-bbbbb']);
    expect(edge(g, 'allowed', WEB, 'pod:x/db')).toMatchObject({
      ports: [{ port: 5432, protocol: 'TCP' }],
      partial: true,
    });
    const d = buildGraph(analysis, view({ deniedFor: WEB }));
    expect(edge(d, 'denied', WEB, 'pod:x/db')).toMatchObject({
      label: '5432/TCP, 9187/TCP',
      partial: true,
    });
  });

  it('is exact again once the workload is expanded', () => {
    const g = buildGraph(analysis, view({ expandedWorkloads: new Set([WEB]) }));
    expect(edge(g, 'allowed', 'pod:x/web-5d4f8-aaaaa', 'pod:x/db')).toMatchObject({
      ports: [{ port: 5432, protocol: 'TCP' }],
    });
    expect(edge(g, 'allowed', 'pod:x/web-5d4f8-aaaaa', 'pod:x/db')?.partial).toBeUndefined();
    expect(edge(g, 'allowed', 'pod:x/web-5d4f8-bbbbb', 'pod:x/db')).toBeUndefined();
  });

  it('badges a node isolated only when all its pods are', () => {
    const g = buildGraph(analysis, view());
    expect(node(g, 'pod:x/db').badges).toContain('isolated-ingress');
    expect(node(g, WEB).badges).not.toContain('isolated-ingress');
  });
});

describe('External endpoints', () => {
  it('are ipBlock-like nodes with flows both ways', () => {
    const a = analyzeYaml(
      yamlDocs(
        pod('x', 'api', { labels: { app: 'api' }, ports: ['8080'] }),
        policy(
          'x',
          'api',
          `
podSelector: {}
ingress:
  - from: [{ipBlock: {cidr: 203.0.113.0/24}}]
`,
        ),
      ),
      { externals: ['203.0.113.7', '198.51.100.1'] },
    );
    const g = buildGraph(a, view());
    expect(node(g, 'external:203.0.113.7')).toMatchObject({
      kind: 'ipblock',
      endpoints: ['203.0.113.7'],
    });
    expect(node(g, 'external:203.0.113.7').parent).toBeUndefined();
    expect(ports(edge(g, 'allowed', 'external:203.0.113.7', 'pod:x/api'))).toEqual(['8080/TCP']);
    expect(edge(g, 'allowed', 'external:198.51.100.1', 'pod:x/api')).toBeUndefined();
    // No verdicts between two External endpoints.
    expect(edge(g, 'allowed', 'external:203.0.113.7', 'external:198.51.100.1')).toBeUndefined();
    expect(ports(edge(g, 'allowed', 'ipblock:203.0.113.0/24', 'pod:x/api'))).toEqual(['8080/TCP']);
    expect(ports(edge(g, 'allowed', 'outside', 'pod:x/api'))).toEqual(['8080/TCP']);
  });
});

describe('the egress-outside badge', () => {
  const analysis = analyzeYaml(
    yamlDocs(
      namespace('x'),
      pod('x', 'open', { labels: { app: 'open' } }),
      pod('x', 'in-cluster', { labels: { app: 'in-cluster' } }),
      pod('x', 'to-range', { labels: { app: 'to-range' } }),
      pod('x', 'fully-excepted', { labels: { app: 'fully-excepted' } }),
      pod('x', 'any-destination', { labels: { app: 'any-destination' } }),
      policy(
        'x',
        'in-cluster',
        `
podSelector: {matchLabels: {app: in-cluster}}
policyTypes: [Egress]
egress:
  - to: [{namespaceSelector: {}}]
`,
      ),
      policy(
        'x',
        'to-range',
        `
podSelector: {matchLabels: {app: to-range}}
policyTypes: [Egress]
egress:
  - to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}]
    ports: [{port: 443}]
`,
      ),
      policy(
        'x',
        'fully-excepted',
        `
podSelector: {matchLabels: {app: fully-excepted}}
policyTypes: [Egress]
egress:
  - to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.0.0.0/9, 10.128.0.0/9]}}]
`,
      ),
      policy(
        'x',
        'any-destination',
        `
podSelector: {matchLabels: {app: any-destination}}
policyTypes: [Egress]
egress:
  - ports: [{port: 53, protocol: UDP}]
`,
      ),
    ),
  );
  const g = buildGraph(analysis, view());
  const has = (name: string) => node(g, `pod:x/${name}`).badges.includes('egress-outside');

  it('marks pods whose egress is not isolated, or admits an ipBlock or any destination', () => {
    expect(has('open')).toBe(true);
    expect(has('to-range')).toBe(true);
    expect(has('any-destination')).toBe(true);
  });

  it('leaves pods whose egress stays inside the cluster, or whose ipBlock is fully excepted', () => {
    expect(has('in-cluster')).toBe(false);
    expect(has('fully-excepted')).toBe(false);
  });

  it('on the sample: api-server only talks to DNS and postgres, frontend is not restricted', () => {
    const s = buildGraph(sample('production'), view());
    expect(node(s, API).badges).not.toContain('egress-outside');
    expect(node(s, FRONTEND).badges).toContain('egress-outside');
  });
});
