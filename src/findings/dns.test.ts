import { describe, expect, it } from 'vitest';
import { namespace, pod, policy } from '../testing/yaml-cluster';
import { KUBE_DNS, lint, withId } from './test-support';

const base = [
  namespace('kube-system'),
  ...KUBE_DNS,
  pod('shop', 'web-0', { labels: { app: 'web' } }),
  pod('shop', 'web-1', { labels: { app: 'web' } }),
  pod('shop', 'api-0', { labels: { app: 'api' }, ports: ['8080'] }),
];
const egress = (rules: string) =>
  policy(
    'shop',
    'web-egress',
    `podSelector: {matchLabels: {app: web}}\npolicyTypes: [Egress]\negress:\n${rules}`,
  );
const toApi = '  - to: [{podSelector: {matchLabels: {app: api}}}]\n    ports: [{port: 8080}]';
const toDns = (ports: string) =>
  `  - to: [{namespaceSelector: {matchLabels: {'kubernetes.io/metadata.name': kube-system}}}]\n    ports: ${ports}`;

describe('egress-blocks-dns', () => {
  it('fires once for the pods a policy isolates, naming both protocols', () => {
    const findings = withId(lint([...base, egress(toApi)]), 'egress-blocks-dns');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      objects: ['shop/NetworkPolicy/web-egress', 'shop/Pod/web-0', 'shop/Pod/web-1'],
    });
    expect(findings[0]!.message).toBe(
      'shop/web-0 and shop/web-1 are isolated for egress by shop/web-egress but cannot reach DNS on 53/UDP and 53/TCP because no egress rule allows it to kube-system/Deployment/coredns, so their name lookups fail.',
    );
  });

  it('names the missing protocol when only UDP is admitted', () => {
    const [f] = withId(
      lint([...base, egress(`${toApi}\n${toDns('[{port: 53, protocol: UDP}]')}`)]),
      'egress-blocks-dns',
    );
    expect(f!.message).toBe(
      'shop/web-0 and shop/web-1 are isolated for egress by shop/web-egress but cannot reach DNS on 53/TCP because no egress rule allows it to kube-system/Deployment/coredns, so lookups that fall back to TCP (answers too large for UDP) fail.',
    );
  });

  it('blames the DNS pods when their ingress is what denies it', () => {
    const lockedDns = policy(
      'kube-system',
      'dns-ingress',
      "podSelector: {matchLabels: {k8s-app: kube-dns}}\ningress:\n  - from: [{namespaceSelector: {matchLabels: {'kubernetes.io/metadata.name': kube-system}}}]",
    );
    const [f] = withId(
      lint([
        ...base,
        lockedDns,
        egress(`${toApi}\n${toDns('[{port: 53, protocol: UDP}, {port: 53}]')}`),
      ]),
      'egress-blocks-dns',
    );
    expect(f!.message).toContain(
      'because the ingress policies of kube-system/Deployment/coredns do not admit them',
    );
  });

  it('near misses: DNS admitted on both protocols; pods not isolated for egress', () => {
    expect(
      withId(
        lint([...base, egress(`${toApi}\n${toDns('[{port: 53, protocol: UDP}, {port: 53}]')}`)]),
        'egress-blocks-dns',
      ),
    ).toEqual([]);
    expect(withId(lint(base), 'egress-blocks-dns')).toEqual([]);
  });

  it('near miss: the DNS pods themselves, isolated for egress, forward upstream', () => {
    const dnsEgress = policy(
      'kube-system',
      'coredns-egress',
      'podSelector: {matchLabels: {k8s-app: kube-dns}}\npolicyTypes: [Egress]\negress:\n  - to: [{ipBlock: {cidr: 0.0.0.0/0}}]\n    ports: [{port: 53, protocol: UDP}]',
    );
    expect(withId(lint([...base, dnsEgress]), 'egress-blocks-dns')).toEqual([]);
  });

  it('the name-label trap on the DNS rule shows up twice: no DNS, and why', () => {
    const ids = lint([
      ...base,
      egress(
        `${toApi}\n  - to: [{namespaceSelector: {matchLabels: {name: kube-system}}}]\n    ports: [{port: 53, protocol: UDP}, {port: 53}]`,
      ),
    ]).map((f) => f.id);
    expect(ids).toContain('egress-blocks-dns');
    expect(ids).toContain('namespace-selector-matches-nothing');
  });

  it('without a DNS Service in the input, asks whether any egress rule admits port 53', () => {
    const pods = base.slice(3);
    const [f] = withId(lint([...pods, egress(toApi)]), 'egress-blocks-dns');
    expect(f!.message).toContain(
      'because no egress rule allows port 53 on UDP and TCP to any destination (the input has no DNS Service to check against)',
    );
    const anyDns = '  - ports: [{port: 53, protocol: UDP}, {port: 53}]';
    expect(withId(lint([...pods, egress(`${toApi}\n${anyDns}`)]), 'egress-blocks-dns')).toEqual([]);
  });
});
