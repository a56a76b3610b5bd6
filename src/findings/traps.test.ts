import { describe, expect, it } from 'vitest';
import { namespace, pod, policy, yamlDocs } from '../testing/yaml-cluster';
import { lint, withId } from './test-support';

const pods = [
  namespace('shop', { team: 'checkout' }),
  pod('shop', 'api-0', { labels: { app: 'api' }, ports: ['8080'] }),
  pod('shop', 'web-0', { labels: { app: 'web' } }),
];

describe('ports-split-from-peers', () => {
  it('fires for `- from` followed by `- ports`, and explains both halves', () => {
    const split = policy(
      'shop',
      'api',
      `podSelector: {matchLabels: {app: api}}
ingress:
  - from:
      - podSelector: {matchLabels: {app: web}}
  - ports:
      - port: 8080`,
    );
    const [f] = withId(lint([...pods, split]), 'ports-split-from-peers');
    expect(f).toMatchObject({ severity: 'warning', objects: ['shop/NetworkPolicy/api'] });
    expect(f!.message).toBe(
      'shop/api ingress rule 1 and rule 2 look like one rule split by a stray "-": one admits pods app=web on every port, the other admits 8080/TCP from everyone; if only pods app=web on 8080/TCP was meant, write from and ports in the same list item.',
    );
    // The first of the two rules: where the stray `-` has to be looked for.
    const lines = yamlDocs(...pods, split).split('\n');
    expect(f!.source.line).toBe(lines.indexOf('    - from:') + 1);
  });

  it('also in the other order, and for egress', () => {
    const split = policy(
      'shop',
      'api',
      `podSelector: {matchLabels: {app: api}}
policyTypes: [Egress]
egress:
  - ports: [{port: 5432}]
  - to: [{podSelector: {matchLabels: {app: db}}}]`,
    );
    expect(withId(lint([...pods, split]), 'ports-split-from-peers')[0]!.message).toContain(
      'the other admits 5432/TCP to everyone',
    );
  });

  it('near misses: one rule with both; rules that are not neighbours', () => {
    const whole = policy(
      'shop',
      'api',
      `podSelector: {matchLabels: {app: api}}
ingress:
  - from: [{podSelector: {matchLabels: {app: web}}}]
    ports: [{port: 8080}]`,
    );
    const apart = policy(
      'shop',
      'api',
      `podSelector: {matchLabels: {app: api}}
ingress:
  - from: [{podSelector: {matchLabels: {app: web}}}]
  - from: [{podSelector: {matchLabels: {app: api}}}]
    ports: [{port: 9090}]
  - ports: [{port: 8080}]`,
    );
    expect(withId(lint([...pods, whole]), 'ports-split-from-peers')).toEqual([]);
    expect(withId(lint([...pods, apart]), 'ports-split-from-peers')).toEqual([]);
  });
});

describe('separate-namespace-and-pod-selectors', () => {
  it('fires for a namespaceSelector peer next to a podSelector peer, spelling out OR vs AND', () => {
    const ored = policy(
      'shop',
      'api',
      `podSelector: {matchLabels: {app: api}}
ingress:
  - from:
      - namespaceSelector: {matchLabels: {team: checkout}}
      - podSelector: {matchLabels: {app: web}}`,
    );
    const [f] = withId(lint([...pods, ored]), 'separate-namespace-and-pod-selectors');
    expect(f).toMatchObject({ severity: 'info' });
    expect(f!.message).toBe(
      'shop/api ingress rule 1 has namespaceSelector team=checkout and podSelector app=web as separate peers, which admits every pod in namespaces team=checkout OR pods app=web in shop; if only pods app=web in namespaces team=checkout were meant, put both selectors in one peer.',
    );
  });

  it('near misses: both selectors in one peer; two podSelector peers', () => {
    for (const from of [
      '[{namespaceSelector: {matchLabels: {team: checkout}}, podSelector: {matchLabels: {app: web}}}]',
      '[{podSelector: {matchLabels: {app: web}}}, {podSelector: {matchLabels: {app: api}}}]',
    ]) {
      const p = policy(
        'shop',
        'api',
        `podSelector: {matchLabels: {app: api}}\ningress:\n  - from: ${from}`,
      );
      expect(withId(lint([...pods, p]), 'separate-namespace-and-pod-selectors')).toEqual([]);
    }
  });
});

describe('rules-ignored-by-policy-types', () => {
  it('fires for ingress rules under policyTypes [Egress], at the first ignored rule', () => {
    const p = policy(
      'shop',
      'api',
      `podSelector: {matchLabels: {app: api}}
policyTypes: [Egress]
egress:
  - to: [{podSelector: {matchLabels: {app: web}}}]
ingress:
  - from: [{podSelector: {matchLabels: {app: web}}}]`,
    );
    const [f] = withId(lint([...pods, p]), 'rules-ignored-by-policy-types');
    expect(f).toMatchObject({ severity: 'warning', objects: ['shop/NetworkPolicy/api'] });
    expect(f!.message).toBe(
      'shop/api has an ingress rule but policyTypes is [Egress], so it is ignored and the pods it selects are not isolated for ingress; add Ingress to policyTypes if the rules were meant to apply.',
    );
    const lines = yamlDocs(...pods, p).split('\n');
    expect(f!.source.line).toBe(
      lines.lastIndexOf('    - from: [{podSelector: {matchLabels: {app: web}}}]') + 1,
    );
  });

  it('near misses: policyTypes absent (defaulted from the rules); both types listed', () => {
    const defaulted = policy(
      'shop',
      'api',
      'podSelector: {matchLabels: {app: api}}\ningress:\n  - from: [{podSelector: {}}]\negress:\n  - to: [{podSelector: {}}]',
    );
    const both = policy(
      'shop',
      'api',
      'podSelector: {matchLabels: {app: api}}\npolicyTypes: [Ingress, Egress]\ningress:\n  - from: [{podSelector: {}}]',
    );
    for (const p of [defaulted, both])
      expect(withId(lint([...pods, p]), 'rules-ignored-by-policy-types')).toEqual([]);
  });
});
