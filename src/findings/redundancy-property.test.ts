/**
 * The redundancy claims are proofs on the input: removing every rule and policy they report, all
 * at once, changes no verdict. Checked on random small clusters (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analyze';
import { buildCluster } from '../model/build-cluster';
import {
  emptyManifestObjects,
  type LabelSelector,
  type ManifestObjects,
  type NetworkPolicy,
  type PolicyPeer,
  type PolicyPort,
  type PolicyRule,
  type Pod,
} from '../model/types';
import { evaluateReachability } from '../evaluate/reachability';
import { reportServices } from '../evaluate/services';
import { findingContext } from './context';
import { findRedundancy } from './redundancy';

const source = { file: 'gen', doc: 0, line: 1, col: 1 };
const NAMESPACES = ['x', 'y'];
const KEYS = ['app', 'tier'];
const VALUES = ['a', 'b'];
const options = { extraPorts: [{ port: 53, protocol: 'UDP' as const }] };
const externals = ['10.0.1.200', '203.0.113.9'];

const selectorArb: fc.Arbitrary<LabelSelector> = fc.record({
  matchLabels: fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), { maxKeys: 1 }),
  matchExpressions: fc.array(
    fc.record({
      key: fc.constantFrom(...KEYS),
      operator: fc.constantFrom('In' as const, 'NotIn' as const, 'Exists' as const),
      values: fc.uniqueArray(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 2 }),
    }),
    { maxLength: 1 },
  ),
});

const peerArb: fc.Arbitrary<PolicyPeer> = fc.oneof(
  fc
    .record({ podSelector: selectorArb, namespaceSelector: selectorArb }, { requiredKeys: [] })
    .filter((p) => p.podSelector !== undefined || p.namespaceSelector !== undefined)
    .map((p) => ({ kind: 'selector' as const, ...p })),
  fc
    .record({
      cidr: fc.constantFrom('10.0.0.0/16', '10.0.1.0/24', '0.0.0.0/0'),
      except: fc.subarray(['10.0.1.0/25']),
    })
    .map((ipBlock) => ({ kind: 'ipBlock' as const, ipBlock })),
);

const portArb: fc.Arbitrary<PolicyPort> = fc.oneof(
  fc.record({ protocol: fc.constantFrom('TCP' as const, 'UDP' as const) }),
  fc.record({ protocol: fc.constant('TCP' as const), port: fc.constantFrom(80, 443) }),
  fc.record({
    protocol: fc.constant('TCP' as const),
    port: fc.constant(80),
    endPort: fc.constant(443),
  }),
  fc.record({ protocol: fc.constant('TCP' as const), port: fc.constant('web') }),
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
      ingress: fc.array(ruleArb, { maxLength: 3 }),
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
      labels: fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), { maxKeys: 2 }),
      ports: fc.subarray([
        { name: 'web', port: 80, protocol: 'TCP' as const },
        { port: 443, protocol: 'TCP' as const },
      ]),
      ip: fc.option(fc.constantFrom('10.0.0.5', '10.0.1.7'), { nil: undefined }),
    })
    .map((p) => ({
      kind: 'Pod' as const,
      namespace: p.namespace,
      name: `pod${i}`,
      labels: p.labels,
      ports: p.ports,
      ips: p.ip ? [p.ip] : [],
      hostNetwork: false,
      ownerReferences: [],
      source,
    }));

const sized = <T>(min: number, max: number, make: (i: number) => fc.Arbitrary<T>) =>
  fc
    .integer({ min, max })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => make(i))) as fc.Arbitrary<T[]>);

const objectsArb: fc.Arbitrary<ManifestObjects> = fc
  .record({ pods: sized(1, 5, podArb), policies: sized(1, 4, policyArb) })
  .map((o) => ({ ...emptyManifestObjects(), ...o }));

function allowed(objects: ManifestObjects, policies: readonly NetworkPolicy[]): string[] {
  const { cluster } = buildCluster({ ...objects, policies: [...policies] }, { externals });
  return evaluateReachability(cluster, options)
    .verdicts()
    .filter((v) => v.allowed)
    .map((v) => `${v.from}>${v.to}:${v.port}/${v.protocol}`);
}

describe('redundancy claims', () => {
  it('removing every redundant rule and policy without effect changes no verdict', () => {
    let claims = 0;
    fc.assert(
      fc.property(objectsArb, (objects) => {
        const { cluster } = buildCluster(objects, { externals });
        const reachability = evaluateReachability(cluster, options);
        const analysis = {
          objects,
          diagnostics: [],
          cluster,
          reachability,
          services: reportServices(cluster, reachability),
          timings: { parse: 0, model: 0, evaluate: 0 },
        } satisfies Analysis;
        const { policies, rules } = findRedundancy(findingContext(analysis));
        claims += policies.length + rules.length;
        const gone = new Set<PolicyRule>(rules.map((r) => r.rule));
        const reduced = cluster.policies
          .filter((p) => !policies.includes(p))
          .map((p) => ({
            ...p,
            ingress: p.ingress.filter((r) => !gone.has(r)),
            egress: p.egress.filter((r) => !gone.has(r)),
          }));
        expect(allowed(objects, reduced)).toEqual(allowed(objects, cluster.policies));
      }),
      { numRuns: 300 },
    );
    // The property says something only if claims are made.
    expect(claims).toBeGreaterThan(20);
  });
});
