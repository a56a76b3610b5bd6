import { formatFindingsMarkdown as findingsMarkdown } from '../export/findings-markdown';
import { countFindings, SEVERITIES } from '../findings/count';
import type { Finding, FindingRule } from '../findings/types';
import type { Severity } from '../model/diagnostic';

/** What every lint format prints: the findings (sorted) and the rules they come from. */
export interface LintReport {
  findings: readonly Finding[];
  rules: readonly FindingRule[];
  /** The tool's version, for SARIF's driver. */
  version: string;
}

/**
 * One line per finding in the `file:line:col: severity: message [id]` form compilers use (editors
 * and CI logs turn it into a link), then the counts.
 *
 * @example
 * shop.yaml:99:1: error: Service shop/api selects app=api, which matches no pod … [service-selects-nothing]
 * 1 error
 */
export function formatFindingsText(report: LintReport): string {
  const lines = report.findings.map(
    (f) =>
      `${f.source.file}:${f.source.line}:${f.source.col}: ${f.severity}: ${f.message} [${f.id}]`,
  );
  return [...lines, countFindings(report.findings)].map((l) => `${l}\n`).join('');
}

/** The findings as they are, with counts per severity. */
export function formatFindingsJson(report: LintReport): string {
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length]),
  );
  const findings = report.findings.map((f) => ({
    id: f.id,
    severity: f.severity,
    message: f.message,
    objects: f.objects,
    file: f.source.file,
    document: f.source.doc,
    line: f.source.line,
    column: f.source.col,
  }));
  return `${JSON.stringify({ findings, counts }, null, 2)}\n`;
}

/** A heading with the counts and a table, for a pull-request comment (shared with the explorer). */
export function formatFindingsMarkdown(report: LintReport): string {
  return findingsMarkdown(report.findings);
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/**
 * A file name as a SARIF artifact URI: relative paths stay relative to the checkout (code scanning
 * resolves them against it, `%SRCROOT%`), with `/` separators; absolute ones become file: URIs.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${encodeURI(slashed)}` };
  if (slashed.startsWith('/')) return { uri: `file://${encodeURI(slashed)}` };
  return { uri: encodeURI(slashed.replace(/^(\.\/)+/, '')), uriBaseId: '%SRCROOT%' };
}

/**
 * SARIF 2.1.0 with one run: every rule in the driver (id, description, default level) and one
 * result per finding pointing at its file and line — what GitHub code scanning reads to annotate
 * a pull request.
 */
export function formatFindingsSarif(report: LintReport): string {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'reachmap',
            version: report.version,
            rules: report.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.summary },
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
            })),
          },
        },
        results: report.findings.map((f) => ({
          ruleId: f.id,
          ...(ruleIndex.has(f.id) ? { ruleIndex: ruleIndex.get(f.id) } : {}),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(f.source.file),
                region: { startLine: f.source.line, startColumn: f.source.col },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
