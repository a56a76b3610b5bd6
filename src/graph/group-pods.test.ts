import { describe, expect, it } from 'vitest';
import { analyzeYaml, yamlDocs } from '../testing/yaml-cluster';
import { podOwners, workloadNodeId } from './group-pods';

const owned = (name: string, ref: string, labels: Record<string, string> = { app: 'x' }) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: shop, labels: ${JSON.stringify(labels)}, ownerReferences: [${ref}]}\nspec: {containers: [{name: c, image: x}]}`;
const template = '{metadata: {labels: {app: x}}, spec: {containers: [{name: c, image: x}]}}';
const workload = (kind: string, name: string, owner = '') => {
  const spec =
    kind === 'CronJob'
      ? `{schedule: '@daily', jobTemplate: {spec: {template: ${template}}}}`
      : kind === 'Job'
        ? `{template: ${template}}`
        : `{selector: {matchLabels: {app: x}}, template: ${template}}`;
  const api = kind === 'CronJob' || kind === 'Job' ? 'batch/v1' : 'apps/v1';
  return `apiVersion: ${api}\nkind: ${kind}\nmetadata: {name: ${name}, namespace: shop${owner ? `, ownerReferences: [${owner}]` : ''}}\nspec: ${spec}`;
};

const ownersOf = (...docs: string[]) => {
  const { cluster } = analyzeYaml(yamlDocs(...docs));
  const owners = podOwners(cluster.pods, cluster.workloads);
  return Object.fromEntries([...owners].map(([pod, o]) => [pod, workloadNodeId(o)]));
};

describe('podOwners', () => {
  it('follows ownerReferences through the input to the root workload', () => {
    expect(
      ownersOf(
        workload('Deployment', 'web'),
        workload('ReplicaSet', 'web-7c9f', '{kind: Deployment, name: web, controller: true}'),
        owned('web-7c9f-a', '{kind: ReplicaSet, name: web-7c9f, controller: true}'),
        workload('CronJob', 'nightly'),
        workload('Job', 'nightly-290', '{kind: CronJob, name: nightly}'),
        owned('nightly-290-b', '{kind: Job, name: nightly-290}'),
        workload('StatefulSet', 'db'),
        owned('db-0', '{kind: StatefulSet, name: db}'),
      ),
    ).toEqual({
      'shop/web-7c9f-a': 'wl:shop/Deployment/web',
      'shop/nightly-290-b': 'wl:shop/CronJob/nightly',
      'shop/db-0': 'wl:shop/StatefulSet/db',
    });
  });

  it('guesses owners missing from the input, for display', () => {
    expect(
      ownersOf(
        // ReplicaSet absent: its pod-template-hash names the Deployment.
        owned('api-5d4f8-a', '{kind: ReplicaSet, name: api-5d4f8}', {
          'pod-template-hash': '5d4f8',
        }),
        // No hash label: only a Deployment of that name in the input makes the guess.
        workload('Deployment', 'web'),
        owned('web-6b7c8d-z', '{kind: ReplicaSet, name: web-6b7c8d}'),
        owned('lone-6b7c8d-z', '{kind: ReplicaSet, name: lone-6b7c8d}'),
        workload('CronJob', 'nightly'),
        owned('nightly-290-b', '{kind: Job, name: nightly-290}'),
        owned('agent-x1', '{kind: DaemonSet, name: agent, controller: true}'),
      ),
    ).toEqual({
      'shop/api-5d4f8-a': 'wl:shop/Deployment/api',
      'shop/web-6b7c8d-z': 'wl:shop/Deployment/web',
      'shop/lone-6b7c8d-z': 'wl:shop/ReplicaSet/lone-6b7c8d',
      'shop/nightly-290-b': 'wl:shop/CronJob/nightly',
      'shop/agent-x1': 'wl:shop/DaemonSet/agent',
    });
  });

  it('leaves bare Pods and Pods owned by something other than a workload out', () => {
    expect(
      ownersOf(
        'apiVersion: v1\nkind: Pod\nmetadata: {name: bare, namespace: shop}\nspec: {containers: [{name: c, image: x}]}',
        owned('kube-apiserver-node1', '{kind: Node, name: node1, controller: true}'),
      ),
    ).toEqual({});
  });

  it('shares one owner object between the pods of a workload', () => {
    const { cluster } = analyzeYaml(
      yamlDocs(
        owned('db-0', '{kind: StatefulSet, name: db}'),
        owned('db-1', '{kind: StatefulSet, name: db}'),
      ),
    );
    const owners = podOwners(cluster.pods, cluster.workloads);
    expect(owners.get('shop/db-0')).toBe(owners.get('shop/db-1'));
  });
});
