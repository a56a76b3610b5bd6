/**
 * What each rule of a policy admits, checked on the scenario fixtures and small YAML clusters.
 * Every endpoint-to-endpoint flow is also checked against the rule-by-rule explanation: a flow is
 * listed iff `explain` names the rule among those admitting it, with `explain`'s overall verdict.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../analyze';
import { analyzeYaml, canReach, namespace, pod, policy, yamlDocs } from '../testing/yaml-cluster';
import { policyFlows, type AdmittedFlow, type FlowEnd, type RuleFlows } from './policy-flows';
import type { PolicyType } from '../model/types';

function scenario(name: string): Analysis {
  const text = readFileSync(join('fixtures', 'scenarios', name, 'input.yaml'), 'utf8');
  return analyze([{ name: 'input.yaml', text }]);
}

function flowsOf(a: Analysis, id: string, limit?: number) {
  const p = a.cluster.policies.find((x) => `${x.namespace}/${x.name}` === id);
  if (!p) throw new Error(`no policy ${id}`);
  return policyFlows(a.reachability, p, limit === undefined ? {} : { limit });
}

const end = (e: FlowEnd) =>
  e.kind === 'endpoint'
    ? e.id
    : e.ipBlock
      ? `outside ${e.ipBlock.cidr}${e.ipBlock.except.length ? ` except ${e.ipBlock.except.join(',')}` : ''}`
      : 'outside';

/** `from -> to: 80/TCP, 81/TCP ✗` — ✗ marks a port the other side still denies. */
const text = (f: AdmittedFlow) =>
  `${end(f.from)} -> ${end(f.to)}: ${f.ports
    .map(
      (p) =>
        `${p.port}${p.endPort !== undefined ? `-${p.endPort}` : ''}/${p.protocol}${p.allowed ? '' : ' ✗'}`,
    )
    .join(', ')}`;

/** The endpoint flows the rule-by-rule explanation attributes to a rule, in the same words. */
function explainedFlows(a: Analysis, policyName: string, direction: PolicyType, rule: number) {
  const r = a.reachability;
  const out: string[] = [];
  r.endpoints.forEach((src, f) => {
    r.endpoints.forEach((dst, t) => {
      if (f === t || (src.kind === 'External' && dst.kind === 'External')) return;
      const ports: string[] = [];
      for (const probe of r.probes(t)) {
        const why = r.explain(f, t, probe);
        const side = direction === 'Ingress' ? why.ingress : why.egress;
        if (side.admittedBy.some((ref) => ref.policy === policyName && ref.rule === rule))
          ports.push(`${probe.port}/${probe.protocol}${why.allowed ? '' : ' ✗'}`);
      }
      if (ports.length > 0) out.push(`${src.id} -> ${dst.id}: ${ports.join(', ')}`);
    });
  });
  return out.sort();
}

const endpointFlows = (rule: RuleFlows) =>
  rule.flows
    .filter((f) => f.from.kind === 'endpoint' && f.to.kind === 'endpoint')
    .map(text)
    .sort();

describe('policyFlows on the upstream scenarios', () => {
  it('ANDs namespaceSelector and podSelector within one peer', () => {
    const a = scenario('peer-namespace-and-pod-selector');
    const flows = flowsOf(a, 'x/allow-y-b');
    expect(flows.selects).toEqual(['x/a']);
    expect(flows.ingress).toHaveLength(1);
    const [rule] = flows.ingress;
    expect(rule!.admits).toBe('pods pod=b in namespaces ns=y on all ports');
    expect(rule!.source?.line).toBeGreaterThan(1);
    expect(rule!.peerEndpoints).toBe(1);
    expect(rule!.flows.map(text)).toEqual(['y/b -> x/a: 80/TCP, 81/TCP, 80/UDP, 81/UDP']);
    expect(rule!.total).toBe(1);
    expect(rule!.emptyBecause).toBeUndefined();
  });

  it('lists pods an ipBlock matches by IP and the outside addresses it leaves', () => {
    const a = scenario('ipblock-except');
    const [rule] = flowsOf(a, 'x/allow-from-cidr-except-y-b').ingress;
    // 10.244.2.0/23 covers y (10.244.2.x) and z (10.244.3.x); y/b's /32 is excepted.
    expect(endpointFlows(rule!).map((f) => f.split(' -> ')[0])).toEqual([
      'y/a',
      'y/c',
      'z/a',
      'z/b',
      'z/c',
    ]);
    expect(rule!.admitsOutside).toBe(true);
    expect(rule!.flows.map(text)[0]).toBe(
      'outside 10.244.2.0/23 except 10.244.2.11/32 -> x/a: 80/TCP, 81/TCP, 80/UDP, 81/UDP',
    );
    expect(rule!.total).toBe(6);
  });

  it('gives an egress ipBlock every port toward outside addresses', () => {
    const a = scenario('ipblock-except-egress');
    const [rule] = flowsOf(a, 'x/egress-to-y-except-a').egress;
    expect(rule!.flows.map(text)[0]).toBe(
      'x/a -> outside 10.244.2.0/24 except 10.244.2.10/32: 1-65535/TCP, 1-65535/UDP, 1-65535/SCTP',
    );
    expect(endpointFlows(rule!).map((f) => f.split(': ')[0])).toEqual(['x/a -> y/b', 'x/a -> y/c']);
  });

  it('resolves a named port on each destination pod, with its protocol', () => {
    const a = scenario('named-port-ingress');
    const [rule] = flowsOf(a, 'x/allow-serve-81-tcp').ingress;
    expect(
      new Set(rule!.flows.flatMap((f) => f.ports.map((p) => `${p.port}/${p.protocol}`))),
    ).toEqual(new Set(['81/TCP']));
    // No `from`: every endpoint (8 besides the destination) and anyone outside, to each of x's 3 pods.
    expect(rule!.total).toBe(3 * 8 + 3);
    expect(rule!.flows.filter((f) => f.from.kind === 'outside').map((f) => end(f.to))).toEqual([
      'x/a',
      'x/b',
      'x/c',
    ]);
  });

  it('admits the ports of an endPort range that the destinations serve', () => {
    const a = scenario('endport-range');
    const ports = (id: string) =>
      new Set(
        flowsOf(a, id).ingress[0]!.flows.flatMap((f) =>
          f.ports.map((p) => `${p.port}/${p.protocol}`),
        ),
      );
    expect(ports('x/a-tcp-80-81')).toEqual(new Set(['80/TCP', '81/TCP']));
    expect(ports('x/b-tcp-81-1024')).toEqual(new Set(['81/TCP']));
    expect(ports('x/c-udp-1-80')).toEqual(new Set(['80/UDP']));
  });

  it('has no rules to list for a deny-all policy, yet selects every pod', () => {
    const flows = flowsOf(scenario('default-deny-all'), 'x/default-deny-all');
    expect(flows.selects).toEqual(['x/a', 'x/b', 'x/c']);
    expect(flows.ingress).toEqual([]);
    expect(flows.egress).toEqual([]);
  });

  it('says a rule is ignored when policyTypes lacks its direction', () => {
    const flows = flowsOf(scenario('policytypes-egress-only-ignores-ingress'), 'x/a-egress-only');
    expect(flows.ingress[0]).toMatchObject({
      total: 0,
      emptyBecause: 'direction-not-in-policy-types',
    });
    expect(flows.egress[0]!.total).toBe(3);
  });

  it('agrees with the rule-by-rule explanation on every scenario', () => {
    const names = readdirSync(join('fixtures', 'scenarios'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const a = scenario(name);
      for (const p of a.cluster.policies) {
        const id = `${p.namespace}/${p.name}`;
        const flows = policyFlows(a.reachability, p, { limit: 10_000 });
        for (const rule of [...flows.ingress, ...flows.egress]) {
          expect(endpointFlows(rule), `${name} ${id} ${rule.direction} ${rule.rule}`).toEqual(
            explainedFlows(a, id, rule.direction, rule.rule),
          );
        }
      }
    }
  });
});

describe('policyFlows on small clusters', () => {
  it('says plainly when a peer matches nothing', () => {
    const a = analyzeYaml(
      yamlDocs(
        pod('x', 'a'),
        pod('x', 'b'),
        policy(
          'x',
          'p',
          'podSelector: {matchLabels: {app: a}}\ningress: [{from: [{podSelector: {matchLabels: {app: ghost}}}]}, {ports: [{port: 9999}]}]',
        ),
      ),
    );
    const [ghost, port] = flowsOf(a, 'x/p').ingress;
    expect(ghost).toMatchObject({
      peerEndpoints: 0,
      total: 0,
      emptyBecause: 'peers-match-nothing',
    });
    expect(ghost!.flows).toEqual([]);
    // Everyone is a peer, but x/a does not listen on 9999.
    expect(port).toMatchObject({ total: 0, emptyBecause: 'no-port-admitted' });
  });

  it('marks a flow the other side still denies', () => {
    const a = analyzeYaml(
      yamlDocs(
        pod('x', 'a', { ports: ['80', '443'] }),
        pod('x', 'b', { ports: ['80', '443'] }),
        policy(
          'x',
          'a-egress',
          'podSelector: {matchLabels: {app: a}}\npolicyTypes: [Egress]\negress: [{ports: [{port: 443}]}]',
        ),
        policy(
          'x',
          'b-ingress',
          'podSelector: {matchLabels: {app: b}}\ningress: [{from: [{podSelector: {matchLabels: {app: a}}}]}]',
        ),
      ),
    );
    const [rule] = flowsOf(a, 'x/b-ingress').ingress;
    expect(rule!.flows.map(text)).toEqual(['x/a -> x/b: 80/TCP ✗, 443/TCP']);
    expect(canReach(a, 'x/a', 'x/b', '80')).toBe(false);
    expect(canReach(a, 'x/a', 'x/b', '443')).toBe(true);
  });

  it('spells out the first flows of a big class pair and counts them all', () => {
    const web = Array.from({ length: 6 }, (_, i) =>
      pod('x', `web-${i}`, { labels: { app: 'web' } }),
    );
    const a = analyzeYaml(
      yamlDocs(
        namespace('x'),
        ...web,
        policy(
          'x',
          'web-to-web',
          'podSelector: {matchLabels: {app: web}}\ningress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]',
        ),
      ),
    );
    expect(a.reachability.classes.representatives).toHaveLength(1);
    const all = flowsOf(a, 'x/web-to-web', 1000).ingress[0]!;
    expect(all.total).toBe(6 * 5);
    expect(endpointFlows(all)).toEqual(explainedFlows(a, 'x/web-to-web', 'Ingress', 0));
    const cut = flowsOf(a, 'x/web-to-web', 7).ingress[0]!;
    expect(cut.total).toBe(30);
    expect(cut.flows.map((f) => `${end(f.from)} -> ${end(f.to)}`)).toEqual([
      'x/web-0 -> x/web-1',
      'x/web-0 -> x/web-2',
      'x/web-0 -> x/web-3',
      'x/web-0 -> x/web-4',
      'x/web-0 -> x/web-5',
      'x/web-1 -> x/web-0',
      'x/web-1 -> x/web-2',
    ]);
  });

  it('admits nothing when the CNI enforces no policy, and still says what it selects', () => {
    const a = analyzeYaml(
      yamlDocs(
        pod('x', 'a'),
        pod('x', 'b'),
        policy('x', 'p', 'podSelector: {matchLabels: {app: a}}\ningress: [{}]'),
      ),
      { policiesEnforced: false },
    );
    const flows = flowsOf(a, 'x/p');
    expect(flows.enforced).toBe(false);
    expect(flows.selects).toEqual(['x/a']);
    expect(flows.ingress[0]).toMatchObject({ total: 0, emptyBecause: 'not-enforced' });
  });

  it('says a policy that selects nothing admits nothing', () => {
    const a = analyzeYaml(
      yamlDocs(
        pod('x', 'a'),
        policy('x', 'p', 'podSelector: {matchLabels: {app: nobody}}\ningress: [{}]'),
      ),
    );
    const flows = flowsOf(a, 'x/p');
    expect(flows.selects).toEqual([]);
    expect(flows.ingress[0]).toMatchObject({ total: 0, emptyBecause: 'selects-no-endpoint' });
  });
});
