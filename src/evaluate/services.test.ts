import { describe, expect, it } from 'vitest';
import { analyzeYaml, pod, policy, yamlDocs } from '../testing/yaml-cluster';

const service = (name: string, spec: string, ns = 'x') =>
  `apiVersion: v1\nkind: Service\nmetadata: {name: ${JSON.stringify(name)}, namespace: ${JSON.stringify(ns)}}\nspec: ${spec}`;

const report = (text: string, id: string) => {
  const s = analyzeYaml(text).services.find((r) => r.id === id);
  if (!s) throw new Error(`no service ${id}`);
  return s;
};

describe('Service backends and ports', () => {
  const pods = [
    pod('x', 'a', { labels: { app: 'api' }, ports: ['http:8080', 'metrics:9090'] }),
    pod('x', 'b', { labels: { app: 'api' }, ports: ['http:8081'] }),
    pod('y', 'c', { labels: { app: 'api' }, ports: ['http:8080'] }),
  ];
  it('backends are the endpoints the selector matches in the Service namespace only', () => {
    expect(
      report(
        yamlDocs(...pods, service('api', '{selector: {app: api}, ports: [{port: 80}]}')),
        'x/api',
      ).backends,
    ).toEqual(['x/a', 'x/b']);
  });
  it('targetPort defaults to port', () => {
    const s = report(
      yamlDocs(...pods, service('api', '{selector: {app: api}, ports: [{port: 80}]}')),
      'x/api',
    );
    expect(s.ports[0]?.targetPort).toBe(80);
    expect(s.ports[0]?.backends.map((b) => b.targetPort)).toEqual([80, 80]);
  });
  it('a named targetPort resolves per backend, and a backend lacking it is reported', () => {
    const s = report(
      yamlDocs(
        ...pods,
        service(
          'api',
          '{selector: {app: api}, ports: [{name: web, port: 80, targetPort: http}, {name: m, port: 9090, targetPort: metrics}]}',
        ),
      ),
      'x/api',
    );
    expect(s.ports[0]?.backends.map((b) => [b.endpoint, b.targetPort])).toEqual([
      ['x/a', 8080],
      ['x/b', 8081],
    ]);
    expect(s.ports[1]?.backends.map((b) => b.targetPort)).toEqual([9090, undefined]);
    expect(s.problems).toEqual(['targetPort metrics is not a TCP container port of x/b']);
  });
  it('a Service without a selector takes its backends from Endpoints and EndpointSlices', () => {
    const text = yamlDocs(
      ...pods,
      service('legacy', '{ports: [{port: 5432}]}'),
      'apiVersion: v1\nkind: Endpoints\nmetadata: {name: legacy, namespace: x}\nsubsets: [{addresses: [{ip: 192.168.1.50}, {ip: 10.0.0.9, targetRef: {kind: Pod, name: a, namespace: x}}], ports: [{port: 5432}]}]',
      service('sliced', '{ports: [{port: 80}]}'),
      "apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: sliced-abc, namespace: x, labels: {'kubernetes.io/service-name': sliced}}\naddressType: IPv4\nendpoints: [{addresses: [172.16.0.4]}]\nports: [{port: 80}]",
    );
    expect(report(text, 'x/legacy').backends).toEqual(['192.168.1.50', 'x/a']);
    expect(report(text, 'x/sliced').backends).toEqual(['172.16.0.4']);
  });
  it('an ExternalName Service has no backends and keeps its CNAME', () => {
    const s = report(service('db', '{type: ExternalName, externalName: mydb.example.com}'), 'x/db');
    expect(s).toMatchObject({
      type: 'ExternalName',
      backends: [],
      externalName: 'mydb.example.com',
      externallyReachable: false,
    });
  });
});

describe('Service DNS names', () => {
  it('every Service has <svc>.<ns>.svc.cluster.local', () => {
    expect(report(service('api', '{selector: {app: a}, ports: [{port: 80}]}'), 'x/api').dns).toBe(
      'api.x.svc.cluster.local',
    );
  });
  it('a headless Service of a StatefulSet gives each pod <pod>.<svc>.<ns>.svc.cluster.local', () => {
    const text = yamlDocs(
      service(
        'db-headless',
        '{clusterIP: None, selector: {app: db}, ports: [{port: 5432}]}',
        'data',
      ),
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db, namespace: data}\nspec: {replicas: 2, serviceName: db-headless, selector: {matchLabels: {app: db}}, template: {metadata: {labels: {app: db}}, spec: {containers: [{name: c, image: x, ports: [{containerPort: 5432}]}]}}}',
    );
    const s = report(text, 'data/db-headless');
    expect(s.headless).toBe(true);
    expect(s.podDNS).toEqual([
      'db-0.db-headless.data.svc.cluster.local',
      'db-1.db-headless.data.svc.cluster.local',
    ]);
  });
});

describe('exposure', () => {
  const backend = pod('x', 'web', { labels: { app: 'web' }, ports: ['http:8080'] });
  const nodePort = service(
    'web',
    '{type: NodePort, selector: {app: web}, ports: [{port: 80, targetPort: http, nodePort: 31080}]}',
  );
  it('a NodePort Service whose backend is not isolated is externally reachable', () => {
    const s = report(yamlDocs(backend, nodePort), 'x/web');
    expect(s).toMatchObject({ externallyReachable: true, exposedVia: ['NodePort'] });
    expect(s.ports[0]?.nodePort).toBe(31080);
  });
  it('a ClusterIP Service is never externally reachable', () => {
    expect(
      report(
        yamlDocs(backend, service('web', '{selector: {app: web}, ports: [{port: 80}]}')),
        'x/web',
      ).externallyReachable,
    ).toBe(false);
  });
  it('a backend isolated for ingress with only in-cluster peers makes the Service unreachable from outside', () => {
    const p = policy(
      'x',
      'p',
      'podSelector: {}\ningress: [{from: [{podSelector: {}}, {namespaceSelector: {}}]}]',
    );
    expect(report(yamlDocs(backend, nodePort, p), 'x/web').externallyReachable).toBe(false);
  });
  it('an ipBlock peer admits outside clients unless its excepts cover it all', () => {
    const open = policy(
      'x',
      'p',
      'podSelector: {}\ningress: [{from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}], ports: [{port: 8080}]}]',
    );
    expect(report(yamlDocs(backend, nodePort, open), 'x/web').externallyReachable).toBe(true);
    const closed = policy(
      'x',
      'p',
      'podSelector: {}\ningress: [{from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.0.0.0/9, 10.128.0.0/9]}}]}]',
    );
    expect(report(yamlDocs(backend, nodePort, closed), 'x/web').externallyReachable).toBe(false);
  });
  it('a rule admitting outsiders on another port does not count', () => {
    const p = policy('x', 'p', 'podSelector: {}\ningress: [{ports: [{port: 9999}]}]');
    expect(report(yamlDocs(backend, nodePort, p), 'x/web').externallyReachable).toBe(false);
  });
  it('loadBalancerSourceRanges narrows who, not whether', () => {
    const lb = service(
      'web',
      '{type: LoadBalancer, loadBalancerSourceRanges: [203.0.113.0/24], selector: {app: web}, ports: [{port: 443, targetPort: 8080}]}',
    );
    const s = report(yamlDocs(backend, lb), 'x/web');
    expect(s).toMatchObject({
      externallyReachable: true,
      exposedVia: ['LoadBalancer'],
      loadBalancerSourceRanges: ['203.0.113.0/24'],
    });
  });
  it('externalIPs expose a ClusterIP Service', () => {
    const s = report(
      yamlDocs(
        backend,
        service(
          'web',
          '{externalIPs: [198.51.100.10], selector: {app: web}, ports: [{port: 80, targetPort: 8080}]}',
        ),
      ),
      'x/web',
    );
    expect(s).toMatchObject({ externallyReachable: true, exposedVia: ['externalIPs'] });
  });
});
