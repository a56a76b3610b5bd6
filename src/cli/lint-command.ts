import type { Analysis } from '../analyze';
import { FINDING_RULES, lintFindings } from '../findings';
import type { LintFormat } from './args';
import {
  formatFindingsJson,
  formatFindingsMarkdown,
  formatFindingsSarif,
  formatFindingsText,
  type LintReport,
} from './format-findings';

const LINT_FORMATTERS: Record<LintFormat, (report: LintReport) => string> = {
  text: formatFindingsText,
  json: formatFindingsJson,
  md: formatFindingsMarkdown,
  sarif: formatFindingsSarif,
};

/**
 * `reachmap lint`: the findings of an analysis (objects that cannot be read included) in the
 * format asked for, and the exit status: 1 when a finding is an error, so CI can gate on it.
 */
export function lintCommand(
  analysis: Analysis,
  format: LintFormat,
  version: string,
): { text: string; status: 0 | 1 } {
  const findings = lintFindings(analysis);
  const text = LINT_FORMATTERS[format]({ findings, rules: FINDING_RULES, version });
  return { text, status: findings.some((f) => f.severity === 'error') ? 1 : 0 };
}
