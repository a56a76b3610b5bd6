import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';

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
