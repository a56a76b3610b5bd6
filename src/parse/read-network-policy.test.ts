import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { readNetworkPolicy } from './read-network-policy';

const source = { file: 'a.yaml', doc: 0, line: 1, col: 1 };
const id = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  name: 'np',
  namespace: 'shop',
  source,
};
const ruleSource = { file: 'test.yaml', doc: 0, line: 1, col: 1 };
const all = { matchLabels: {}, matchExpressions: [] };

function read(spec: unknown) {
  const ctx = createMemoryContext();
  const policy = readNetworkPolicy({ metadata: { name: 'np' }, spec }, id, ctx);
  return { policy, issues: ctx.issues.map((i) => [i.severity, i.path.join('.'), i.message]) };
}

describe('readNetworkPolicy', () => {
  it('reads a default-deny policy', () => {
    expect(read({ podSelector: {} })).toEqual({
      policy: {
        namespace: 'shop',
        name: 'np',
        podSelector: all,
        policyTypes: ['Ingress'],
        policyTypesExplicit: false,
        ingress: [],
        egress: [],
        source,
      },
      issues: [],
    });
  });

  it('reads rules with peers and ports, and empty lists as "all"', () => {
    const { policy, issues } = read({
      podSelector: { matchLabels: { app: 'db' } },
      ingress: [
        { from: [{ podSelector: { matchLabels: { app: 'web' } } }], ports: [{ port: 5432 }] },
        { from: [], ports: [] },
        {},
      ],
    });
    expect(issues).toEqual([]);
    expect(policy?.ingress).toEqual([
      {
        peers: [
          { kind: 'selector', podSelector: { matchLabels: { app: 'web' }, matchExpressions: [] } },
        ],
        ports: [{ protocol: 'TCP', port: 5432 }],
        source: ruleSource,
      },
      { source: ruleSource },
      { source: ruleSource },
    ]);
  });

  describe('policyTypes defaulting', () => {
    it('absent with egress: [] gives Ingress only', () => {
      expect(read({ podSelector: {}, egress: [] }).policy).toMatchObject({
        policyTypes: ['Ingress'],
        policyTypesExplicit: false,
      });
    });

    it('absent with non-empty egress gives Ingress and Egress', () => {
      expect(
        read({ podSelector: {}, egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }] }).policy,
      ).toMatchObject({
        policyTypes: ['Ingress', 'Egress'],
        policyTypesExplicit: false,
      });
    });

    it('explicit [Egress] with no rules gives Egress only', () => {
      expect(read({ podSelector: {}, policyTypes: ['Egress'] }).policy).toMatchObject({
        policyTypes: ['Egress'],
        policyTypesExplicit: true,
        egress: [],
      });
    });

    it('explicit [] is defaulted like absent', () => {
      expect(read({ podSelector: {}, policyTypes: [] }).policy).toMatchObject({
        policyTypes: ['Ingress'],
        policyTypesExplicit: false,
      });
    });

    it('rejects values other than Ingress and Egress', () => {
      expect(read({ podSelector: {}, policyTypes: ['ingress'] }).issues).toEqual([
        ['error', 'spec.policyTypes.0', 'must be Ingress or Egress, not "ingress"'],
      ]);
    });

    it('warns when rules are ignored by explicit policyTypes', () => {
      expect(read({ podSelector: {}, policyTypes: ['Egress'], ingress: [{}] }).issues).toEqual([
        ['warning', 'spec.ingress', 'is ignored: policyTypes does not include Ingress'],
      ]);
    });
  });

  it('requires podSelector', () => {
    const { policy, issues } = read({ ingress: [] });
    expect(policy).toBeUndefined();
    expect(issues[0]?.[1]).toBe('spec.podSelector');
  });

  it('rejects a rule using the other direction’s peer key', () => {
    expect(read({ podSelector: {}, ingress: [{ to: [{ podSelector: {} }] }] }).issues).toEqual([
      [
        'error',
        'spec.ingress.0.to',
        'unknown field; expected one of from, ports (ingress rules name their peers "from")',
      ],
    ]);
  });

  it('reads a null rule as allow-all, with a warning', () => {
    const { policy, issues } = read({ podSelector: {}, ingress: [null] });
    expect(policy?.ingress).toEqual([{ source: ruleSource }]);
    expect(issues[0]?.[0]).toBe('warning');
  });

  it('rejects unknown spec fields and non-map rules', () => {
    expect(read({ podSelector: {}, ingres: [] }).issues[0]?.[1]).toBe('spec.ingres');
    expect(read({ podSelector: {}, egress: ['x'] }).issues[0]?.[1]).toBe('spec.egress.0');
    expect(read({ podSelector: {}, egress: { to: [] } }).issues).toEqual([
      ['error', 'spec.egress', 'must be a list, not a map'],
    ]);
  });

  it('reports errors deep inside peers and ports', () => {
    const { issues } = read({
      podSelector: {},
      egress: [
        {
          to: [
            {
              namespaceSelector: {
                matchExpressions: [{ key: 'a', operator: 'Is', values: ['b'] }],
              },
            },
          ],
          ports: [{ port: 'dns', endPort: 60 }],
        },
      ],
    });
    expect(issues.map((i) => i[1])).toEqual([
      'spec.egress.0.to.0.namespaceSelector.matchExpressions.0.operator',
      'spec.egress.0.ports.0.endPort',
    ]);
  });
});
