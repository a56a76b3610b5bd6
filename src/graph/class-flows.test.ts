import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCluster } from '../../scripts/bench/generate';
import { evaluateReachability } from '../evaluate/reachability';
import { buildCluster } from '../model/build-cluster';
import { analyzeYaml, pod, policy, yamlDocs } from '../testing/yaml-cluster';
import { createClassFlows, standsForSeveralPods, type FlowTally } from './class-flows';
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

describe('createClassFlows on nodes of many classes', () => {
  const objects = generateCluster({ pods: 90, policies: 14, labelSets: 24, seed: 7 }).objects;
  const r = evaluateReachability(buildCluster(objects, { externals: ['203.0.113.9'] }).cluster);
  const flows = createClassFlows(r);
  const n = r.endpoints.length;

  /** The same question asked endpoint pair by endpoint pair, as the definition reads. */
  function reference(a: number[], b: number[], within: boolean) {
    const bits = new Map<string, number>();
    for (const i of a) {
      for (const j of b) {
        if (within && i === j && !standsForSeveralPods(r.endpoints[i]!)) continue;
        if (r.endpoints[i]!.kind === 'External' && r.endpoints[j]!.kind === 'External') continue;
        for (const p of r.probes(j)) {
          const k = formatPort(p);
          bits.set(k, (bits.get(k) ?? 0) | (r.isAllowed(i, j, p) ? 1 : 2));
        }
      }
    }
    const ports = (bit: number) => [...bits].filter(([, v]) => v & bit).map(([k]) => k);
    return {
      allowed: ports(1).sort(),
      denied: ports(2).sort(),
      partial: [...bits.values()].includes(3),
    };
  }
  const shown = (t: FlowTally) => ({
    allowed: t.allowed.map(formatPort).sort(),
    denied: t.denied.map(formatPort).sort(),
    partial: t.partial,
  });
  const group = fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: 30 });

  it('merges two nodes exactly as their endpoint pairs would', () => {
    expect(r.classes.members.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(group, group, (a, b) => {
        // between() is for two different nodes: they share no endpoint.
        const only = a.filter((i) => !b.includes(i));
        fc.pre(only.length > 0);
        const t = flows.between(flows.classesOf(only), flows.classesOf(b));
        expect(shown(t)).toEqual(reference(only, b, false));
      }),
      { numRuns: 200 },
    );
  });

  it('merges the flows inside a node exactly as its endpoint pairs would', () => {
    fc.assert(
      fc.property(group, (a) => {
        expect(shown(flows.within(flows.classesOf(a)))).toEqual(reference(a, a, true));
      }),
      { numRuns: 200 },
    );
  });

  it('finds every node that has an allowed flow to a node among its sources', () => {
    fc.assert(
      fc.property(group, group, (a, b) => {
        const ca = flows.classesOf(a);
        const cb = flows.classesOf(b);
        const sources = flows.sourcesOf(cb);
        const reached = ca.classes.some((c) => (sources[c >>> 5]! & (1 << (c & 31))) !== 0);
        if (flows.between(ca, cb).allowed.length > 0) expect(reached).toBe(true);
      }),
      { numRuns: 200 },
    );
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
