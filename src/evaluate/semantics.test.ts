/**
 * One test per NetworkPolicy rule of the Kubernetes API reference and concept page. Every
 * `canReach` also checks that the class-grouped matrix and the rule-by-rule explanation agree.
 */
import { describe, expect, it } from 'vitest';
import { analyzeYaml, canReach, namespace, pod, policy, yamlDocs } from '../testing/yaml-cluster';

const twoPods = [
  pod('x', 'a', { ports: ['80', '81', '443'] }),
  pod('x', 'b', { ports: ['80', '81', '443'] }),
];

describe('policyTypes', () => {
  it('absent policyTypes means Ingress always', () => {
    const a = analyzeYaml(
      yamlDocs(...twoPods, policy('x', 'deny', 'podSelector: {matchLabels: {app: b}}')),
    );
    expect(canReach(a, 'x/a', 'x/b', '80')).toBe(false);
    expect(canReach(a, 'x/b', 'x/a', '80')).toBe(true);
  });

  it('absent policyTypes with `egress: []` does not isolate egress', () => {
    const a = analyzeYaml(
      yamlDocs(
        ...twoPods,
        policy('x', 'p', 'podSelector: {matchLabels: {app: a}}\ningress: [{}]\negress: []'),
      ),
    );
    expect(a.reachability.isolation(a.reachability.indexOf('x/a')!).egress).toEqual([]);
    expect(canReach(a, 'x/a', 'x/b', '80')).toBe(true);
  });

  it('absent policyTypes with a non-empty egress isolates egress too', () => {
    const a = analyzeYaml(
      yamlDocs(
        ...twoPods,
        policy('x', 'p', 'podSelector: {matchLabels: {app: a}}\negress: [{ports: [{port: 443}]}]'),
      ),
    );
    expect(canReach(a, 'x/a', 'x/b', '443')).toBe(true);
    expect(canReach(a, 'x/a', 'x/b', '80')).toBe(false);
    // Ingress is isolated too (always, when policyTypes is absent) and has no rule.
    expect(canReach(a, 'x/b', 'x/a', '80')).toBe(false);
  });

  it('explicit policyTypes with no rules denies that direction entirely', () => {
    const a = analyzeYaml(
      yamlDocs(
        ...twoPods,
        policy('x', 'p', 'podSelector: {matchLabels: {app: a}}\npolicyTypes: [Egress]'),
      ),
    );
    expect(canReach(a, 'x/a', 'x/b', '80')).toBe(false);
    expect(canReach(a, 'x/b', 'x/a', '80')).toBe(true);
  });
});

describe('isolation and union', () => {
  it('a pod is isolated only when some policy in its namespace selects it', () => {
    const a = analyzeYaml(
      yamlDocs(
        ...twoPods,
        pod('y', 'c'),
        policy('x', 'deny-b', 'podSelector: {matchLabels: {app: b}}\npolicyTypes: [Ingress]'),
        policy(
          'y',
          'selects-a-elsewhere',
          'podSelector: {matchLabels: {app: a}}\npolicyTypes: [Ingress]',
        ),
      ),
    );
    expect(canReach(a, 'x/b', 'x/a', '80')).toBe(true);
    expect(canReach(a, 'x/a', 'x/b', '80')).toBe(false);
    expect(canReach(a, 'x/a', 'y/c', '80')).toBe(true);
  });

  it('rules of all policies selecting a pod add up; none takes away', () => {
    const a = analyzeYaml(
      yamlDocs(
        ...twoPods,
        pod('x', 'c', { ports: ['80', '443'] }),
        policy('x', 'deny', 'podSelector: {}\npolicyTypes: [Ingress]'),
        policy(
          'x',
          'allow-a',
          'podSelector: {matchLabels: {app: c}}\ningress: [{from: [{podSelector: {matchLabels: {app: a}}}], ports: [{port: 80}]}]',
        ),
        policy(
          'x',
          'allow-b',
          'podSelector: {matchLabels: {app: c}}\ningress: [{from: [{podSelector: {matchLabels: {app: b}}}], ports: [{port: 443}]}]',
        ),
      ),
    );
    expect(canReach(a, 'x/a', 'x/c', '80')).toBe(true);
    expect(canReach(a, 'x/a', 'x/c', '443')).toBe(false);
    expect(canReach(a, 'x/b', 'x/c', '443')).toBe(true);
    expect(canReach(a, 'x/b', 'x/c', '80')).toBe(false);
    expect(canReach(a, 'x/c', 'x/a', '80')).toBe(false);
  });
});

describe('egress AND ingress', () => {
  it('egress admitting TCP/80 and ingress admitting TCP/443 allows neither', () => {
    const a = analyzeYaml(
      yamlDocs(
        ...twoPods,
        policy(
          'x',
          'eg',
          'podSelector: {matchLabels: {app: a}}\npolicyTypes: [Egress]\negress: [{ports: [{port: 80}]}]',
        ),
        policy(
          'x',
          'in',
          'podSelector: {matchLabels: {app: b}}\ningress: [{ports: [{port: 443}]}]',
        ),
      ),
    );
    expect(canReach(a, 'x/a', 'x/b', '80')).toBe(false);
    expect(canReach(a, 'x/a', 'x/b', '443')).toBe(false);
    const why = a.reachability.explain(
      a.reachability.indexOf('x/a')!,
      a.reachability.indexOf('x/b')!,
      {
        port: 80,
        protocol: 'TCP',
      },
    );
    expect(why.egress.allowed).toBe(true);
    expect(why.ingress.allowed).toBe(false);
    expect(why.ingress.peerMatchedPortMissed).toEqual([{ policy: 'x/in', rule: 0 }]);
    expect(why.summary).toMatch(/^Denied: x\/b is isolated for ingress by x\/in/);
  });
});

describe('label selectors', () => {
  const pods = [
    pod('x', 'a', { labels: { app: 'a', tier: 'web' } }),
    pod('x', 'b', { labels: { app: 'b', tier: 'db' } }),
    pod('x', 'c', { labels: { app: 'c' } }),
    pod('x', 't', { labels: { app: 't' } }),
  ];
  const allowFrom = (selector: string) =>
    analyzeYaml(
      yamlDocs(
        ...pods,
        policy(
          'x',
          'p',
          `podSelector: {matchLabels: {app: t}}\ningress: [{from: [{podSelector: ${selector}}]}]`,
        ),
      ),
    );
  const admitted = (selector: string) => {
    const a = allowFrom(selector);
    return ['a', 'b', 'c'].filter((p) => canReach(a, `x/${p}`, 'x/t', '80'));
  };

  it('matchLabels and matchExpressions are ANDed', () => {
    expect(
      admitted(
        '{matchLabels: {tier: web}, matchExpressions: [{key: app, operator: In, values: [a, b]}]}',
      ),
    ).toEqual(['a']);
  });
  it('In matches listed values only', () => {
    expect(admitted('{matchExpressions: [{key: tier, operator: In, values: [web, db]}]}')).toEqual([
      'a',
      'b',
    ]);
  });
  it('NotIn matches when the key is absent', () => {
    expect(admitted('{matchExpressions: [{key: tier, operator: NotIn, values: [web]}]}')).toEqual([
      'b',
      'c',
    ]);
  });
  it('Exists needs the key', () => {
    expect(admitted('{matchExpressions: [{key: tier, operator: Exists}]}')).toEqual(['a', 'b']);
  });
  it('DoesNotExist matches when the key is absent', () => {
    expect(admitted('{matchExpressions: [{key: tier, operator: DoesNotExist}]}')).toEqual(['c']);
  });
  it('an empty selector matches everything', () => {
    expect(admitted('{}')).toEqual(['a', 'b', 'c']);
  });
});

describe('peers', () => {
  const cluster = [
    namespace('x', { team: 'blue' }),
    namespace('y', { team: 'blue' }),
    namespace('z', { team: 'red' }),
    pod('x', 'a', { labels: { role: 'client' } }),
    pod('x', 'target'),
    pod('y', 'a', { labels: { role: 'client' } }),
    pod('y', 'b', { labels: { role: 'other' } }),
    pod('z', 'a', { labels: { role: 'client' } }),
  ];
  const sources = ['x/a', 'y/a', 'y/b', 'z/a'];
  const admittedBy = (from: string) => {
    const a = analyzeYaml(
      yamlDocs(
        ...cluster,
        policy('x', 'p', `podSelector: {matchLabels: {app: target}}\ningress: [{from: ${from}}]`),
      ),
    );
    return sources.filter((s) => canReach(a, s, 'x/target', '80'));
  };

  it('podSelector alone means pods of the policy namespace', () => {
    expect(admittedBy('[{podSelector: {matchLabels: {role: client}}}]')).toEqual(['x/a']);
  });
  it('namespaceSelector alone means every pod of the matching namespaces', () => {
    expect(admittedBy('[{namespaceSelector: {matchLabels: {team: blue}}}]')).toEqual([
      'x/a',
      'y/a',
      'y/b',
    ]);
  });
  it('namespaceSelector and podSelector in ONE peer are ANDed', () => {
    expect(
      admittedBy(
        '[{namespaceSelector: {matchLabels: {team: blue}}, podSelector: {matchLabels: {role: client}}}]',
      ),
    ).toEqual(['x/a', 'y/a']);
  });
  it('separate peers are ORed', () => {
    expect(
      admittedBy(
        '[{namespaceSelector: {matchLabels: {team: red}}}, {podSelector: {matchLabels: {role: client}}}]',
      ),
    ).toEqual(['x/a', 'z/a']);
  });
  it('the implicit kubernetes.io/metadata.name label selects a namespace by name', () => {
    expect(
      admittedBy("[{namespaceSelector: {matchLabels: {'kubernetes.io/metadata.name': z}}}]"),
    ).toEqual(['z/a']);
  });
  it('a namespace that is only referenced still has its name label', () => {
    const a = analyzeYaml(yamlDocs(pod('ghost', 'p')));
    expect(a.cluster.namespaces.get('ghost')?.labels).toEqual({
      'kubernetes.io/metadata.name': 'ghost',
    });
  });
});

describe('ipBlock', () => {
  const cluster = [
    pod('x', 'target', { ip: '10.0.0.10' }),
    pod('x', 'in-block', { ip: '10.0.1.5' }),
    pod('x', 'excepted', { ip: '10.0.2.5' }),
    pod('x', 'no-ip'),
    policy(
      'x',
      'p',
      'podSelector: {matchLabels: {app: target}}\ningress: [{from: [{ipBlock: {cidr: 10.0.0.0/16, except: [10.0.2.0/24]}}]}, {from: [{ipBlock: {cidr: "2001:db8::/64"}}]}]',
    ),
  ];
  it('matches the cidr minus every except, for external IPv4 and IPv6 endpoints', () => {
    const a = analyzeYaml(yamlDocs(...cluster), {
      externals: ['10.0.3.1', '10.0.2.9', '192.168.0.1', '2001:db8::5', '2001:db9::5'],
    });
    expect(canReach(a, '10.0.3.1', 'x/target', '80')).toBe(true);
    expect(canReach(a, '10.0.2.9', 'x/target', '80')).toBe(false);
    expect(canReach(a, '192.168.0.1', 'x/target', '80')).toBe(false);
    expect(canReach(a, '2001:db8::5', 'x/target', '80')).toBe(true);
    expect(canReach(a, '2001:db9::5', 'x/target', '80')).toBe(false);
  });
  it('matches pods whose IP is known (the default, as the upstream e2e suite expects)', () => {
    const a = analyzeYaml(yamlDocs(...cluster));
    expect(canReach(a, 'x/in-block', 'x/target', '80')).toBe(true);
    expect(canReach(a, 'x/excepted', 'x/target', '80')).toBe(false);
    expect(canReach(a, 'x/no-ip', 'x/target', '80')).toBe(false);
  });
  it('can be told not to match pod IPs, as some CNIs do', () => {
    const a = analyzeYaml(yamlDocs(...cluster), { ipBlockMatchesPodIPs: false });
    expect(canReach(a, 'x/in-block', 'x/target', '80')).toBe(false);
  });
});

describe('from/to and ports', () => {
  it('absent or empty from admits everyone, inside and outside the cluster', () => {
    for (const rule of ['{}', '{from: []}']) {
      const a = analyzeYaml(
        yamlDocs(
          pod('x', 'a'),
          pod('y', 'b'),
          policy('x', 'p', `podSelector: {}\ningress: [${rule}]`),
        ),
        {
          externals: ['203.0.113.5'],
        },
      );
      expect(canReach(a, 'y/b', 'x/a', '80')).toBe(true);
      expect(canReach(a, '203.0.113.5', 'x/a', '80')).toBe(true);
    }
  });
  it('absent or empty to admits every destination, inside and outside', () => {
    for (const rule of ['{}', '{to: []}']) {
      const a = analyzeYaml(
        yamlDocs(
          pod('x', 'a'),
          pod('y', 'b'),
          policy('x', 'p', `podSelector: {}\npolicyTypes: [Egress]\negress: [${rule}]`),
        ),
        { externals: ['203.0.113.5'], extraPorts: [{ port: 443, protocol: 'TCP' }] },
      );
      expect(canReach(a, 'x/a', 'y/b', '80')).toBe(true);
      expect(canReach(a, 'x/a', '203.0.113.5', '443')).toBe(true);
    }
  });
  it('absent or empty ports admit every port and protocol', () => {
    for (const rule of ['{from: [{podSelector: {}}]}', '{from: [{podSelector: {}}], ports: []}']) {
      const a = analyzeYaml(
        yamlDocs(
          pod('x', 'a'),
          pod('x', 'b', { ports: ['80', '53/UDP', '9/SCTP'] }),
          policy('x', 'p', `podSelector: {matchLabels: {app: b}}\ningress: [${rule}]`),
        ),
      );
      expect(['80', '53/UDP', '9/SCTP'].map((p) => canReach(a, 'x/a', 'x/b', p))).toEqual([
        true,
        true,
        true,
      ]);
    }
  });
  const portRule = (ports: string, dstPorts: string[]) =>
    analyzeYaml(
      yamlDocs(
        pod('x', 'a'),
        pod('x', 'b', { ports: dstPorts }),
        policy('x', 'p', `podSelector: {matchLabels: {app: b}}\ningress: [{ports: ${ports}}]`),
      ),
    );
  it('a port entry with only a protocol admits every port of that protocol', () => {
    const a = portRule('[{protocol: UDP}]', ['53/UDP', '5353/UDP', '53']);
    expect(canReach(a, 'x/a', 'x/b', '53/UDP')).toBe(true);
    expect(canReach(a, 'x/a', 'x/b', '5353/UDP')).toBe(true);
    expect(canReach(a, 'x/a', 'x/b', '53/TCP')).toBe(false);
  });
  it('protocol defaults to TCP', () => {
    const a = portRule('[{port: 53}]', ['53/UDP', '53']);
    expect(canReach(a, 'x/a', 'x/b', '53/TCP')).toBe(true);
    expect(canReach(a, 'x/a', 'x/b', '53/UDP')).toBe(false);
  });
  it('endPort admits the whole range, ends included', () => {
    const a = portRule('[{port: 8000, endPort: 8002}]', ['7999', '8000', '8002', '8003']);
    expect(['7999', '8000', '8002', '8003'].map((p) => canReach(a, 'x/a', 'x/b', p))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
  it('a named port resolves by name AND protocol on the destination', () => {
    const a = portRule('[{port: web}]', ['web:8080', 'web:9090/UDP', 'other:80']);
    expect(canReach(a, 'x/a', 'x/b', '8080')).toBe(true);
    expect(canReach(a, 'x/a', 'x/b', '9090/UDP')).toBe(false);
    expect(canReach(a, 'x/a', 'x/b', '80')).toBe(false);
    const udp = portRule('[{port: web, protocol: UDP}]', ['web:8080', 'web:9090/UDP']);
    expect(canReach(udp, 'x/a', 'x/b', '9090/UDP')).toBe(true);
    expect(canReach(udp, 'x/a', 'x/b', '8080')).toBe(false);
  });
  it('a named port never matches an external destination', () => {
    const a = analyzeYaml(
      yamlDocs(
        pod('x', 'a', { ports: ['https:443'] }),
        policy(
          'x',
          'p',
          'podSelector: {}\npolicyTypes: [Egress]\negress: [{ports: [{port: https}]}]',
        ),
      ),
      { externals: ['203.0.113.5'], extraPorts: [{ port: 443, protocol: 'TCP' }] },
    );
    expect(canReach(a, 'x/a', '203.0.113.5', '443')).toBe(false);
  });
  it('a named egress port resolves against the destination pod, not the source', () => {
    const a = analyzeYaml(
      yamlDocs(
        pod('x', 'a', { ports: ['db:1111'] }),
        pod('x', 'b', { ports: ['db:5432'] }),
        policy(
          'x',
          'p',
          'podSelector: {matchLabels: {app: a}}\npolicyTypes: [Egress]\negress: [{ports: [{port: db}]}]',
        ),
      ),
    );
    expect(canReach(a, 'x/a', 'x/b', '5432')).toBe(true);
    expect(canReach(a, 'x/a', 'x/b', '1111')).toBe(false);
  });
});

describe('external endpoints', () => {
  it('an External source has no egress side and an External destination no ingress side', () => {
    const a = analyzeYaml(
      yamlDocs(
        pod('x', 'a'),
        policy(
          'x',
          'p',
          'podSelector: {}\npolicyTypes: [Egress]\negress: [{to: [{ipBlock: {cidr: 0.0.0.0/0}}]}]',
        ),
      ),
      { externals: ['198.51.100.7'], extraPorts: [{ port: 80, protocol: 'TCP' }] },
    );
    expect(canReach(a, 'x/a', '198.51.100.7', '80')).toBe(true);
    expect(canReach(a, '198.51.100.7', 'x/a', '80')).toBe(true);
  });
});

describe('hostNetwork pods', () => {
  it('are not selected by policies nor matched by selector peers (most CNIs cannot tell them from the node)', () => {
    const a = analyzeYaml(
      yamlDocs(
        pod('x', 'host', { hostNetwork: true, ip: '192.168.1.10' }),
        pod('x', 'b'),
        policy(
          'x',
          'deny',
          'podSelector: {}\npolicyTypes: [Ingress]\ningress: [{from: [{podSelector: {}}]}]',
        ),
      ),
    );
    expect(canReach(a, 'x/b', 'x/host', '80')).toBe(true);
    expect(canReach(a, 'x/host', 'x/b', '80')).toBe(false);
  });
  it('are selected like other pods when the CNI can tell them apart', () => {
    const a = analyzeYaml(
      yamlDocs(
        pod('x', 'host', { hostNetwork: true }),
        pod('x', 'b'),
        policy(
          'x',
          'deny',
          'podSelector: {}\npolicyTypes: [Ingress]\ningress: [{from: [{podSelector: {}}]}]',
        ),
      ),
      { hostNetworkPodsSelectable: true },
    );
    expect(canReach(a, 'x/host', 'x/b', '80')).toBe(true);
  });
});

describe('label keys that are also Object.prototype names', () => {
  it('a selector on `constructor` matches only pods that carry that label', () => {
    const a = analyzeYaml(
      yamlDocs(
        pod('x', 'a', { labels: { constructor: 'yes-really' } }),
        pod('x', 'b', { labels: { app: 'b' } }),
        pod('x', 't', { labels: { app: 't' } }),
        policy(
          'x',
          'p',
          'podSelector: {matchLabels: {app: t}}\ningress: [{from: [{podSelector: {matchExpressions: [{key: constructor, operator: Exists}]}}]}]',
        ),
      ),
    );
    expect(canReach(a, 'x/a', 'x/t', '80')).toBe(true);
    expect(canReach(a, 'x/b', 'x/t', '80')).toBe(false);
  });
});
