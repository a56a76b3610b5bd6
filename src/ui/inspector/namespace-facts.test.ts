import { describe, expect, it } from 'vitest';
import { namespaceFacts, namespaceOfNode } from './namespace-facts';
import { loadSample } from './test-support';

describe('namespaceFacts', () => {
  const { snapshot } = loadSample();

  it('counts what production holds, pods by replicas', () => {
    const facts = namespaceFacts(snapshot, namespaceOfNode('ns:production'));
    expect(facts.namespace?.labels).toEqual({
      env: 'production',
      'kubernetes.io/metadata.name': 'production',
    });
    expect(facts).toMatchObject({
      endpoints: 3,
      pods: 7,
      services: 6,
      policies: ['production/api-server-ingress'],
    });
  });

  it('knows nothing of a namespace that is not there', () => {
    expect(namespaceFacts(snapshot, 'nope')).toEqual({
      namespace: undefined,
      endpoints: 0,
      pods: 0,
      services: 0,
      policies: [],
    });
  });
});
