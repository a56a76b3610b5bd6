import { describe, it, expect } from 'vitest';
import type { WorkloadKind } from '../model/types';
import { createMemoryContext } from './read-context';
import { readWorkload } from './read-workload';

const source = { file: 'a.yaml', doc: 0, line: 1, col: 1 };

function read(kind: WorkloadKind, spec: unknown, metadata: Record<string, unknown> = {}) {
  const ctx = createMemoryContext('fallback');
  const id = { apiVersion: 'apps/v1', kind, name: 'web', namespace: undefined, source };
  const workload = readWorkload(kind, { metadata: { name: 'web', ...metadata }, spec }, id, ctx);
  return { workload, issues: ctx.issues };
}

const template = {
  metadata: { labels: { app: 'web' } },
  spec: { hostNetwork: true, containers: [{ name: 'c', ports: [{ containerPort: 80 }] }] },
};

describe('readWorkload', () => {
  it('reads a Deployment with replicas defaulting to 1', () => {
    const { workload, issues } = read('Deployment', {
      selector: { matchLabels: { app: 'web' } },
      template,
    });
    expect(issues).toEqual([]);
    expect(workload).toEqual({
      kind: 'Deployment',
      namespace: 'fallback',
      name: 'web',
      labels: { app: 'web' },
      ports: [{ port: 80, protocol: 'TCP' }],
      hostNetwork: true,
      ownerReferences: [],
      source,
      replicas: 1,
    });
  });

  it('reads explicit replicas, including 0', () => {
    expect(read('ReplicaSet', { replicas: 0, template }).workload?.replicas).toBe(0);
    expect(read('ReplicationController', { replicas: 3, template }).workload?.replicas).toBe(3);
  });

  it('leaves replicas undefined for DaemonSet, Job and CronJob', () => {
    expect(read('DaemonSet', { template }).workload?.replicas).toBeUndefined();
    expect(read('Job', { parallelism: 2, template }).workload?.replicas).toBeUndefined();
    const cron = read('CronJob', { schedule: '* * * * *', jobTemplate: { spec: { template } } });
    expect(cron.issues).toEqual([]);
    expect(cron.workload).toMatchObject({ kind: 'CronJob', labels: { app: 'web' } });
    expect(cron.workload?.replicas).toBeUndefined();
  });

  it('reads a StatefulSet serviceName', () => {
    expect(
      read('StatefulSet', { serviceName: 'web-headless', template }).workload?.serviceName,
    ).toBe('web-headless');
  });

  it('reads the workload’s own owner references', () => {
    const { workload } = read(
      'ReplicaSet',
      { template },
      {
        ownerReferences: [{ kind: 'Deployment', name: 'web', controller: true }],
      },
    );
    expect(workload?.ownerReferences).toEqual([
      { kind: 'Deployment', name: 'web', controller: true },
    ]);
  });

  it('reports a missing template', () => {
    expect(read('Deployment', { replicas: 1 }).issues.map((i) => i.path.join('.'))).toEqual([
      'spec.template',
    ]);
    expect(read('CronJob', { jobTemplate: {} }).issues.map((i) => i.path.join('.'))).toEqual([
      'spec.jobTemplate.spec',
    ]);
    expect(read('Deployment', undefined).issues.map((i) => i.path.join('.'))).toEqual(['spec']);
  });

  it('reports bad replicas and template labels', () => {
    const { issues } = read('Deployment', {
      replicas: '3',
      template: { metadata: { labels: { version: 2 } } },
    });
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      'spec.template.metadata.labels.version',
      'spec.replicas',
    ]);
  });
});
