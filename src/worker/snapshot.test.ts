import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { analyzeYaml, pod, policy, yamlDocs } from '../testing/yaml-cluster';
import { policyDetailsOf, SNAPSHOT_FLOWS_PER_RULE, snapshotOf } from './snapshot';

describe('policy summaries and details', () => {
  it('counts every flow of each rule in the snapshot; lists the first ones only when asked', () => {
    const pods = Array.from({ length: 10 }, (_, i) =>
      pod('x', `web-${i}`, { labels: { app: 'web' } }),
    );
    const a = analyzeYaml(
      yamlDocs(
        ...pods,
        policy(
          'x',
          'same-app',
          'podSelector: {matchLabels: {app: web}}\ningress: [{from: [{podSelector: {}}]}]',
        ),
      ),
    );
    const summary = snapshotOf(a).policySummaries['x/same-app']!;
    expect(summary.ingress[0]).toEqual({
      admits: 'pods {} on all ports',
      line: expect.any(Number) as number,
      peerEndpoints: 10,
      admitsOutside: false,
      total: 10 * 9,
    });
    const details = policyDetailsOf(a, 'x/same-app')!;
    const [rule] = details.ingress;
    expect(rule!.total).toBe(10 * 9);
    expect(rule!.flows).toHaveLength(SNAPSHOT_FLOWS_PER_RULE);
    // The details are the summary with the flows.
    expect({ ...details, ingress: details.ingress.map(({ flows: _, ...r }) => r) }).toEqual(
      summary,
    );
    expect(policyDetailsOf(a, 'x/gone')).toBeUndefined();
  });
});

describe('snapshotOf findings', () => {
  it('carries the lint findings as plain data, each with its file and line', () => {
    const text = readFileSync('fixtures/findings/shop.yaml', 'utf8');
    const snapshot = snapshotOf(analyze([{ name: 'shop.yaml', text }]));
    expect(snapshot.findings.map((f) => [f.id, f.source.file, f.source.line])).toEqual([
      ['namespace-without-default-deny', 'shop.yaml', 6],
      ['service-selects-nothing', 'shop.yaml', 99],
      ['egress-blocks-dns', 'shop.yaml', 122],
    ]);
    // It crosses the Worker boundary by structured clone.
    expect(structuredClone(snapshot.findings)).toEqual(snapshot.findings);
  });
});
