import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { parseCsv } from '../../export/csv';
import type { Settings } from '../../store/workspace-slice';
import { snapshotOf } from '../../worker/snapshot';
import { exposureText, inputNotes, matrixText, type ExportInputs } from './export-texts';

const files = [
  { name: 'production.yaml', text: readFileSync('public/samples/production.yaml', 'utf8') },
];
const settings: Settings = {
  cni: 'enforcing',
  ipBlockMatchesPodIPs: true,
  hostNetworkPodsSelectable: false,
};
const inputs: ExportInputs = { files, settings };

function text(result: ReturnType<typeof matrixText>): string {
  if ('problem' in result) throw new Error(result.problem);
  return result.text;
}

describe('inputNotes', () => {
  it('names the input and only the settings that change verdicts', () => {
    expect(inputNotes(inputs, 0)).toEqual(['Input: production.yaml.']);
    expect(
      inputNotes(
        {
          files,
          settings: {
            cni: 'flannel',
            ipBlockMatchesPodIPs: false,
            hostNetworkPodsSelectable: true,
          },
        },
        2,
      ),
    ).toEqual([
      'Input: production.yaml.',
      'The input has 2 errors: what could not be read is left out.',
      'CNI: Flannel, which enforces no NetworkPolicy: every connection is allowed.',
      'ipBlock peers match only addresses outside the cluster, not pod IPs.',
      'Policies select hostNetwork pods, and selector peers match them.',
    ]);
  });
});

describe('matrixText', () => {
  it('gives every verdict of every port, as the analysis lists them', () => {
    const verdicts = analyze(files).reachability.verdicts();
    const records = parseCsv(text(matrixText(inputs, 'csv')));
    expect(records[0]).toEqual(['from', 'to', 'port', 'protocol', 'allowed']);
    expect(records.slice(1)).toEqual(
      verdicts.map((v) => [v.from, v.to, String(v.port), v.protocol, String(v.allowed)]),
    );
    expect(new Set(records.slice(1).map((r) => r[2])).size).toBeGreaterThan(1);
    expect(records.some((r) => r[4] === 'false')).toBe(true);
  });

  it('evaluates with the page settings: under Flannel everything is allowed, and says so', () => {
    const flannel = { files, settings: { ...settings, cni: 'flannel' as const } };
    const records = parseCsv(text(matrixText(flannel, 'csv'))).slice(1);
    expect(records.every((r) => r[4] === 'true')).toBe(true);
    expect(text(matrixText(flannel, 'markdown'))).toContain('> CNI: Flannel');
  });

  it('refuses a matrix past the limit and points to the CLI', () => {
    const result = matrixText(inputs, 'csv', 10);
    expect(result).toEqual({
      problem: expect.stringMatching(/^The matrix has 32 verdicts.*reachmap matrix/),
    });
  });
});

describe('exposureText', () => {
  it('lists the exposed Services with the input named', () => {
    const snapshot = snapshotOf(analyze(files));
    const markdown = exposureText(inputs, snapshot);
    expect(markdown).toContain('> Input: production.yaml.\n');
    expect(markdown).toContain('| production/api-server-lb | LoadBalancer |');
  });
});
