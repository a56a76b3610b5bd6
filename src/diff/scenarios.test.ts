// Every scenario in fixtures/scenarios has the same pods and hand-written verdicts, so the flow
// changes between two scenarios are known without the evaluator: the verdicts that differ.
// Comparing each scenario with the next checks the joint-class shortcut pair by pair.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Verdict } from '../evaluate/types';
import { diffFlows } from './diff-flows';

const DIR = 'fixtures/scenarios';
const names = readdirSync(DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const verdicts = (name: string): Verdict[] =>
  (JSON.parse(readFileSync(`${DIR}/${name}/expected.json`, 'utf8')) as { verdicts: Verdict[] })
    .verdicts;
const analysisOf = (name: string) =>
  analyze([{ name, text: readFileSync(`${DIR}/${name}/input.yaml`, 'utf8') }]);
const key = (v: { from: string; to: string; port: number; protocol: string }) =>
  `${v.from}>${v.to}:${v.port}/${v.protocol}`;

describe('diffFlows between consecutive scenarios', () => {
  it('has enough scenarios to mean something', () => expect(names.length).toBeGreaterThan(10));
  names.slice(1).forEach((after, i) => {
    const before = names[i]!;
    it(`${before} → ${after}`, () => {
      const old = new Map(verdicts(before).map((v) => [key(v), v.allowed]));
      const expected = verdicts(after)
        .filter((v) => old.get(key(v)) !== v.allowed)
        .map((v) => `${key(v)} ${v.allowed ? 'allowed' : 'denied'}`)
        .sort();
      const flows = diffFlows(analysisOf(before).reachability, analysisOf(after).reachability);
      expect(flows.map((f) => `${key(f)} ${f.change}`).sort()).toEqual(expected);
      // Every change in a scenario comes from a policy of one of the two versions.
      expect(flows.every((f) => f.policies.length > 0)).toBe(true);
    });
  });
});
