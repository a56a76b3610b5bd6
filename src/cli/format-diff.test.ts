import { describe, expect, it } from 'vitest';
import type { ReachabilityDiff } from '../diff';
import { formatDiffCsv, formatDiffMarkdown, formatDiffText } from './format-diff';

const flow = {
  from: 'x/a',
  to: 'x/b',
  port: 80,
  protocol: 'TCP' as const,
  change: 'allowed' as const,
  policies: [],
};
const diff: ReachabilityDiff = {
  flows: [flow],
  byPolicy: [{ policy: '', status: undefined, allowed: [flow], denied: [] }],
  services: [
    { id: 'x/web', change: 'changed', details: ['type ClusterIP → NodePort', 'port 80 | 81'] },
  ],
  endpoints: { added: [{ id: 'x/b', kind: 'Pod', namespace: 'x' }], removed: [] },
  policies: { added: [], removed: [], changed: ['x/noop'] },
  findings: {
    added: [],
    resolved: [
      {
        id: 'policy-selects-nothing',
        severity: 'warning',
        message: 'Policy x/p selects no pod.',
        objects: ['x/NetworkPolicy/p'],
        source: { file: 'a.yaml', doc: 0, line: 1, col: 1 },
      },
    ],
  },
};

describe('formatDiffText', () => {
  it('lists every section, a policy that changed no flow, and changes no policy decided', () => {
    expect(formatDiffText(diff)).toBe(
      '1 newly allowed; 0 newly denied; 1 Service change; 1 endpoints added, 0 removed; 0 findings added, 1 resolved.\n' +
        '\nNo policy changed its mind (endpoints changed labels, ports or IPs)\n' +
        '  + allowed  x/a   ->  x/b  80/TCP\n' +
        '\nServices\n  ~ changed x/web: type ClusterIP → NodePort; port 80 | 81\n' +
        '\nEndpoints\n  + added x/b (Pod)\n' +
        '\nPolicies that changed no flow\n  x/noop (changed)\n' +
        '\nFindings\n  - resolved warning policy-selects-nothing: Policy x/p selects no pod.\n',
    );
  });
});

describe('formatDiffMarkdown', () => {
  it('escapes table cells', () => {
    expect(formatDiffMarkdown(diff)).toContain(
      '| ~ changed | `x/web` | type ClusterIP → NodePort; port 80 \\| 81 |',
    );
  });
});

describe('formatDiffCsv', () => {
  it('one record per Service and finding change', () => {
    expect(formatDiffCsv(diff).split('\n')).toContain(
      'service,changed,,,,,,x/web,type ClusterIP → NodePort; port 80 | 81',
    );
    expect(formatDiffCsv(diff).split('\n')).toContain(
      'finding,resolved,,,,,,policy-selects-nothing,Policy x/p selects no pod.',
    );
  });
});
