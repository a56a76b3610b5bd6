/**
 * Invariants of NetworkPolicy semantics, checked on random small clusters (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import {
  emptyManifestObjects,
  type LabelSelector,
  type ManifestObjects,
  type Namespace,
  type NetworkPolicy,
  type PolicyPeer,
  type PolicyPort,
  type PolicyRule,
  type Pod,
} from '../model/types';
import { evaluateReachability } from './reachability';
import type { EvaluateOptions, Verdict } from './types';

const source = { file: 'gen', doc: 0, line: 1, col: 1 };
const NAMESPACES = ['x', 'y', 'z'];
const KEYS = ['app', 'tier', 'team'];
const VALUES = ['a', 'b', 'c'];

const labelsArb = fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), {
  maxKeys: 3,
});

const selectorArb: fc.Arbitrary<LabelSelector> = fc.record({
  matchLabels: fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), { maxKeys: 2 }),
  matchExpressions: fc.array(
    fc.oneof(
      fc.record({
        key: fc.constantFrom(...KEYS),
        operator: fc.constantFrom('In' as const, 'NotIn' as const),
        values: fc.uniqueArray(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 2 }),
      }),
      fc.record({
        key: fc.constantFrom(...KEYS),
        operator: fc.constantFrom('Exists' as const, 'DoesNotExist' as const),
        values: fc.constant([] as string[]),
      }),
    ),
    { maxLength: 2 },
  ),
});

const peerArb: fc.Arbitrary<PolicyPeer> = fc.oneof(
  fc
    .record({ podSelector: selectorArb, namespaceSelector: selectorArb }, { requiredKeys: [] })
    .filter((p) => p.podSelector !== undefined || p.namespaceSelector !== undefined)
    .map((p) => ({ kind: 'selector' as const, ...p })),
  fc
    .record({
      cidr: fc.constantFrom('10.0.0.0/16', '10.0.1.0/24', '0.0.0.0/0', '203.0.113.0/24'),
      except: fc.subarray(['10.0.1.0/25', '10.0.2.0/24']),
    })
    .map((ipBlock) => ({ kind: 'ipBlock' as const, ipBlock })),
);

const portArb: fc.Arbitrary<PolicyPort> = fc.oneof(
  fc.record({ protocol: fc.constantFrom('TCP' as const, 'UDP' as const) }),
  fc.record({
    protocol: fc.constantFrom('TCP' as const, 'UDP' as const),
    port: fc.constantFrom(80, 443, 53),
  }),
  fc.record({
    protocol: fc.constant('TCP' as const),
    port: fc.constant(80),
    endPort: fc.constantFrom(80, 443),
  }),
  fc.record({
    protocol: fc.constantFrom('TCP' as const, 'UDP' as const),
    port: fc.constantFrom('web', 'dns'),
  }),
);

const ruleArb: fc.Arbitrary<PolicyRule> = fc.record(
  {
    peers: fc.array(peerArb, { minLength: 1, maxLength: 2 }),
    ports: fc.array(portArb, { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const policyArb = (i: number): fc.Arbitrary<NetworkPolicy> =>
  fc
    .record({
      namespace: fc.constantFrom(...NAMESPACES),
      podSelector: selectorArb,
      ingress: fc.array(ruleArb, { maxLength: 2 }),
      egress: fc.array(ruleArb, { maxLength: 2 }),
      types: fc.constantFrom(['Ingress'], ['Egress'], ['Ingress', 'Egress']) as fc.Arbitrary<
        ('Ingress' | 'Egress')[]
      >,
    })
    .map((p) => ({
      namespace: p.namespace,
      name: `p${i}`,
      podSelector: p.podSelector,
      policyTypes: p.types,
      policyTypesExplicit: true,
      ingress: p.ingress,
      egress: p.egress,
      source,
    }));

const podArb = (i: number): fc.Arbitrary<Pod> =>
  fc
    .record({
      namespace: fc.constantFrom(...NAMESPACES),
      labels: labelsArb,
      ports: fc.subarray([
        { name: 'web', port: 80, protocol: 'TCP' as const },
        { port: 443, protocol: 'TCP' as const },
        { name: 'dns', port: 53, protocol: 'UDP' as const },
        { name: 'web', port: 8080, protocol: 'UDP' as const },
      ]),
      ip: fc.option(fc.constantFrom('10.0.0.5', '10.0.1.7', '10.0.2.9', '192.168.0.3'), {
        nil: undefined,
      }),
    })
    .map((p) => ({
      kind: 'Pod' as const,
      namespace: p.namespace,
      name: `pod${i}`,
      labels: p.labels,
      ports: p.ports,
      ips: p.ip ? [p.ip] : [],
      ...(p.ip ? { ip: p.ip } : {}),
      hostNetwork: false,
      ownerReferences: [],
      source,
    }));

const namespacesArb: fc.Arbitrary<Namespace[]> = fc.tuple(
  ...NAMESPACES.map((name) =>
    labelsArb.map((labels) => ({
      name,
      labels: { ...labels, 'kubernetes.io/metadata.name': name },
      declared: true,
    })),
  ),
);

const objectsArb: fc.Arbitrary<ManifestObjects> = fc
  .record({
    namespaces: namespacesArb,
    pods: fc
      .integer({ min: 1, max: 7 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => podArb(i)))),
    policies: fc
      .integer({ min: 0, max: 4 })
      .chain((n): fc.Arbitrary<NetworkPolicy[]> =>
        n === 0
          ? fc.constant<NetworkPolicy[]>([])
          : fc.tuple(...Array.from({ length: n }, (_, i) => policyArb(i))),
      ),
  })
  .map((o) => ({ ...emptyManifestObjects(), ...o }));

const options: EvaluateOptions = {
  extraPorts: [
    { port: 53, protocol: 'UDP' },
    { port: 443, protocol: 'TCP' },
  ],
};
const externals = ['10.0.1.200', '203.0.113.9'];

function verdicts(objects: ManifestObjects, opts: EvaluateOptions = options): Verdict[] {
  const { cluster } = buildCluster(objects, { externals });
  return evaluateReachability(cluster, opts).verdicts();
}

function allowedSet(vs: readonly Verdict[]): Set<string> {
  return new Set(
    vs.filter((v) => v.allowed).map((v) => `${v.from}>${v.to}:${v.port}/${v.protocol}`),
  );
}

describe('evaluator invariants', () => {
  it('class-grouped evaluation equals rule-by-rule evaluation of every pair', () => {
    fc.assert(
      fc.property(objectsArb, fc.boolean(), (objects, ipOnPods) => {
        const opts = { ...options, ipBlockMatchesPodIPs: ipOnPods };
        const { cluster } = buildCluster(objects, { externals });
        const r = evaluateReachability(cluster, opts);
        for (const v of r.verdicts()) {
          const probe = { port: v.port, protocol: v.protocol };
          const reference = r.explain(r.indexOf(v.from)!, r.indexOf(v.to)!, probe).allowed;
          expect(v.allowed, `${v.from} -> ${v.to} ${v.port}/${v.protocol}`).toBe(reference);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adding an allow rule never removes an allowed connection', () => {
    fc.assert(
      fc.property(objectsArb, ruleArb, fc.nat(), (objects, rule, pick) => {
        fc.pre(objects.policies.length > 0);
        const before = allowedSet(verdicts(objects));
        const policies = objects.policies.map((p, i) => {
          if (i !== pick % objects.policies.length) return p;
          // Only a direction the policy already isolates, so the rule adds and isolates nothing new.
          return p.policyTypes.includes('Ingress')
            ? { ...p, ingress: [...p.ingress, rule] }
            : { ...p, egress: [...p.egress, rule] };
        });
        const after = allowedSet(verdicts({ ...objects, policies }));
        for (const k of before) expect(after.has(k), k).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a policy that selects nothing changes nothing', () => {
    fc.assert(
      fc.property(objectsArb, policyArb(99), (objects, extra) => {
        const inert = {
          ...extra,
          podSelector: { matchLabels: { 'no-such-key': 'v' }, matchExpressions: [] },
        };
        expect(verdicts({ ...objects, policies: [...objects.policies, inert] })).toEqual(
          verdicts(objects),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('the order of objects changes nothing', () => {
    fc.assert(
      fc.property(objectsArb, fc.infiniteStream(fc.nat()), (objects, randoms) => {
        const shuffle = <T>(xs: readonly T[]) => {
          const out = [...xs];
          for (let i = out.length - 1; i > 0; i--) {
            const j = randoms.next().value % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return out;
        };
        const shuffled = {
          ...objects,
          pods: shuffle(objects.pods),
          policies: shuffle(objects.policies),
          namespaces: shuffle(objects.namespaces),
        };
        expect(verdicts(shuffled)).toEqual(verdicts(objects));
      }),
      { numRuns: 200 },
    );
  });

  it('re-evaluating after an edit from the previous result equals evaluating afresh', () => {
    let reused = 0;
    fc.assert(
      fc.property(objectsArb, policyArb(7), fc.nat(), (objects, replacement, pick) => {
        const { cluster } = buildCluster(objects, { externals });
        const before = evaluateReachability(cluster, options);
        const policies = [...cluster.policies];
        if (policies.length > 0) policies[pick % policies.length] = replacement;
        else policies.push(replacement);
        const edited = { ...cluster, policies };
        const incremental = evaluateReachability(edited, options, before);
        if (incremental.classes === before.classes) reused++;
        expect(incremental.verdicts()).toEqual(evaluateReachability(edited, options).verdicts());
      }),
      { numRuns: 200 },
    );
    // The reuse path must actually have been taken, not only the fresh one.
    expect(reused).toBeGreaterThan(20);
  });

  it('an edit of one rule keeps the untouched columns and still equals evaluating afresh', () => {
    let kept = 0;
    fc.assert(
      fc.property(objectsArb, portArb, fc.nat(), (objects, port, pick) => {
        const { cluster } = buildCluster(objects, { externals });
        fc.pre(cluster.policies.some((p) => p.ingress.length + p.egress.length > 0));
        const before = evaluateReachability(cluster, options);
        const candidates = cluster.policies.filter((p) => p.ingress.length + p.egress.length > 0);
        const target = candidates[pick % candidates.length]!;
        // A user adding a port to the first rule: no new label keys, no new ipBlocks.
        const addPort = (rules: readonly PolicyRule[]) =>
          rules.map((r, i) => (i === 0 ? { ...r, ports: [...(r.ports ?? []), port] } : r));
        const edited =
          target.ingress.length > 0
            ? { ...target, ingress: addPort(target.ingress) }
            : { ...target, egress: addPort(target.egress) };
        const policies = cluster.policies.map((p) => (p === target ? edited : p));
        const after = { ...cluster, policies };
        const incremental = evaluateReachability(after, options, before);
        const reusedColumns = incremental.state.matrix.allowed.filter((b) =>
          before.state.matrix.allowed.includes(b),
        );
        if (reusedColumns.length > 0) kept++;
        expect(incremental.verdicts()).toEqual(evaluateReachability(after, options).verdicts());
      }),
      { numRuns: 300 },
    );
    expect(kept).toBeGreaterThan(20);
  });
});
