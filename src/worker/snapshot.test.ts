import { describe, expect, it } from 'vitest';
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
