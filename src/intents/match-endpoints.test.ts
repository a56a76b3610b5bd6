import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { createEndpointMatcher } from './match-endpoints';
import type { EndpointRef } from './types';

const TEXT = `apiVersion: v1
kind: Namespace
metadata: {name: a, labels: {tier: front}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: a}
spec:
  selector: {matchLabels: {app: web}}
  template: {metadata: {labels: {app: web, v: "1"}}, spec: {containers: [{name: c, image: i}]}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web, namespace: b}
spec:
  selector: {matchLabels: {app: web}}
  template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, image: i}]}}
---
apiVersion: v1
kind: Pod
metadata:
  name: api-5d8f9c7b6-x2x9q
  namespace: b
  labels: {app: api, pod-template-hash: 5d8f9c7b6}
  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: api-5d8f9c7b6, controller: true}]
spec: {containers: [{name: c, image: i}]}
status: {podIP: 10.2.0.7}
`;

function ids(ref: EndpointRef): string[] {
  const a = analyze([{ name: 'x.yaml', text: TEXT }], { externals: ['192.0.2.1'] });
  return createEndpointMatcher(a.cluster)
    .match(ref)
    .map((i) => a.cluster.endpoints[i]!.id);
}

describe('createEndpointMatcher', () => {
  it('matches exact ids, and ns/name for workloads of any kind', () => {
    expect(ids({ kind: 'id', id: 'a/Deployment/web' })).toEqual(['a/Deployment/web']);
    expect(ids({ kind: 'id', id: 'a/web' })).toEqual(['a/Deployment/web']);
    expect(ids({ kind: 'id', id: 'b/web' })).toEqual(['b/StatefulSet/web']);
    expect(ids({ kind: 'id', id: 'b/Deployment/web' })).toEqual([]);
  });

  it('names a dump pod by the Deployment its ReplicaSet name implies, and by its IP', () => {
    expect(ids({ kind: 'id', id: 'b/api' })).toEqual(['b/api-5d8f9c7b6-x2x9q']);
    expect(ids({ kind: 'id', id: 'b/Deployment/api' })).toEqual(['b/api-5d8f9c7b6-x2x9q']);
    expect(ids({ kind: 'id', id: 'b/api-5d8f9c7b6-x2x9q' })).toEqual(['b/api-5d8f9c7b6-x2x9q']);
    expect(ids({ kind: 'id', id: '10.2.0.7' })).toEqual(['b/api-5d8f9c7b6-x2x9q']);
    expect(ids({ kind: 'id', id: '192.0.2.1' })).toEqual(['192.0.2.1']);
  });

  it('selects by namespace, namespace labels and pod labels together', () => {
    const all = (ref: Omit<Extract<EndpointRef, { kind: 'selector' }>, 'kind'>) =>
      ids({ kind: 'selector', ...ref }).sort();
    expect(all({ labels: { app: 'web' } })).toEqual(['a/Deployment/web', 'b/StatefulSet/web']);
    expect(all({ namespace: 'b' })).toEqual(['b/StatefulSet/web', 'b/api-5d8f9c7b6-x2x9q']);
    expect(all({ namespaceLabels: { tier: 'front' } })).toEqual(['a/Deployment/web']);
    // Every namespace carries its name label, declared or not.
    expect(
      all({ namespaceLabels: { 'kubernetes.io/metadata.name': 'b' }, labels: { app: 'api' } }),
    ).toEqual(['b/api-5d8f9c7b6-x2x9q']);
    expect(all({ namespace: 'a', labels: { app: 'web', v: '2' } })).toEqual([]);
  });
});
