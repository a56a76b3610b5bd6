import { describe, expect, it } from 'vitest';
import { namespace, pod, policy } from '../testing/yaml-cluster';
import { lint, withId } from './test-support';

const pods = [
  namespace('shop', { team: 'checkout' }),
  pod('shop', 'api-0', { labels: { app: 'api' }, ports: ['http:8080', 'metrics:9090'] }),
  pod('shop', 'web-0', { labels: { app: 'web', tier: 'front' } }),
];
const apiIngress = (name: string, rules: string) =>
  policy('shop', name, `podSelector: {matchLabels: {app: api}}\ningress:\n${rules}`);

describe('redundant-rule', () => {
  it('fires for a rule another rule of the same pods already admits, naming it', () => {
    const findings = lint([
      ...pods,
      apiIngress(
        'api',
        `  - from: [{podSelector: {}}]
  - from: [{podSelector: {matchLabels: {app: web}}}]
    ports: [{port: 8080}]`,
      ),
    ]);
    const [f] = withId(findings, 'redundant-rule');
    expect(f).toMatchObject({ severity: 'info', objects: ['shop/NetworkPolicy/api'] });
    expect(f!.message).toBe(
      "shop/api ingress rule 2 admits nothing that ingress rule 1 does not already admit to the same pods, so removing it changes no connection (checked on the input's pods and on new pods its selectors would match).",
    );
  });

  it('counts rules of other policies, named ports by name', () => {
    const findings = lint([
      ...pods,
      apiIngress('broad', '  - from: [{podSelector: {}}]\n    ports: [{port: http}, {port: 9090}]'),
      apiIngress(
        'narrow',
        '  - from: [{podSelector: {matchLabels: {app: web}}}]\n    ports: [{port: http}]',
      ),
    ]);
    // `narrow` isolates nothing `broad` does not, and admits nothing more: the whole policy goes.
    expect(withId(findings, 'policy-without-effect').map((f) => f.objects)).toEqual([
      ['shop/NetworkPolicy/narrow'],
    ]);
  });

  it('near miss: the narrower rule reaches a port the broader one does not', () => {
    const findings = lint([
      ...pods,
      apiIngress(
        'api',
        `  - from: [{podSelector: {}}]
    ports: [{port: 8080}]
  - from: [{podSelector: {matchLabels: {app: web}}}]
    ports: [{port: 8080}, {port: 9090}]`,
      ),
    ]);
    expect(withId(findings, 'redundant-rule')).toEqual([]);
  });

  it('near miss: a named port is not a number, since a new pod may give the name another port', () => {
    const findings = lint([
      ...pods,
      apiIngress('broad', '  - from: [{podSelector: {}}]\n    ports: [{port: 8080}]'),
      apiIngress(
        'narrow',
        '  - from: [{podSelector: {matchLabels: {app: web}}}]\n    ports: [{port: http}]',
      ),
    ]);
    expect(withId(findings, 'policy-without-effect')).toEqual([]);
    expect(withId(findings, 'redundant-rule')).toEqual([]);
  });

  it('near miss: covered for the pods of today, not for a new pod its selector would match', () => {
    // Every app=web pod in the input has tier=front, but a new app=web pod need not: rule 2 stays,
    // and rule 1 is the redundant one.
    const findings = lint([
      ...pods,
      apiIngress(
        'api',
        `  - from: [{podSelector: {matchLabels: {app: web, tier: front}}}]
  - from: [{podSelector: {matchLabels: {app: web}}}]`,
      ),
    ]);
    expect(withId(findings, 'redundant-rule').map((f) => f.message)).toEqual([
      expect.stringContaining('shop/api ingress rule 1 admits nothing that ingress rule 2'),
    ]);
  });

  it('near miss: an ipBlock wider than the one beside it', () => {
    const findings = lint([
      ...pods,
      apiIngress(
        'api',
        `  - from: [{ipBlock: {cidr: 203.0.113.0/25}}]
  - from: [{ipBlock: {cidr: 203.0.113.0/24}}]`,
      ),
    ]);
    expect(withId(findings, 'redundant-rule').map((f) => f.message)).toEqual([
      expect.stringContaining('shop/api ingress rule 1 admits nothing that ingress rule 2'),
    ]);
  });
});

describe('policy-without-effect', () => {
  it('fires for a copy of a policy under another name', () => {
    const rules = '  - from: [{podSelector: {matchLabels: {app: web}}}]\n    ports: [{port: 8080}]';
    const [f] = withId(
      lint([...pods, apiIngress('api', rules), apiIngress('api-copy', rules)]),
      'policy-without-effect',
    );
    expect(f).toMatchObject({ severity: 'info', objects: ['shop/NetworkPolicy/api-copy'] });
    expect(f!.message).toBe(
      "NetworkPolicy shop/api-copy has no effect: other policies already isolate every pod it selects for ingress, and other policies already admit everything its rules do (checked on the input's pods and on new pods its selectors would match).",
    );
  });

  it('near misses: a default-deny beside allow rules; a policy isolating pods no other does', () => {
    const deny = policy('shop', 'default-deny', 'podSelector: {}\npolicyTypes: [Ingress]');
    const allow = apiIngress('api', '  - from: [{podSelector: {matchLabels: {app: web}}}]');
    const findings = lint([...pods, deny, allow]);
    expect(withId(findings, 'policy-without-effect')).toEqual([]);
    expect(withId(findings, 'redundant-rule')).toEqual([]);
    // Selecting every pod today, a default-deny still isolates the pods added tomorrow.
    const everyPod = policy(
      'shop',
      'all',
      'podSelector: {matchExpressions: [{key: app, operator: In, values: [api, web]}]}\npolicyTypes: [Ingress]',
    );
    expect(
      withId(lint([...pods, everyPod, deny]), 'policy-without-effect').map((f) => f.objects),
    ).toEqual([['shop/NetworkPolicy/all']]);
  });
});
