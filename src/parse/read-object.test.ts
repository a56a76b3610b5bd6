import { describe, it, expect } from 'vitest';
import { emptyManifestObjects } from '../model/types';
import { createMemoryContext } from './read-context';
import { readObject, type KindDefaults } from './read-object';

const source = { file: 'a.yaml', doc: 0, line: 1, col: 1 };

function read(object: Record<string, unknown>, defaults?: KindDefaults) {
  const ctx = createMemoryContext('dflt');
  const out = emptyManifestObjects();
  readObject(object, source, ctx, out, defaults);
  return {
    out,
    issues: ctx.issues.map((i) => [i.severity, i.subject, i.path.join('.'), i.message]),
  };
}

const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'ns' } };

describe('readObject', () => {
  it('dispatches each modelled kind', () => {
    const cases: [Record<string, unknown>, keyof ReturnType<typeof emptyManifestObjects>][] = [
      [pod, 'pods'],
      [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ns' } }, 'namespaces'],
      [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: {} }, 'services'],
      [{ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 's' } }, 'serviceEndpoints'],
      [
        {
          apiVersion: 'discovery.k8s.io/v1',
          kind: 'EndpointSlice',
          metadata: { name: 's-1', labels: { 'kubernetes.io/service-name': 's' } },
          addressType: 'IPv4',
        },
        'serviceEndpoints',
      ],
      [
        {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'NetworkPolicy',
          metadata: { name: 'n' },
          spec: { podSelector: {} },
        },
        'policies',
      ],
      [
        { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'i' }, spec: {} },
        'ingresses',
      ],
      [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'd' },
          spec: { template: {} },
        },
        'workloads',
      ],
      [
        {
          apiVersion: 'batch/v1',
          kind: 'CronJob',
          metadata: { name: 'c' },
          spec: { jobTemplate: { spec: { template: {} } } },
        },
        'workloads',
      ],
      [
        {
          apiVersion: 'v1',
          kind: 'ReplicationController',
          metadata: { name: 'r' },
          spec: { template: {} },
        },
        'workloads',
      ],
    ];
    for (const [object, list] of cases) {
      const { out, issues } = read(object);
      expect(issues).toEqual([]);
      expect(out[list]).toHaveLength(1);
    }
  });

  it('gives namespaced objects the default namespace, but not Namespaces', () => {
    expect(read({ ...pod, metadata: { name: 'p' } }).out.pods[0]?.namespace).toBe('dflt');
    expect(read({ ...pod, metadata: { name: 'p', namespace: '' } }).out.pods[0]?.namespace).toBe(
      'dflt',
    );
    expect(
      read({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x', namespace: 'y' } }).out
        .namespaces[0]?.name,
    ).toBe('x');
  });

  it('skips unmodelled kinds with an info', () => {
    const { out, issues } = read({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cm', namespace: 'a' },
    });
    expect(out.skipped).toEqual([
      { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'a', name: 'cm', source },
    ]);
    expect(issues).toEqual([
      ['info', 'ConfigMap a/cm', '', 'kind ConfigMap is not modelled; skipped'],
    ]);
  });

  it('skips a modelled kind from another API group, such as a Knative Service', () => {
    const { out, issues } = read({
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Service',
      metadata: { name: 'k' },
    });
    expect(out.services).toEqual([]);
    expect(out.skipped).toHaveLength(1);
    expect(issues[0]?.[3]).toBe('kind Service (serving.knative.dev/v1) is not modelled; skipped');
  });

  it('requires kind, apiVersion and metadata.name', () => {
    expect(read({ apiVersion: 'v1', metadata: { name: 'p' } }).issues).toEqual([
      ['error', undefined, 'kind', 'is required'],
    ]);
    expect(read({ kind: 'Pod', metadata: { name: 'p' } }).issues).toEqual([
      ['error', 'Pod', 'apiVersion', 'is required'],
    ]);
    expect(read({ apiVersion: 'v1', kind: 'Pod', metadata: {} }).issues).toEqual([
      ['error', 'Pod', 'metadata.name', 'is required'],
    ]);
    expect(read({ apiVersion: 'v1', kind: 'Pod' }).issues).toEqual([
      ['error', 'Pod', 'metadata.name', 'is required'],
    ]);
    expect(read({ apiVersion: 'v1', kind: 'Pod', metadata: [] }).issues).toEqual([
      ['error', 'Pod', 'metadata', 'must be a map'],
    ]);
    expect(read({ apiVersion: 'v1', kind: 7 }).issues[0]?.[3]).toBe(
      'must be a string, not a number (7)',
    );
  });

  it('uses List defaults for kind and apiVersion', () => {
    const { out, issues } = read({ metadata: { name: 'p' } }, { kind: 'Pod', apiVersion: 'v1' });
    expect(issues).toEqual([]);
    expect(out.pods).toHaveLength(1);
  });

  it('leaves out an object with an error, naming it', () => {
    const { out, issues } = read({ ...pod, metadata: { ...pod.metadata, labels: { v: 2 } } });
    expect(out.pods).toEqual([]);
    expect(issues[0]?.slice(0, 3)).toEqual(['error', 'Pod ns/p', 'metadata.labels.v']);
  });

  it('keeps an object with only warnings', () => {
    const { out, issues } = read({ ...pod, metadata: { ...pod.metadata, labels: { v: '-bad' } } });
    expect(out.pods).toHaveLength(1);
    expect(issues[0]?.[0]).toBe('warning');
  });
});
