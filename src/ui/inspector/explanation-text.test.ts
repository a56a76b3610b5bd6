import { describe, expect, it } from 'vitest';
import { summaryParts } from '../../evaluate/explain';
import { ruleRefText, ruleWhat, sideHeadline, sideState } from './explanation-text';
import { loadSample } from './test-support';

describe('ruleRefText', () => {
  it('counts from 1 like the summary does', () => {
    expect(ruleRefText({ rule: 0, peer: 1, port: 0 }, 'Ingress')).toBe(
      'ingress rule 1, peer 2, port 1',
    );
    expect(ruleRefText({ rule: 2 }, 'Egress')).toBe('egress rule 3');
  });
});

describe('sideState and sideHeadline on real explanations', () => {
  const { analysis } = loadSample();
  const r = analysis.reachability;
  const explain = (from: string, to: string, port: number) =>
    r.explain(r.indexOf(from)!, r.indexOf(to)!, { port, protocol: 'TCP' });

  it('tells an open side, an admitted one and a blocked one apart', () => {
    const scrape = explain(
      'monitoring/Deployment/prometheus',
      'production/Deployment/api-server',
      9090,
    );
    expect(sideState(scrape.egress)).toBe('open');
    expect(sideState(scrape.ingress)).toBe('blocked');
    expect(sideHeadline(scrape.ingress)).toBe(
      'Ingress of production/Deployment/api-server: isolated, no rule admits this',
    );
    const db = explain('production/Deployment/api-server', 'production/StatefulSet/postgres', 5432);
    expect(sideState(db.egress)).toBe('admitted');
  });
});

describe('ruleWhat', () => {
  it('names the rule and its policy, counting from 1', () => {
    expect(ruleWhat({ policy: 'prod/api', direction: 'Egress', rule: 1 })).toBe(
      'egress rule 2 of prod/api',
    );
  });
});

describe('summaryParts, which the summary links are drawn from', () => {
  const { analysis } = loadSample();
  const r = analysis.reachability;
  const explain = (from: string, to: string, port: number) =>
    r.explain(r.indexOf(from)!, r.indexOf(to)!, { port, protocol: 'TCP' });

  it('spells out the summary and carries each rule it names with its line', () => {
    const denied = explain(
      'monitoring/Deployment/prometheus',
      'production/Deployment/api-server',
      9090,
    );
    const allowed = explain(
      'production/Deployment/api-server',
      'production/StatefulSet/postgres',
      5432,
    );
    for (const e of [denied, allowed])
      expect(
        summaryParts(e)
          .map((p) => p.text)
          .join(''),
      ).toBe(e.summary);
    expect(summaryParts(denied).filter((p) => p.rule)).toEqual([
      {
        text: 'rule 1',
        rule: {
          policy: 'production/api-server-ingress',
          direction: 'Ingress',
          rule: 0,
          source: expect.objectContaining({ file: 'production.yaml', line: 275 }),
        },
      },
    ]);
    expect(summaryParts(allowed).find((p) => p.rule)).toMatchObject({
      text: 'egress rule 2',
      rule: { direction: 'Egress', rule: 1, source: { line: 294 } },
    });
  });
});
