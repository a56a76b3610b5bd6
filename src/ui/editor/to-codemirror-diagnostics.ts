import type { Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import type { Diagnostic, Severity } from '../../model/diagnostic';
import { lineAt, tokenSpan, type LineSource } from './position-math';

const SEVERITY: Record<Severity, EditorDiagnostic['severity']> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
};

/**
 * Places reachmap diagnostics in a CodeMirror document. Lines past the end are clamped (the
 * diagnostics may describe an older text), and each range covers the token at the column.
 * The message keeps the reported line, since a clamped mark may sit elsewhere.
 *
 * @example toCodeMirrorDiagnostics(diagnostics, view.state.doc)
 */
export function toCodeMirrorDiagnostics(
  diagnostics: readonly Diagnostic[],
  doc: LineSource,
): EditorDiagnostic[] {
  return diagnostics.map((d) => {
    const line = lineAt(doc, d.line);
    const span = tokenSpan(line.text, d.col);
    const about = d.object ? `${d.object}: ` : '';
    return {
      from: line.from + span.from,
      to: line.from + span.to,
      severity: SEVERITY[d.severity],
      message: `line ${d.line}: ${about}${d.message}`,
    };
  });
}
