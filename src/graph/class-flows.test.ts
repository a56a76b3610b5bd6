import { describe, expect, it } from 'vitest';
import { analyzeYaml, pod, policy, yamlDocs } from '../testing/yaml-cluster';
import { createClassFlows, standsForSeveralPods } from './class-flows';
import { formatPort } from './ports';

const deployment = (name: string, replicas: number, kind = 'Deployment') =>
  `apiVersion: apps/v1\nkind: ${kind}\nmetadata: {name: ${name}, namespace: x}\nspec: {${kind === 'DaemonSet' ? '' : `replicas: ${replicas}, `}selector: {matchLabels: {app: ${name}}}, template: {metadata: {labels: {app: ${name}}}, spec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}}}`;

describe('createClassFlows', () => {
  const a = analyzeYaml(
    yamlDocs(
      deployment('one', 1),
      deployment('many', 3),
      deployment('agent', 0, 'DaemonSet'),
      pod('x', 'p1', { labels: { role: 'a' }, ports: ['80'] }),
      pod('x', 'p2', { labels: { role: 'b' }, ports: ['80'] }),
      policy(
        'x',
        'p',
        `
podSelector: {matchLabels: {role: a}}
ingress:
  - from: [{podSelector: {matchLabels: {role: b}}}]
`,
      ),
    ),
  );
  const r = a.reachability;
  const flows = createClassFlows(r);
  const of = (...ids: string[]) => flows.classesOf(ids.map((id) => r.indexOf(id)!));

  it('pairs a class with itself only when the node holds two pods of it', () => {
    expect(flows.within(of('x/Deployment/one')).allowed).toEqual([]);
    expect(flows.within(of('x/Deployment/many')).allowed.map(formatPort)).toEqual(['80/TCP']);
    expect(flows.within(of('x/DaemonSet/agent')).allowed.map(formatPort)).toEqual(['80/TCP']);
  });

  it('merges class pairs, partial when a port is allowed for one and denied for another', () => {
    // p1 admits only p2: within {p1, p2}, p1 → p2 and p2 → p1 allowed, p1 → p1 not a pair.
    expect(flows.within(of('x/p1', 'x/p2'))).toMatchObject({ partial: false });
    const t = flows.between(of('x/Deployment/one'), of('x/p1', 'x/p2'));
    expect(t.allowed.map(formatPort)).toEqual(['80/TCP']);
    expect(t.denied.map(formatPort)).toEqual(['80/TCP']);
    expect(t.partial).toBe(true);
  });

  it('reports isolation per class', () => {
    expect(flows.isolation(r.classes.classOf[r.indexOf('x/p1')!]!)).toEqual({
      ingress: true,
      egress: false,
    });
  });
});

describe('standsForSeveralPods', () => {
  const e = { id: 'x', name: 'x', labels: {}, ports: [], ips: [], hostNetwork: false };
  it('counts replicas, and a DaemonSet as one pod per node', () => {
    expect(standsForSeveralPods({ ...e, kind: 'Deployment', replicas: 2 })).toBe(true);
    expect(standsForSeveralPods({ ...e, kind: 'Deployment', replicas: 1 })).toBe(false);
    expect(standsForSeveralPods({ ...e, kind: 'DaemonSet' })).toBe(true);
    expect(standsForSeveralPods({ ...e, kind: 'CronJob' })).toBe(false);
    expect(standsForSeveralPods({ ...e, kind: 'Pod' })).toBe(false);
  });
});
