import { describe, expect, it } from 'vitest';
import { namespace, pod, policy, yamlDocs } from '../testing/yaml-cluster';
import { lint, withId } from './test-support';

const shop = [
  namespace('shop'),
  pod('shop', 'api-0', { labels: { app: 'api' } }),
  pod('shop', 'web-0', { labels: { app: 'web' } }),
  pod('shop', 'web-1', { labels: { app: 'web' } }),
];
const apiIngress = policy(
  'shop',
  'api',
  'podSelector: {matchLabels: {app: api}}\ningress:\n  - from: [{podSelector: {}}]',
);
const denyIngress = policy('shop', 'default-deny', 'podSelector: {}\npolicyTypes: [Ingress]');

describe('namespace-without-default-deny', () => {
  it('fires at the Namespace for the directions its policies use', () => {
    const docs = [...shop, apiIngress];
    const [f] = withId(lint(docs), 'namespace-without-default-deny');
    expect(f).toMatchObject({
      severity: 'info',
      objects: ['Namespace/shop', 'shop/NetworkPolicy/api'],
      message:
        'Namespace shop has 1 NetworkPolicy but no default-deny (podSelector: {}) for ingress, so pods it does not select, including ones added later, are not isolated for ingress; add a default-deny policy if that is not intended.',
    });
    // The Namespace's first line: `apiVersion`, just above its `kind`.
    expect(f!.source.line).toBe(
      yamlDocs(...docs)
        .split('\n')
        .indexOf('kind: Namespace'),
    );
  });

  it('near misses: a podSelector {} policy for the direction; a namespace without policies', () => {
    expect(
      withId(lint([...shop, apiIngress, denyIngress]), 'namespace-without-default-deny'),
    ).toEqual([]);
    expect(withId(lint(shop), 'namespace-without-default-deny')).toEqual([]);
  });
});

describe('pod-not-selected', () => {
  it('fires once for the pods no policy tells apart, beside pods a policy isolates', () => {
    const [f, ...rest] = withId(lint([...shop, apiIngress]), 'pod-not-selected');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'info',
      objects: ['shop/Pod/web-0', 'shop/Pod/web-1'],
      message:
        'shop/web-0 and shop/web-1 are selected by no NetworkPolicy while others in namespace shop are, so no policy restricts what connects to them or where they connect.',
    });
  });

  it('near misses: a default-deny selects every pod; no pod of the namespace is selected at all', () => {
    expect(withId(lint([...shop, apiIngress, denyIngress]), 'pod-not-selected')).toEqual([]);
    const elsewhere = policy('other', 'x', 'podSelector: {}\npolicyTypes: [Ingress]');
    expect(withId(lint([...shop, elsewhere, pod('other', 'o')]), 'pod-not-selected')).toEqual([]);
  });
});
