import { describe, expect, it } from 'vitest';
import { pod, policy } from '../testing/yaml-cluster';
import { lint, service, withId } from './test-support';

const web = pod('shop', 'web-0', { labels: { app: 'web' }, ports: ['http:8080'] });
const nodePort = (name: string, port: number, protocol = 'TCP') =>
  service(
    'shop',
    name,
    `{type: NodePort, selector: {app: web}, ports: [{port: 80, targetPort: 8080, nodePort: ${port}, protocol: ${protocol}}]}`,
  );
const ingressFrom = (from: string) =>
  policy(
    'shop',
    'web-ingress',
    `podSelector: {matchLabels: {app: web}}\ningress:\n  - from: ${from}\n    ports: [{port: 8080}]`,
  );

describe('node ports', () => {
  it('node-port-out-of-range: outside 30000-32767 is a warning (the range can be widened)', () => {
    const [f] = withId(lint([web, nodePort('web', 8080)]), 'node-port-out-of-range');
    expect(f).toMatchObject({ severity: 'warning', objects: ['shop/Service/web'] });
    expect(f!.message).toContain('nodePort 8080, outside the default range 30000-32767');
  });

  it('node-port-duplicate: the same number on two Services, whatever the protocol', () => {
    const findings = withId(
      lint([web, nodePort('a', 30080), nodePort('b', 30080, 'UDP')]),
      'node-port-duplicate',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      objects: ['shop/Service/b', 'shop/Service/a'],
    });
  });

  it('node-port-duplicate: twice in one Service for the same protocol', () => {
    const svc = service(
      'shop',
      'web',
      '{type: NodePort, selector: {app: web}, ports: [{name: a, port: 80, nodePort: 30080}, {name: b, port: 81, nodePort: 30080}]}',
    );
    expect(withId(lint([web, svc]), 'node-port-duplicate')[0]!.message).toContain(
      'uses nodePort 30080/TCP twice',
    );
  });

  it('near misses: in range and distinct; one Service using one nodePort for TCP and UDP; a ClusterIP nodePort', () => {
    const mixed = service(
      'shop',
      'dns',
      '{type: NodePort, selector: {app: web}, ports: [{name: u, port: 53, protocol: UDP, nodePort: 30053}, {name: t, port: 53, nodePort: 30053}]}',
    );
    const ids = lint([web, nodePort('a', 30080), nodePort('b', 30081), mixed]).map((f) => f.id);
    expect(ids).not.toContain('node-port-duplicate');
    expect(ids).not.toContain('node-port-out-of-range');
    const clusterIP = service(
      'shop',
      'c',
      '{selector: {app: web}, ports: [{port: 80, targetPort: 8080, nodePort: 30080}]}',
    );
    expect(withId(lint([web, nodePort('a', 30080), clusterIP]), 'node-port-duplicate')).toEqual([]);
  });
});

describe('exposure', () => {
  it('exposed-but-unreachable: only pods may connect, naming the ports', () => {
    const findings = lint([
      web,
      nodePort('web', 30080),
      ingressFrom('[{podSelector: {matchLabels: {app: client}}}]'),
    ]);
    const [f] = withId(findings, 'exposed-but-unreachable');
    expect(f).toMatchObject({ severity: 'warning', objects: ['shop/Service/web'] });
    expect(f!.message).toContain(
      'admit no client outside the cluster on 80 → 8080/TCP, nodePort 30080',
    );
    expect(withId(findings, 'exposed-to-internet')).toEqual([]);
  });

  it('exposed-to-internet: no policy, or 0.0.0.0/0 except private ranges', () => {
    for (const extra of [
      [],
      [ingressFrom('[{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8, 192.168.0.0/16]}}]')],
    ]) {
      const [f] = withId(lint([web, nodePort('web', 30080), ...extra]), 'exposed-to-internet');
      expect(f).toMatchObject({ severity: 'warning', objects: ['shop/Service/web'] });
      expect(f!.message).toBe(
        'Service shop/web is exposed via NodePort and no NetworkPolicy narrows which addresses reach its backends on 80 → 8080/TCP, nodePort 30080, so any client on the internet that can reach a node can connect.',
      );
    }
  });

  it('externalIPs expose a ClusterIP Service too', () => {
    const svc = service(
      'shop',
      'web',
      '{selector: {app: web}, externalIPs: [198.51.100.7], ports: [{port: 80, targetPort: 8080}]}',
    );
    expect(withId(lint([web, svc]), 'exposed-to-internet')[0]!.message).toContain(
      'exposed via externalIPs',
    );
    expect(
      withId(
        lint([web, service('shop', 'web', '{selector: {app: web}, ports: [{port: 80}]}')]),
        'exposed-to-internet',
      ),
    ).toEqual([]);
  });

  it('a port no one may use at all is service-port-blocked, not exposed-but-unreachable', () => {
    const ids = lint([
      web,
      nodePort('web', 30080),
      ingressFrom('[{podSelector: {}}]').replace('port: 8080', 'port: 9999'),
    ]).map((f) => f.id);
    expect(ids).toContain('service-port-blocked');
    expect(ids).not.toContain('exposed-but-unreachable');
  });

  it('near miss: a policy admitting one outside range is neither unreachable nor open', () => {
    const ids = lint([
      web,
      nodePort('web', 30080),
      ingressFrom('[{ipBlock: {cidr: 203.0.113.0/24}}]'),
    ]).map((f) => f.id);
    expect(ids).not.toContain('exposed-to-internet');
    expect(ids).not.toContain('exposed-but-unreachable');
  });

  const lb = (spec = '', annotations = '{}') =>
    service(
      'shop',
      'web',
      `{type: LoadBalancer, selector: {app: web}, ports: [{port: 443, targetPort: 8080}]${spec}}`,
      annotations,
    );

  it('load-balancer-without-source-ranges: open at the load balancer, narrowed only by policy', () => {
    const findings = lint([web, lb(), ingressFrom('[{ipBlock: {cidr: 203.0.113.0/24}}]')]);
    expect(withId(findings, 'load-balancer-without-source-ranges')[0]).toMatchObject({
      severity: 'info',
      objects: ['shop/Service/web'],
    });
  });

  it('an open LoadBalancer without ranges gets both: the load balancer and the policies are open', () => {
    const findings = lint([web, lb()]);
    expect(findings.map((f) => f.id).sort()).toEqual([
      'exposed-to-internet',
      'load-balancer-without-source-ranges',
    ]);
    expect(withId(findings, 'exposed-to-internet')[0]!.message).toContain(
      'can reach a node or the load balancer',
    );
  });

  it('near miss: a LoadBalancer no outside client may use gets exposed-but-unreachable only', () => {
    const ids = lint([web, lb(), ingressFrom('[{podSelector: {}}]')]).map((f) => f.id);
    expect(ids).toContain('exposed-but-unreachable');
    expect(ids).not.toContain('load-balancer-without-source-ranges');
    expect(ids).not.toContain('exposed-to-internet');
  });

  it('near misses: source ranges (field or annotation), or an internal load balancer', () => {
    const narrowed = [
      lb(', loadBalancerSourceRanges: [203.0.113.0/24]'),
      lb('', "{'service.beta.kubernetes.io/load-balancer-source-ranges': '203.0.113.0/24'}"),
      lb('', "{'networking.gke.io/load-balancer-type': Internal}"),
      lb('', "{'service.beta.kubernetes.io/aws-load-balancer-scheme': internal}"),
    ];
    for (const svc of narrowed) expect(lint([web, svc])).toEqual([]);
  });
});
