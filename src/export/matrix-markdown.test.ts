import { describe, expect, it } from 'vitest';
import type { Verdict } from '../evaluate/types';
import { formatMatrixMarkdown } from './matrix-markdown';

const verdicts: Verdict[] = [
  { from: 'prod/web', to: 'prod/api', port: 8080, protocol: 'TCP', allowed: true },
  { from: 'prod/api', to: 'prod/web', port: 53, protocol: 'UDP', allowed: false },
];

describe('formatMatrixMarkdown', () => {
  it('gives a heading, the counts and one table row per verdict', () => {
    expect(formatMatrixMarkdown({ endpoints: 2, verdicts })).toBe(
      '## Reachability matrix\n\n' +
        '2 verdicts between 2 endpoints: 1 allowed, 1 denied.\n\n' +
        '| From | To | Port | Verdict |\n' +
        '| --- | --- | --- | --- |\n' +
        '| prod/web | prod/api | 8080/TCP | ✓ allowed |\n' +
        '| prod/api | prod/web | 53/UDP | ✗ denied |\n',
    );
  });

  it('puts notes in a block quote above the table and counts in the singular', () => {
    const text = formatMatrixMarkdown({
      endpoints: 1,
      verdicts: verdicts.slice(0, 1),
      notes: ['CNI: Flannel | nothing enforced'],
    });
    expect(text).toContain('1 verdict between 1 endpoint: 1 allowed, 0 denied.\n\n');
    expect(text).toContain('> CNI: Flannel \\| nothing enforced\n\n| From |');
  });

  it('still has the table header when there is no verdict', () => {
    expect(formatMatrixMarkdown({ endpoints: 0, verdicts: [] })).toMatch(
      /0 verdicts between 0 endpoints: 0 allowed, 0 denied\.\n\n\| From \| To \| Port \| Verdict \|\n\| --- \| --- \| --- \| --- \|\n$/,
    );
  });
});
