import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from './analyze';
import { createParseCache } from './parse/parse-manifests';

const sample = readFileSync('public/samples/production.yaml', 'utf8');
// The sample's documents, without the header comment; each is a whole manifest.
const documents = sample
  .split(/^---$/m)
  .map((d) => d.trim())
  .filter((d) => /^kind:|^apiVersion:/m.test(d));

function outcome(text: string) {
  const a = analyze([{ name: 'sample.yaml', text }]);
  return {
    errors: a.diagnostics.filter((d) => d.severity === 'error'),
    endpoints: a.cluster.endpoints.map((e) => e.id),
    verdicts: a.reachability.verdicts(),
    services: a.services,
  };
}

describe('the pipeline', () => {
  it('reads the production sample without errors and with the expected verdicts', () => {
    const o = outcome(sample);
    expect(o.errors).toEqual([]);
    const verdict = (from: string, to: string, port: number, protocol = 'TCP') =>
      o.verdicts.find(
        (v) => v.from === from && v.to === to && v.port === port && v.protocol === protocol,
      )?.allowed;
    expect(
      verdict('production/Deployment/frontend', 'production/Deployment/api-server', 8080),
    ).toBe(true);
    expect(
      verdict('monitoring/Deployment/prometheus', 'production/Deployment/api-server', 9090),
    ).toBe(false);
    expect(
      verdict('production/Deployment/api-server', 'production/StatefulSet/postgres', 5432),
    ).toBe(true);
    expect(
      verdict('production/Deployment/api-server', 'kube-system/Deployment/coredns', 53, 'UDP'),
    ).toBe(true);
    expect(
      verdict('production/Deployment/api-server', 'kube-system/Deployment/coredns', 9153),
    ).toBe(false);
    expect(
      verdict('production/Deployment/api-server', 'monitoring/Deployment/prometheus', 9090),
    ).toBe(false);
  });

  it('gives the same result whatever the order of the documents', () => {
    expect(documents.length).toBeGreaterThan(10);
    const expected = outcome(documents.join('\n---\n'));
    fc.assert(
      fc.property(fc.shuffledSubarray(documents, { minLength: documents.length }), (shuffled) => {
        expect(outcome(shuffled.join('\n---\n'))).toEqual({ ...expected, errors: [] });
      }),
      { numRuns: 25 },
    );
  });

  it('gives the same result when the documents are split across several files', () => {
    const expected = outcome(documents.join('\n---\n'));
    const files = documents.map((text, i) => ({ name: `f${i}.yaml`, text }));
    const a = analyze(files);
    expect(a.reachability.verdicts()).toEqual(expected.verdicts);
    expect(a.services).toEqual(expected.services);
  });
});

describe('a CNI that does not enforce NetworkPolicy', () => {
  it('allows every connection while still listing the policies', () => {
    const a = analyze([{ name: 'sample.yaml', text: sample }], { policiesEnforced: false });
    expect(a.cluster.policies.length).toBe(1);
    expect(a.reachability.verdicts().every((v) => v.allowed)).toBe(true);
  });
});

describe('analysing an edit from the previous analysis', () => {
  const isPolicy = (d: string) => /^kind: NetworkPolicy$/m.test(d);
  const clusterFile = {
    name: 'cluster.yaml',
    text: documents.filter((d) => !isPolicy(d)).join('\n---\n'),
  };
  const policyText = documents.filter(isPolicy).join('\n---\n');
  const edited = policyText.replace('port: 8080', 'port: 9090');

  function again(text: string, options: AnalyzeOptions = {}, previousOptions: AnalyzeOptions = {}) {
    const parseCache = createParseCache();
    const files = (t: string) => [clusterFile, { name: 'policies.yaml', text: t }];
    const first = analyze(files(policyText), previousOptions, { parseCache });
    const next = analyze(files(text), options, {
      parseCache,
      previous: { analysis: first, options: previousOptions },
    });
    return { first, next, fresh: analyze(files(text), options) };
  }

  it('keeps the endpoint classes after a policy-only edit, with the verdicts of a fresh analysis', () => {
    expect(edited).not.toBe(policyText);
    const { first, next, fresh } = again(edited);
    expect(next.cluster.endpoints).toBe(first.cluster.endpoints);
    expect(next.cluster.namespaces).toBe(first.cluster.namespaces);
    expect(next.reachability.classes).toBe(first.reachability.classes);
    expect(next.reachability.verdicts()).toEqual(fresh.reachability.verdicts());
    expect(next.reachability.verdicts()).not.toEqual(first.reachability.verdicts());
    expect(next.services).toEqual(fresh.services);
    expect(next.diagnostics).toEqual(fresh.diagnostics);
  });

  it('evaluates afresh when the options changed', () => {
    const { first, next, fresh } = again(edited, { ipBlockMatchesPodIPs: false });
    expect(next.reachability.classes).not.toBe(first.reachability.classes);
    expect(next.reachability.verdicts()).toEqual(fresh.reachability.verdicts());
  });

  it('builds the endpoints again when a pod-bearing file changed', () => {
    const parseCache = createParseCache();
    const policies = { name: 'policies.yaml', text: policyText };
    const first = analyze([clusterFile, policies], {}, { parseCache });
    const relabelled = {
      ...clusterFile,
      text: clusterFile.text.replace('app: frontend', 'app: frontend-v2'),
    };
    const next = analyze(
      [relabelled, policies],
      {},
      {
        parseCache,
        previous: { analysis: first, options: {} },
      },
    );
    expect(next.cluster.endpoints).not.toBe(first.cluster.endpoints);
    expect(next.reachability.verdicts()).toEqual(
      analyze([relabelled, policies]).reachability.verdicts(),
    );
  });
});
