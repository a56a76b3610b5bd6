// Expected results are written by hand from Kubernetes semantics (see the fixtures' comments).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../analyze';
import { analyzeYaml, pod, policy, yamlDocs } from '../testing/yaml-cluster';
import { diffAnalyses, hasChanges } from './index';

const fixture = (path: string, options = {}): Analysis =>
  analyze([{ name: path, text: readFileSync(`fixtures/diff/${path}`, 'utf8') }], options);

describe('diffAnalyses on fixtures/diff/port-change (api-ingress: 8080 → 9090)', () => {
  const d = diffAnalyses(fixture('port-change/before.yaml'), fixture('port-change/after.yaml'));
  const api = 'shop/api-ingress';

  it('opens frontend→api 9090 and closes 8080, and nothing else', () => {
    expect(d.flows).toEqual([
      {
        from: 'shop/frontend-0',
        to: 'shop/api-0',
        port: 8080,
        protocol: 'TCP',
        change: 'denied',
        policies: [api],
      },
      {
        from: 'shop/frontend-0',
        to: 'shop/api-0',
        port: 9090,
        protocol: 'TCP',
        change: 'allowed',
        policies: [api],
      },
    ]);
  });

  it('groups both under the changed policy', () => {
    expect(d.byPolicy).toHaveLength(1);
    expect(d.byPolicy[0]).toMatchObject({ policy: api, status: 'changed' });
    expect(d.byPolicy[0]!.allowed.map((f) => f.port)).toEqual([9090]);
    expect(d.byPolicy[0]!.denied.map((f) => f.port)).toEqual([8080]);
    expect(d.policies).toEqual({ added: [], removed: [], changed: [api] });
  });

  it('changes no Service and no endpoint', () => {
    expect(d.services).toEqual([]);
    expect(d.endpoints).toEqual({ added: [], removed: [] });
    expect(hasChanges(d)).toBe(true);
  });
});

describe('diffAnalyses on fixtures/diff/load-balancer (a LoadBalancer added)', () => {
  const d = diffAnalyses(fixture('load-balancer/before.yaml'), fixture('load-balancer/after.yaml'));

  it('reports the new Service as exposed and reachable, and no flow change', () => {
    expect(d.flows).toEqual([]);
    expect(d.services).toEqual([
      {
        id: 'shop/web-public',
        change: 'added',
        after: {
          type: 'LoadBalancer',
          exposedVia: ['LoadBalancer'],
          externallyReachable: true,
          ports: [{ port: 443, protocol: 'TCP', targetPort: 8080, nodePort: 31443 }],
          externalIPs: [],
          loadBalancerSourceRanges: [],
        },
        details: [
          'LoadBalancer, exposed via LoadBalancer, reachable from outside: yes; ports 443/TCP → 8080, nodePort 31443',
        ],
      },
    ]);
  });
});

describe('the same version twice', () => {
  it('has no changes', () => {
    const a = fixture('port-change/before.yaml');
    const d = diffAnalyses(a, fixture('port-change/before.yaml'));
    expect(hasChanges(d)).toBe(false);
    expect(d.findings).toEqual({ added: [], resolved: [] });
  });
});

describe('flow causes', () => {
  const pods = [
    pod('x', 'web', { ports: ['80'] }),
    pod('x', 'api', { ports: ['8080'] }),
    pod('y', 'job', { ports: ['9000'] }),
  ];
  const denyAll = policy('x', 'deny-all', '{podSelector: {}, policyTypes: [Ingress]}');
  const allowWeb = policy(
    'x',
    'allow-web',
    '{podSelector: {matchLabels: {app: api}}, ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]}',
  );

  it('a default-deny added closes every ingress flow into the namespace and names itself', () => {
    const d = diffAnalyses(analyzeYaml(yamlDocs(...pods)), analyzeYaml(yamlDocs(...pods, denyAll)));
    // Into x/web (80) from x/api and y/job; into x/api (8080) from x/web and y/job.
    expect(d.flows.map((f) => `${f.from}>${f.to}:${f.port} ${f.change}`)).toEqual([
      'x/api>x/web:80 denied',
      'x/web>x/api:8080 denied',
      'y/job>x/api:8080 denied',
      'y/job>x/web:80 denied',
    ]);
    expect(d.flows.every((f) => f.policies.join() === 'x/deny-all')).toBe(true);
    expect(d.byPolicy.map((g) => [g.policy, g.status, g.denied.length])).toEqual([
      ['x/deny-all', 'added', 4],
    ]);
  });

  it('an allow rule added on top reopens only what it admits', () => {
    const d = diffAnalyses(
      analyzeYaml(yamlDocs(...pods, denyAll)),
      analyzeYaml(yamlDocs(...pods, denyAll, allowWeb)),
    );
    expect(d.flows).toEqual([
      {
        from: 'x/web',
        to: 'x/api',
        port: 8080,
        protocol: 'TCP',
        change: 'allowed',
        policies: ['x/allow-web'],
      },
    ]);
  });

  it('removing the only isolating policy names the removed policy', () => {
    const d = diffAnalyses(
      analyzeYaml(yamlDocs(...pods, allowWeb)),
      analyzeYaml(yamlDocs(...pods)),
    );
    expect(d.flows.map((f) => `${f.from}>${f.to} ${f.change} ${f.policies.join()}`)).toEqual([
      'y/job>x/api allowed x/allow-web',
    ]);
    expect(d.byPolicy[0]).toMatchObject({ policy: 'x/allow-web', status: 'removed' });
    expect(d.policies.removed).toEqual(['x/allow-web']);
  });

  it('an egress policy names the egress side, on every probed port it closes', () => {
    const egress = policy(
      'y',
      'job-egress',
      '{podSelector: {}, policyTypes: [Egress], egress: [{ports: [{port: 80}]}]}',
    );
    const d = diffAnalyses(analyzeYaml(yamlDocs(...pods)), analyzeYaml(yamlDocs(...pods, egress)));
    expect(
      d.flows.map((f) => `${f.from}>${f.to}:${f.port} ${f.change} ${f.policies.join()}`),
    ).toEqual(['y/job>x/api:8080 denied y/job-egress']);
  });

  it('a relabelled pod that leaves a policy is reported under that policy, marked unchanged', () => {
    const relabelled = [
      pod('x', 'web', { labels: { app: 'www' }, ports: ['80'] }),
      ...pods.slice(1),
    ];
    const d = diffAnalyses(
      analyzeYaml(yamlDocs(...pods, denyAll, allowWeb)),
      analyzeYaml(yamlDocs(...relabelled, denyAll, allowWeb)),
    );
    expect(d.flows.map((f) => `${f.from}>${f.to}:${f.port} ${f.change}`)).toEqual([
      'x/web>x/api:8080 denied',
    ]);
    expect(d.byPolicy).toMatchObject([{ policy: 'x/allow-web', status: 'unchanged' }]);
  });
});

describe('endpoints on one side only', () => {
  it('are listed as added or removed, not as flows', () => {
    const a = [pod('x', 'web'), pod('x', 'old')];
    const b = [pod('x', 'web'), pod('x', 'new-0'), pod('x', 'new-1')];
    const d = diffAnalyses(analyzeYaml(yamlDocs(...a)), analyzeYaml(yamlDocs(...b)));
    expect(d.flows).toEqual([]);
    expect(d.endpoints).toEqual({
      added: [
        { id: 'x/new-0', kind: 'Pod', namespace: 'x' },
        { id: 'x/new-1', kind: 'Pod', namespace: 'x' },
      ],
      removed: [{ id: 'x/old', kind: 'Pod', namespace: 'x' }],
    });
    expect(hasChanges(d)).toBe(true);
  });

  it('every member of a class of equal pods gets its own flow change', () => {
    const same = (name: string) => pod('x', name, { labels: { app: 'web' }, ports: ['80'] });
    const pods = [same('web-0'), same('web-1'), same('web-2')];
    const deny = policy('x', 'deny', '{podSelector: {}, policyTypes: [Ingress]}');
    const d = diffAnalyses(analyzeYaml(yamlDocs(...pods)), analyzeYaml(yamlDocs(...pods, deny)));
    // 3 × 2 ordered pairs, no pod to itself.
    expect(d.flows.map((f) => `${f.from}>${f.to}`)).toEqual([
      'x/web-0>x/web-1',
      'x/web-0>x/web-2',
      'x/web-1>x/web-0',
      'x/web-1>x/web-2',
      'x/web-2>x/web-0',
      'x/web-2>x/web-1',
    ]);
  });
});

describe('ports declared on one side only', () => {
  it('are compared on both sides: a new containerPort the policy admits is no flow change', () => {
    const before = [pod('x', 'web'), pod('x', 'api', { ports: ['8080'] })];
    const after = [pod('x', 'web'), pod('x', 'api', { ports: ['8080', '9090'] })];
    const d = diffAnalyses(analyzeYaml(yamlDocs(...before)), analyzeYaml(yamlDocs(...after)));
    expect(d.flows).toEqual([]);
  });
});

describe('external endpoints', () => {
  it('an ipBlock rule added opens the external client only', () => {
    const pods = [pod('x', 'web', { ports: ['80'] }), pod('x', 'api', { ports: ['8080'] })];
    const deny = policy('x', 'deny', '{podSelector: {}, policyTypes: [Ingress]}');
    const allowOutside = policy(
      'x',
      'outside',
      '{podSelector: {matchLabels: {app: web}}, ingress: [{from: [{ipBlock: {cidr: 0.0.0.0/0}}]}]}',
    );
    const options = { externals: ['203.0.113.5'] };
    const d = diffAnalyses(
      analyzeYaml(yamlDocs(...pods, deny), options),
      analyzeYaml(yamlDocs(...pods, deny, allowOutside), options),
    );
    expect(
      d.flows.map((f) => `${f.from}>${f.to}:${f.port} ${f.change} ${f.policies.join()}`),
    ).toEqual(['203.0.113.5>x/web:80 allowed x/outside']);
  });
});
