import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '../analyze';
import { countVerdicts } from './verdict-count';

const sample = [
  { name: 'production.yaml', text: readFileSync('public/samples/production.yaml', 'utf8') },
];

describe('countVerdicts', () => {
  it.each<[string, AnalyzeOptions]>([
    ['the sample alone', {}],
    ['two externals (no External → External verdicts)', { externals: ['192.0.2.1', '192.0.2.2'] }],
    [
      'an extra probed port',
      { externals: ['192.0.2.1'], extraPorts: [{ port: 53, protocol: 'UDP' }] },
    ],
  ])('equals the number of verdicts listed for %s', (_name, options) => {
    const r = analyze(sample, options).reachability;
    expect(countVerdicts(r)).toBe(r.verdicts().length);
  });

  it('is 0 for an empty cluster', () => {
    expect(countVerdicts(analyze([]).reachability)).toBe(0);
  });
});
