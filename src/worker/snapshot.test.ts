import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { analyzeYaml, pod, policy, yamlDocs } from '../testing/yaml-cluster';
import { SNAPSHOT_FLOWS_PER_RULE, snapshotOf } from './snapshot';

describe('snapshotOf policy details', () => {
  it('lists at most SNAPSHOT_FLOWS_PER_RULE flows per rule and counts them all', () => {
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
    const [rule] = snapshotOf(a).policyDetails['x/same-app']!.ingress;
    expect(rule!.total).toBe(10 * 9);
    expect(rule!.flows).toHaveLength(SNAPSHOT_FLOWS_PER_RULE);
    expect(rule!.peerEndpoints).toBe(10);
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
