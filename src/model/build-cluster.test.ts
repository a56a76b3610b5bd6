import { describe, expect, it } from 'vitest';
import { analyzeYaml, yamlDocs } from '../testing/yaml-cluster';

const template = (labels: string, extra = '') =>
  `template: {metadata: {labels: ${labels}}, spec: {${extra}containers: [{name: c, image: x, ports: [{containerPort: 8080, name: http}]}]}}`;

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec: {replicas: 3, selector: {matchLabels: {app: web}}, ${template('{app: web}')}}`;
const replicaSet = `apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: web-5d9f, namespace: shop, ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: u1}]}
spec: {replicas: 3, selector: {matchLabels: {app: web}}, ${template('{app: web, pod-template-hash: 5d9f}')}}`;
const ownedPod = (name: string, owner = 'web-5d9f') => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: shop, labels: {app: web, pod-template-hash: 5d9f}, ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: ${owner}, uid: u2}]}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 8080, name: http}]}]}`;

const ids = (text: string) => analyzeYaml(text).cluster.endpoints.map((e) => e.id);

describe('workloads as endpoints', () => {
  it('a workload with no pods in the input stands for its pods, with its template labels and ports', () => {
    const a = analyzeYaml(deployment);
    expect(a.cluster.endpoints).toMatchObject([
      {
        id: 'shop/Deployment/web',
        kind: 'Deployment',
        labels: { app: 'web' },
        replicas: 3,
        ports: [{ port: 8080, name: 'http', protocol: 'TCP' }],
      },
    ]);
  });
  it("a Deployment's ReplicaSet folds into the Deployment", () => {
    expect(ids(yamlDocs(deployment, replicaSet))).toEqual(['shop/Deployment/web']);
  });
  it('pods owned through a ReplicaSet replace the Deployment', () => {
    expect(
      ids(yamlDocs(deployment, replicaSet, ownedPod('web-5d9f-a'), ownedPod('web-5d9f-b'))),
    ).toEqual(['shop/web-5d9f-a', 'shop/web-5d9f-b']);
  });
  it('pods do not replace a Deployment whose ReplicaSet is missing (the contract links through ownerReferences only)', () => {
    expect(ids(yamlDocs(deployment, ownedPod('web-5d9f-a')))).toEqual([
      'shop/Deployment/web',
      'shop/web-5d9f-a',
    ]);
  });
  it('pods owned directly by a workload replace it', () => {
    const sts = `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db, namespace: shop}\nspec: {serviceName: db, selector: {matchLabels: {app: db}}, ${template('{app: db}')}}`;
    const pod0 = `apiVersion: v1\nkind: Pod\nmetadata: {name: db-0, namespace: shop, labels: {app: db}, ownerReferences: [{apiVersion: apps/v1, kind: StatefulSet, name: db, uid: u3}]}\nspec: {containers: [{name: c, image: x}]}`;
    expect(ids(yamlDocs(sts, pod0))).toEqual(['shop/db-0']);
  });
  it('a ReplicaSet whose owner is not in the input is an endpoint of its own', () => {
    expect(ids(replicaSet)).toEqual(['shop/ReplicaSet/web-5d9f']);
  });
  it("a CronJob's Job folds into the CronJob; every workload kind is read from its pod template", () => {
    const text = yamlDocs(
      `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: backup, namespace: ops}\nspec: {schedule: '* * * * *', jobTemplate: {spec: {${template('{app: backup}')}}}}`,
      `apiVersion: batch/v1\nkind: Job\nmetadata: {name: backup-1, namespace: ops, ownerReferences: [{kind: CronJob, name: backup, apiVersion: batch/v1, uid: u}]}\nspec: {${template('{app: backup}')}}`,
      `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent, namespace: ops}\nspec: {selector: {matchLabels: {app: agent}}, ${template('{app: agent}', 'hostNetwork: true, ')}}`,
      `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db, namespace: ops}\nspec: {serviceName: db-headless, selector: {matchLabels: {app: db}}, ${template('{app: db}')}}`,
      `apiVersion: v1\nkind: ReplicationController\nmetadata: {name: old, namespace: ops}\nspec: {replicas: 2, selector: {app: old}, ${template('{app: old}')}}`,
    );
    const a = analyzeYaml(text);
    expect(a.cluster.endpoints.map((e) => e.id)).toEqual([
      'ops/CronJob/backup',
      'ops/DaemonSet/agent',
      'ops/ReplicationController/old',
      'ops/StatefulSet/db',
    ]);
    const byId = new Map(a.cluster.endpoints.map((e) => [e.id, e]));
    expect(byId.get('ops/DaemonSet/agent')?.hostNetwork).toBe(true);
    expect(byId.get('ops/StatefulSet/db')?.serviceName).toBe('db-headless');
    expect(byId.get('ops/StatefulSet/db')?.replicas).toBe(1);
    expect(byId.get('ops/ReplicationController/old')?.replicas).toBe(2);
    expect(byId.get('ops/CronJob/backup')?.members).toEqual(['ops/Job/backup-1']);
  });
  it('objects without a namespace go to the default namespace, which can be changed', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: x}]}';
    expect(ids(text)).toEqual(['default/p']);
    expect(analyzeYaml(text, { defaultNamespace: 'dev' }).cluster.endpoints[0]?.id).toBe('dev/p');
  });
  it('a later duplicate replaces an earlier one, with a warning', () => {
    const p = (port: number) =>
      `apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: x}\nspec: {containers: [{name: c, image: x, ports: [{containerPort: ${port}}]}]}`;
    const a = analyzeYaml(yamlDocs(p(80), p(81)));
    expect(a.cluster.endpoints.map((e) => e.ports[0]?.port)).toEqual([81]);
    expect(
      a.diagnostics.some(
        (d) =>
          d.severity === 'warning' &&
          d.object === 'Pod x/p' &&
          /defined again later/.test(d.message),
      ),
    ).toBe(true);
  });
});
