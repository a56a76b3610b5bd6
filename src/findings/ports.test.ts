import { describe, expect, it } from 'vitest';
import { pod, policy } from '../testing/yaml-cluster';
import { lint, service, withId } from './test-support';

const pods = [
  pod('shop', 'api-0', { labels: { app: 'api' }, ports: ['http:8080', 'metrics:9090'] }),
  pod('shop', 'web-0', { labels: { app: 'web' }, ports: ['http:3000'] }),
];
const apiIngress = (ports: string) =>
  policy(
    'shop',
    'api',
    `podSelector: {matchLabels: {app: api}}\ningress:\n  - from: [{podSelector: {}}]\n    ports: ${ports}`,
  );
const webEgress = (to: string, ports: string) =>
  policy(
    'shop',
    'web',
    `podSelector: {matchLabels: {app: web}}\npolicyTypes: [Egress]\negress:\n  - to: ${to}\n    ports: ${ports}`,
  );

describe('named-port-not-declared', () => {
  it('ingress: no pod the policy selects declares the name', () => {
    const [f] = withId(lint([...pods, apiIngress('[{port: https}]')]), 'named-port-not-declared');
    expect(f).toMatchObject({ severity: 'warning', objects: ['shop/NetworkPolicy/api'] });
    expect(f!.message).toBe(
      'shop/api ingress rule 1, port 1: none of the pods the policy selects declares a TCP container port named https, so port https/TCP admits nothing.',
    );
  });

  it('egress: no pod the peers match declares it, and the protocol must match too', () => {
    const [f] = withId(
      lint([
        ...pods,
        webEgress('[{podSelector: {matchLabels: {app: api}}}]', '[{port: http, protocol: UDP}]'),
      ]),
      'named-port-not-declared',
    );
    expect(f!.message).toContain(
      "none of the pods the rule's peers match declares a UDP container port named http (a port of that name exists, but not for UDP)",
    );
  });

  it('egress to an ipBlock only: a named port never matches outside the cluster', () => {
    const [f] = withId(
      lint([...pods, webEgress('[{ipBlock: {cidr: 203.0.113.0/24}}]', '[{port: http}]')]),
      'named-port-not-declared',
    );
    expect(f!.message).toContain(
      'no pod in the input is a destination, and a named port never matches an address outside the cluster',
    );
  });

  it('near misses: the name is declared; egress to pods the input does not have', () => {
    expect(
      withId(lint([...pods, apiIngress('[{port: metrics}]')]), 'named-port-not-declared'),
    ).toEqual([]);
    expect(
      withId(
        lint([
          ...pods,
          webEgress('[{namespaceSelector: {matchLabels: {team: x}}}]', '[{port: grpc}]'),
        ]),
        'named-port-not-declared',
      ),
    ).toEqual([]);
  });
});

describe('policy-port-not-declared', () => {
  it('fires for a number none of the destination pods lists, pointing at the Service port', () => {
    const docs = [
      ...pods,
      service('shop', 'api', '{selector: {app: api}, ports: [{port: 80, targetPort: 8080}]}'),
      apiIngress('[{port: 80}]'),
    ];
    const [f] = withId(lint(docs), 'policy-port-not-declared');
    expect(f).toMatchObject({ severity: 'warning', objects: ['shop/NetworkPolicy/api'] });
    expect(f!.message).toBe(
      "shop/api ingress rule 1, port 1: 80/TCP is not among the container ports of the pods the policy selects (they list 8080/TCP and 9090/TCP); 80 is the port of Service shop/api, which forwards to 8080, and policies match the pod's port, so write 8080 here.",
    );
  });

  it('egress: a range that holds none of the ports of the peer pods', () => {
    const [f] = withId(
      lint([
        ...pods,
        webEgress('[{podSelector: {matchLabels: {app: api}}}]', '[{port: 7000, endPort: 7999}]'),
      ]),
      'policy-port-not-declared',
    );
    expect(f!.message).toBe(
      "shop/web egress rule 1, port 1: 7000-7999/TCP is not among the container ports of the pods the rule's peers match (they list 8080/TCP and 9090/TCP), so check that they listen on it.",
    );
  });

  it('near misses: a range holding a declared port; a pod that lists no ports; peers with an ipBlock', () => {
    expect(
      withId(
        lint([...pods, apiIngress('[{port: 8000, endPort: 8100}]')]),
        'policy-port-not-declared',
      ),
    ).toEqual([]);
    const silent = pod('shop', 'api-1', { labels: { app: 'api' }, ports: [] });
    expect(
      withId(lint([...pods, silent, apiIngress('[{port: 80}]')]), 'policy-port-not-declared'),
    ).toEqual([]);
    expect(
      withId(
        lint([
          ...pods,
          webEgress(
            '[{podSelector: {matchLabels: {app: api}}}, {ipBlock: {cidr: 203.0.113.0/24}}]',
            '[{port: 443}]',
          ),
        ]),
        'policy-port-not-declared',
      ),
    ).toEqual([]);
  });
});
