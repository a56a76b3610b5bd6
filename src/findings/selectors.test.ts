import { describe, expect, it } from 'vitest';
import { namespace, pod, policy } from '../testing/yaml-cluster';
import { editDistance } from './selectors';
import { lint, withId } from './test-support';

const shop = [
  namespace('shop', { team: 'checkout' }),
  pod('shop', 'web-0', { labels: { app: 'web' } }),
  pod('shop', 'api-0', { labels: { app: 'api' } }),
];
const ingress = (from: string, selector = '{matchLabels: {app: api}}') =>
  policy('shop', 'api', `podSelector: ${selector}\ningress:\n  - from: ${from}`);

describe('policy-selects-nothing', () => {
  it('fires with a did-you-mean for a near label', () => {
    const [f] = withId(
      lint([...shop, ingress('[{podSelector: {}}]', '{matchLabels: {app: apo}}')]),
      'policy-selects-nothing',
    );
    expect(f).toMatchObject({ severity: 'warning', objects: ['shop/NetworkPolicy/api'] });
    expect(f!.message).toContain(
      'selects app=apo, which matches none of the 2 pods in namespace shop (did you mean app=api?)',
    );
  });

  it('near misses: it selects a pod; the input has no pod in the namespace at all', () => {
    expect(
      withId(lint([...shop, ingress('[{podSelector: {}}]')]), 'policy-selects-nothing'),
    ).toEqual([]);
    expect(
      withId(
        lint([ingress('[{podSelector: {}}]', '{matchLabels: {app: apo}}')]),
        'policy-selects-nothing',
      ),
    ).toEqual([]);
  });
});

describe('peer-selects-nothing', () => {
  it('fires for a typo in a peer label, at the rule', () => {
    const [f] = withId(
      lint([...shop, ingress('[{podSelector: {matchLabels: {app: wbe}}}]')]),
      'peer-selects-nothing',
    );
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f!.message).toBe(
      'shop/api ingress rule 1, peer 1: podSelector app=wbe matches no pod in namespace shop (did you mean app=web?), so this peer admits nothing.',
    );
  });

  it('looks in the namespaces the namespaceSelector matches', () => {
    const docs = [
      ...shop,
      namespace('front', { team: 'web' }),
      pod('front', 'ui-0', { labels: { app: 'ui' } }),
    ];
    const typo = ingress(
      '[{namespaceSelector: {matchLabels: {team: web}}, podSelector: {matchLabels: {app: web}}}]',
    );
    expect(withId(lint([...docs, typo]), 'peer-selects-nothing')[0]!.message).toContain(
      'matches no pod in namespace front',
    );
    const right = ingress(
      '[{namespaceSelector: {matchLabels: {team: web}}, podSelector: {matchLabels: {app: ui}}}]',
    );
    expect(withId(lint([...docs, right]), 'peer-selects-nothing')).toEqual([]);
  });

  it('near miss: the peer namespace has no pods in the input', () => {
    const docs = [...shop, namespace('front', { team: 'web' })];
    const peer = ingress(
      '[{namespaceSelector: {matchLabels: {team: web}}, podSelector: {matchLabels: {app: ui}}}]',
    );
    expect(withId(lint([...docs, peer]), 'peer-selects-nothing')).toEqual([]);
  });
});

describe('namespace-selector-matches-nothing', () => {
  const dns = (selector: string) =>
    policy(
      'shop',
      'dns',
      `podSelector: {}\npolicyTypes: [Egress]\negress:\n  - to: [{namespaceSelector: ${selector}}]\n    ports: [{port: 53, protocol: UDP}]`,
    );

  it('explains the name-label trap when the value is a namespace name', () => {
    const [f] = withId(
      lint([...shop, namespace('kube-system'), dns('{matchLabels: {name: kube-system}}')]),
      'namespace-selector-matches-nothing',
    );
    expect(f).toMatchObject({ severity: 'warning', objects: ['shop/NetworkPolicy/dns'] });
    expect(f!.message).toBe(
      'shop/dns egress rule 1, peer 1: namespaceSelector name=kube-system matches no namespace in the input; namespace kube-system has no label name=kube-system, so to select it by name use kubernetes.io/metadata.name: kube-system.',
    );
  });

  it('knows the system namespaces even when the input does not declare them', () => {
    const [f] = withId(
      lint([
        pod('shop', 'a'),
        dns('{matchExpressions: [{key: name, operator: In, values: [kube-system]}]}'),
      ]),
      'namespace-selector-matches-nothing',
    );
    expect(f!.message).toContain('namespace kube-system is not declared in the input');
  });

  it('fires for other labels only when the input declares namespaces', () => {
    const [f] = withId(
      lint([...shop, dns('{matchLabels: {team: chekout}}')]),
      'namespace-selector-matches-nothing',
    );
    expect(f!.message).toContain('matches no namespace in the input (did you mean team=checkout?)');
    expect(
      withId(
        lint([pod('shop', 'a'), dns('{matchLabels: {team: x}}')]),
        'namespace-selector-matches-nothing',
      ),
    ).toEqual([]);
  });

  it('near miss: kube-system by kubernetes.io/metadata.name, declared in the input or not', () => {
    const byName = dns("{matchLabels: {'kubernetes.io/metadata.name': kube-system}}");
    expect(withId(lint([...shop, byName]), 'namespace-selector-matches-nothing')).toEqual([]);
  });

  it('near miss: kubernetes.io/metadata.name', () => {
    const docs = [
      ...shop,
      namespace('kube-system'),
      dns("{matchLabels: {'kubernetes.io/metadata.name': kube-system}}"),
    ];
    expect(withId(lint(docs), 'namespace-selector-matches-nothing')).toEqual([]);
  });
});

describe('policy-selects-host-network', () => {
  const docs = [
    pod('shop', 'agent', { labels: { app: 'agent' }, hostNetwork: true }),
    pod('shop', 'web-0', { labels: { app: 'web' } }),
  ];
  it('fires, saying the policy has no effect when it selects only hostNetwork pods', () => {
    const [f] = withId(
      lint([...docs, ingress('[{podSelector: {}}]', '{matchLabels: {app: agent}}')]),
      'policy-selects-host-network',
    );
    expect(f).toMatchObject({
      severity: 'warning',
      objects: ['shop/NetworkPolicy/api', 'shop/Pod/agent'],
    });
    expect(f!.message).toContain('so the policy has no effect');
    const mixed = withId(
      lint([...docs, ingress('[{podSelector: {}}]', '{}')]),
      'policy-selects-host-network',
    );
    expect(mixed[0]!.message).toContain('so they stay unisolated');
  });

  it('near misses: no hostNetwork pod selected, or a CNI that isolates them', () => {
    expect(
      lint([...docs, ingress('[{podSelector: {}}]', '{matchLabels: {app: web}}')]).map((f) => f.id),
    ).not.toContain('policy-selects-host-network');
    const selectable = lint([...docs, ingress('[{podSelector: {}}]', '{}')], {
      hostNetworkPodsSelectable: true,
    });
    expect(withId(selectable, 'policy-selects-host-network')).toEqual([]);
  });
});

describe('ipblock-covers-pod-ips', () => {
  const docs = [
    pod('shop', 'web-0', { labels: { app: 'web' }, ip: '10.1.2.3' }),
    pod('shop', 'node-agent', { labels: { app: 'agent' }, ip: '10.1.0.9', hostNetwork: true }),
    pod('shop', 'api-0', { labels: { app: 'api' } }),
  ];
  it('fires for an ipBlock containing a pod IP the input gives', () => {
    const [f] = withId(
      lint([...docs, ingress('[{ipBlock: {cidr: 10.0.0.0/8}}]')]),
      'ipblock-covers-pod-ips',
    );
    expect(f).toMatchObject({
      severity: 'info',
      objects: ['shop/NetworkPolicy/api', 'shop/Pod/web-0'],
    });
    expect(f!.message).toContain('ipBlock 10.0.0.0/8 covers the IPs of 1 pod (shop/web-0)');
  });

  it('near misses: the pod IP is excepted; only a hostNetwork pod (the node address) is covered', () => {
    expect(
      withId(
        lint([...docs, ingress('[{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.2.0/24]}}]')]),
        'ipblock-covers-pod-ips',
      ),
    ).toEqual([]);
    expect(
      withId(
        lint([...docs, ingress('[{ipBlock: {cidr: 10.1.0.0/24}}]')]),
        'ipblock-covers-pod-ips',
      ),
    ).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts edits and gives up past the limit', () => {
    expect(editDistance('app=fronted', 'app=frontend', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
