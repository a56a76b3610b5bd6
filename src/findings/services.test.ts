import { describe, expect, it } from 'vitest';
import { namespace, pod, policy, yamlDocs } from '../testing/yaml-cluster';
import { lint, service, withId } from './test-support';

const ns = namespace('shop');

describe('service-selects-nothing', () => {
  it('fires when the selector matches no pod in the namespace, with the Service as source', () => {
    const docs = [
      ns,
      pod('shop', 'web-0', { labels: { app: 'web' } }),
      pod('other', 'api-0', { labels: { app: 'api' } }),
      service('shop', 'api', '{selector: {app: api}, ports: [{port: 80}]}'),
    ];
    const [f] = withId(lint(docs), 'service-selects-nothing');
    expect(f).toMatchObject({ severity: 'error', objects: ['shop/Service/api'] });
    expect(f!.message).toContain(
      'selects app=api, which matches no pod or workload in namespace shop',
    );
    const serviceLine = yamlDocs(...docs)
      .split('\n')
      .indexOf('kind: Service');
    expect(f!.source).toMatchObject({ file: 'test.yaml', line: serviceLine });
  });

  it('near miss: the input lists no pod or workload in the namespace at all', () => {
    const findings = lint([
      pod('other', 'api-0', { labels: { app: 'api' } }),
      service('shop', 'api', '{selector: {app: api}, ports: [{port: 80}]}'),
    ]);
    expect(withId(findings, 'service-selects-nothing')).toEqual([]);
  });

  it('near miss: a pod with the labels exists', () => {
    const findings = lint([
      pod('shop', 'api-0', { labels: { app: 'api', tier: 'b' } }),
      service('shop', 'api', '{selector: {app: api}, ports: [{port: 80}]}'),
    ]);
    expect(findings.map((f) => f.id)).not.toContain('service-selects-nothing');
  });
});

describe('service-without-endpoints', () => {
  it('fires for a selector-less Service without Endpoints, and for Endpoints without addresses', () => {
    const none = lint([service('shop', 'legacy', '{ports: [{port: 5432}]}')]);
    expect(withId(none, 'service-without-endpoints')[0]).toMatchObject({ severity: 'warning' });
    expect(withId(none, 'service-without-endpoints')[0]!.message).toContain(
      'no Endpoints or EndpointSlice in the input',
    );
    const empty = lint([
      service('shop', 'legacy', '{ports: [{port: 5432}]}'),
      'apiVersion: v1\nkind: Endpoints\nmetadata: {name: legacy, namespace: shop}\nsubsets: []',
    ]);
    expect(withId(empty, 'service-without-endpoints')[0]!.message).toContain(
      'its Endpoints list no address',
    );
  });

  it('near miss: Endpoints name an address; ExternalName Services have no backends by design', () => {
    const findings = lint([
      service('shop', 'legacy', '{ports: [{port: 5432}]}'),
      'apiVersion: v1\nkind: Endpoints\nmetadata: {name: legacy, namespace: shop}\nsubsets: [{addresses: [{ip: 192.168.1.50}], ports: [{port: 5432}]}]',
      service('shop', 'db', '{type: ExternalName, externalName: db.example.com}'),
    ]);
    expect(findings).toEqual([]);
  });
});

describe('target ports', () => {
  const svc = (target: string, protocol = 'TCP') =>
    service(
      'shop',
      'web',
      `{selector: {app: web}, ports: [{name: http, port: 80, targetPort: ${target}, protocol: ${protocol}}]}`,
    );

  it('target-port-name-not-found: no backend declares the name (error), naming a protocol mismatch', () => {
    const findings = lint([
      pod('shop', 'web-0', { labels: { app: 'web' }, ports: ['web:8080'] }),
      svc('http'),
    ]);
    expect(withId(findings, 'target-port-name-not-found')[0]).toMatchObject({
      severity: 'error',
      objects: ['shop/Service/web', 'shop/Pod/web-0'],
    });
    const udp = lint([
      pod('shop', 'web-0', { labels: { app: 'web' }, ports: ['http:8080/UDP'] }),
      svc('http'),
    ]);
    expect(withId(udp, 'target-port-name-not-found')[0]!.message).toContain(
      'a port of that name exists, but not for TCP',
    );
  });

  it('target-port-name-partial: some backends lack the name (warning)', () => {
    const findings = lint([
      pod('shop', 'web-0', { labels: { app: 'web' }, ports: ['http:8080'] }),
      pod('shop', 'web-1', { labels: { app: 'web' }, ports: ['web:8080'] }),
      svc('http'),
    ]);
    expect(findings.map((f) => f.id)).toEqual(['target-port-name-partial']);
    expect(findings[0]!.message).toContain('shop/web-1 declare no TCP container port named http');
  });

  it('target-port-not-declared: a number no backend lists, only when they list ports', () => {
    const findings = lint([
      pod('shop', 'web-0', { labels: { app: 'web' }, ports: ['3000'] }),
      svc('8080'),
    ]);
    expect(withId(findings, 'target-port-not-declared')[0]).toMatchObject({ severity: 'warning' });
    expect(withId(findings, 'target-port-not-declared')[0]!.message).toContain(
      'no backend lists 8080/TCP among its container ports (they list 3000)',
    );
  });

  it('near misses: the name or number is declared; a backend listing no ports says nothing', () => {
    expect(
      lint([pod('shop', 'web-0', { labels: { app: 'web' }, ports: ['http:8080'] }), svc('http')]),
    ).toEqual([]);
    expect(
      lint([pod('shop', 'web-0', { labels: { app: 'web' }, ports: ['8080'] }), svc('8080')]),
    ).toEqual([]);
    expect(
      lint([pod('shop', 'web-0', { labels: { app: 'web' }, ports: [] }), svc('8080')]),
    ).toEqual([]);
    // Only UDP ports listed: nothing is known about TCP.
    expect(
      lint([pod('shop', 'web-0', { labels: { app: 'web' }, ports: ['53/UDP'] }), svc('8080')]),
    ).toEqual([]);
  });
});

describe('service-port-blocked', () => {
  const isolate = (ports: string) =>
    policy(
      'shop',
      'web-ingress',
      `podSelector: {matchLabels: {app: web}}\ningress:\n  - from: [{podSelector: {matchLabels: {app: client}}}]\n    ports: ${ports}`,
    );
  const docs = [
    pod('shop', 'web-0', { labels: { app: 'web' }, ports: ['http:8080', 'metrics:9090'] }),
    pod('shop', 'client', { labels: { app: 'client' } }),
    service(
      'shop',
      'web',
      '{selector: {app: web}, ports: [{name: http, port: 80, targetPort: http}, {name: metrics, port: 9090}]}',
    ),
  ];

  it('fires for a port no ingress rule of the isolating policies admits', () => {
    const findings = withId(lint([...docs, isolate('[{port: 8080}]')]), 'service-port-blocked');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      objects: ['shop/Service/web', 'shop/NetworkPolicy/web-ingress'],
    });
    expect(findings[0]!.message).toContain('port metrics (9090 → 9090/TCP)');
  });

  it('near miss: a rule admits the port from someone, or the backends are not isolated', () => {
    expect(
      withId(lint([...docs, isolate('[{port: 8080}, {port: 9090}]')]), 'service-port-blocked'),
    ).toEqual([]);
    expect(withId(lint(docs), 'service-port-blocked')).toEqual([]);
  });
});
