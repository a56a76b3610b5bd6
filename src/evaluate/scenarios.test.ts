/**
 * Scenarios ported from the upstream Kubernetes e2e NetworkPolicy suite (written by us; see
 * fixtures/scenarios/README.md). Each lists hand-computed verdicts the evaluator must reproduce.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Verdict } from './types';

const root = join(process.cwd(), 'fixtures', 'scenarios');
const scenarios = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('upstream e2e scenarios', () => {
  it('exist', () => {
    expect(scenarios.length).toBeGreaterThan(10);
  });

  for (const name of scenarios) {
    it(name, () => {
      const dir = join(root, name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
        verdicts: Verdict[];
      };
      const a = analyze([
        { name: 'input.yaml', text: readFileSync(join(dir, 'input.yaml'), 'utf8') },
      ]);
      expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const r = a.reachability;
      const actual = expected.verdicts.map((v) => {
        const from = r.indexOf(v.from);
        const to = r.indexOf(v.to);
        if (from === undefined || to === undefined) return { ...v, allowed: 'unknown endpoint' };
        return { ...v, allowed: r.isAllowed(from, to, { port: v.port, protocol: v.protocol }) };
      });
      expect(actual).toEqual(expected.verdicts);
      expect(expected.verdicts.length).toBeGreaterThan(0);
    });
  }
});
