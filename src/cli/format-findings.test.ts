import { describe, expect, it } from 'vitest';
import type { Finding, FindingRule } from '../findings/types';
import {
  formatFindingsJson,
  formatFindingsMarkdown,
  formatFindingsSarif,
  formatFindingsText,
  type LintReport,
} from './format-findings';

const RULES: FindingRule[] = [
  { id: 'service-selects-nothing', severity: 'error', summary: 'A Service selects nothing.' },
  { id: 'egress-blocks-dns', severity: 'warning', summary: 'Egress without DNS.' },
  { id: 'pod-not-selected', severity: 'info', summary: 'A pod no policy selects.' },
];

const finding = (
  id: string,
  severity: Finding['severity'],
  file: string,
  line: number,
  message = `Message of ${id}.`,
): Finding => ({
  id,
  severity,
  message,
  objects: ['shop/Service/api'],
  source: { file, doc: 0, line, col: 1 },
});

const REPORT: LintReport = {
  findings: [
    finding('service-selects-nothing', 'error', 'k8s/shop.yaml', 12, 'Service shop/api | x.'),
    finding('egress-blocks-dns', 'warning', 'k8s/shop.yaml', 40),
    finding('pod-not-selected', 'info', 'k8s/other.yaml', 3),
  ],
  rules: RULES,
  version: '1.2.3',
};

describe('formatFindingsText', () => {
  it('prints file:line:col: severity: message [id], then the counts', () => {
    expect(formatFindingsText(REPORT)).toBe(
      'k8s/shop.yaml:12:1: error: Service shop/api | x. [service-selects-nothing]\n' +
        'k8s/shop.yaml:40:1: warning: Message of egress-blocks-dns. [egress-blocks-dns]\n' +
        'k8s/other.yaml:3:1: info: Message of pod-not-selected. [pod-not-selected]\n' +
        '1 error, 1 warning, 1 info\n',
    );
  });
});

describe('formatFindingsJson', () => {
  it('lists each finding with its place, and the counts', () => {
    const json = JSON.parse(formatFindingsJson(REPORT));
    expect(json.counts).toEqual({ error: 1, warning: 1, info: 1 });
    expect(json.findings[0]).toEqual({
      id: 'service-selects-nothing',
      severity: 'error',
      message: 'Service shop/api | x.',
      objects: ['shop/Service/api'],
      file: 'k8s/shop.yaml',
      document: 0,
      line: 12,
      column: 1,
    });
  });
});

describe('formatFindingsMarkdown', () => {
  it('a heading with the counts and a table naming severity by icon and word', () => {
    const md = formatFindingsMarkdown(REPORT);
    expect(md).toBe(
      '### reachmap lint: 1 error, 1 warning, 1 info\n\n' +
        '| Severity | Finding | Where |\n' +
        '| --- | --- | --- |\n' +
        '| ❌ error | Service shop/api \\| x. (`service-selects-nothing`) | `k8s/shop.yaml:12` |\n' +
        '| ⚠️ warning | Message of egress-blocks-dns. (`egress-blocks-dns`) | `k8s/shop.yaml:40` |\n' +
        '| ℹ️ info | Message of pod-not-selected. (`pod-not-selected`) | `k8s/other.yaml:3` |\n',
    );
    expect(formatFindingsMarkdown({ ...REPORT, findings: [] })).toBe(
      '### reachmap lint: no findings\n',
    );
  });
});

describe('formatFindingsSarif', () => {
  const sarif = JSON.parse(formatFindingsSarif(REPORT));
  const run = sarif.runs[0];

  it('is SARIF 2.1.0 with the driver and its rules', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'reachmap', version: '1.2.3' });
    expect(run.tool.driver.rules).toEqual([
      {
        id: 'service-selects-nothing',
        shortDescription: { text: 'A Service selects nothing.' },
        defaultConfiguration: { level: 'error' },
      },
      {
        id: 'egress-blocks-dns',
        shortDescription: { text: 'Egress without DNS.' },
        defaultConfiguration: { level: 'warning' },
      },
      {
        id: 'pod-not-selected',
        shortDescription: { text: 'A pod no policy selects.' },
        defaultConfiguration: { level: 'note' },
      },
    ]);
  });

  it('one result per finding: ruleId and index, level (info is note), message, file and line', () => {
    expect(run.results).toHaveLength(3);
    expect(run.results[0]).toEqual({
      ruleId: 'service-selects-nothing',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'Service shop/api | x.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'k8s/shop.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 1 },
          },
        },
      ],
    });
    expect(run.results.map((r: { level: string }) => r.level)).toEqual([
      'error',
      'warning',
      'note',
    ]);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
  });

  it('file names become URIs: ./ dropped, backslashes and spaces encoded, absolute as file:', () => {
    const uriOf = (file: string) =>
      JSON.parse(
        formatFindingsSarif({
          ...REPORT,
          findings: [finding('pod-not-selected', 'info', file, 1)],
        }),
      ).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(uriOf('./k8s/my shop.yaml')).toEqual({
      uri: 'k8s/my%20shop.yaml',
      uriBaseId: '%SRCROOT%',
    });
    expect(uriOf('k8s\\shop.yaml').uri).toBe('k8s/shop.yaml');
    expect(uriOf('/repo/shop.yaml')).toEqual({ uri: 'file:///repo/shop.yaml' });
    expect(uriOf('C:\\repo\\shop.yaml')).toEqual({ uri: 'file:///C:/repo/shop.yaml' });
  });
});
