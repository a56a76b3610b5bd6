import type { Diagnostic } from '../model/diagnostic';
import { describeIntent, type EndpointRef, type IntentResult } from '../intents';

/** What `reachmap check` prints: each intent's result, and the intents file's own problems. */
export interface CheckReport {
  results: readonly IntentResult[];
  /** Problems in the intents file (its broken entries are not in `results`). */
  errors: readonly Diagnostic[];
}

const mark = (r: IntentResult) => (r.passed ? '✓ pass' : '✗ FAIL');

function counts(report: CheckReport): string {
  const passed = report.results.filter((r) => r.passed).length;
  const failed = report.results.length - passed;
  const errors = report.errors.length;
  const intents = `${report.results.length} intent${report.results.length === 1 ? '' : 's'}`;
  const errorText =
    errors > 0 ? `, ${errors} error${errors === 1 ? '' : 's'} in the intents file` : '';
  return `${intents}: ${passed} passed, ${failed} failed${errorText}`;
}

function more(r: IntentResult): number {
  return r.breaking - r.explanations.length;
}

/**
 * For people and CI logs: one block per intent, failures with each breaking pair's reasons.
 *
 * @example
 * ✗ FAIL  ops.intents.yaml:3  monitoring/prometheus → shop/api on 9090/TCP: allow
 *         fails: 1 of 1 connection is denied on 9090/TCP (allow needs every source to reach …)
 *         monitoring/Deployment/prometheus → shop/Deployment/api: Denied: shop/Deployment/api is …
 */
export function formatCheckText(report: CheckReport): string {
  const lines: string[] = [];
  for (const r of report.results) {
    const { file, line } = r.intent.source;
    lines.push(`${mark(r)}  ${file}:${line}  ${describeIntent(r.intent)}`);
    lines.push(`        ${r.message}`);
    for (const e of r.explanations) lines.push(`        ${e.from} → ${e.to}: ${e.summary}`);
    if (more(r) > 0) lines.push(`        … and ${more(r)} more`);
  }
  lines.push(counts(report));
  return `${lines.join('\n')}\n`;
}

function refJson(ref: EndpointRef): unknown {
  if (ref.kind === 'id') return ref.id;
  const { kind: _kind, ...selector } = ref;
  return selector;
}

/** For scripts: every field of every result; `errors` are the intents file's diagnostics. */
export function formatCheckJson(report: CheckReport): string {
  const passed = report.results.filter((r) => r.passed).length;
  const json = {
    intents: report.results.map((r) => ({
      index: r.intent.index,
      ...(r.intent.name ? { name: r.intent.name } : {}),
      file: r.intent.source.file,
      line: r.intent.source.line,
      from: refJson(r.intent.from),
      to: refJson(r.intent.to),
      port: r.intent.probe.port,
      protocol: r.intent.probe.protocol,
      expect: r.intent.expect,
      passed: r.passed,
      message: r.message,
      matched: { from: r.from, to: r.to },
      pairs: r.pairs,
      breaking: r.breaking,
      breakingPairs: r.explanations.map((e) => ({
        from: e.from,
        to: e.to,
        allowed: e.allowed,
        reason: e.summary,
      })),
    })),
    errors: report.errors.map((d) => ({
      file: d.file,
      line: d.line,
      col: d.col,
      ...(d.object ? { intent: d.object } : {}),
      message: d.message,
    })),
    summary: {
      total: report.results.length,
      passed,
      failed: report.results.length - passed,
      errors: report.errors.length,
    },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Markdown cell text: pipes escaped, line breaks as <br>. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** For a pull-request comment: a heading with the counts and one table row per intent. */
export function formatCheckMarkdown(report: CheckReport): string {
  const out = [`### reachmap check: ${counts(report)}`, ''];
  if (report.errors.length > 0) {
    for (const d of report.errors) {
      const what = d.object ? `${d.object}: ` : '';
      out.push(`- **error** \`${d.file}\` line ${d.line}: ${cell(what + d.message)}`);
    }
    out.push('');
  }
  if (report.results.length > 0) {
    out.push('| Result | Intent | Where | Why |', '|---|---|---|---|');
    for (const r of report.results) {
      const why = [
        r.message,
        ...r.explanations.map((e) => `\`${e.from} → ${e.to}\`: ${e.summary}`),
        ...(more(r) > 0 ? [`… and ${more(r)} more`] : []),
      ];
      const where = `\`${r.intent.source.file}\` line ${r.intent.source.line}`;
      out.push(
        `| ${r.passed ? '✓ pass' : '✗ **fail**'} | ${cell(describeIntent(r.intent))} | ${cell(where)} | ${why.map(cell).join('<br>')} |`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
