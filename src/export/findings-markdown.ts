import { countFindings } from '../findings/count';
import type { Finding } from '../findings/types';
import type { Severity } from '../model/diagnostic';
import { markdownTable } from './markdown-table';

/** Icon and word together: the severity must not rest on an emoji alone. */
const MARKDOWN_SEVERITY: Record<Severity, string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  info: 'ℹ️ info',
};

/**
 * Findings as a heading with the counts and a table, for a pull-request review: what
 * `reachmap lint --format md` prints and the explorer's Export ▸ Findings Markdown downloads.
 *
 * @example formatFindingsMarkdown([]) // '### reachmap lint: no findings\n'
 */
export function formatFindingsMarkdown(findings: readonly Finding[]): string {
  const heading = `### reachmap lint: ${countFindings(findings)}\n`;
  if (findings.length === 0) return heading;
  const rows = findings.map((f) => [
    MARKDOWN_SEVERITY[f.severity],
    `${f.message} (\`${f.id}\`)`,
    `\`${f.source.file}:${f.source.line}\``,
  ]);
  return `${heading}\n${markdownTable(['Severity', 'Finding', 'Where'], rows)}`;
}
