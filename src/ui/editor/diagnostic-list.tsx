import type { Diagnostic, Severity } from '../../model/diagnostic';
import './editor.css';

/** A glyph per severity, so the list does not rely on colour; the label is what is read out. */
const SEVERITY_MARK: Record<Severity, { glyph: string; label: string }> = {
  error: { glyph: '✖', label: 'Error' },
  warning: { glyph: '▲', label: 'Warning' },
  info: { glyph: 'ℹ', label: 'Info' },
};

function withClass(base: string, extra: string | undefined): string {
  return extra ? `${base} ${extra}` : base;
}

export interface DiagnosticListProps {
  diagnostics: readonly Diagnostic[];
  /** Called when a diagnostic is clicked or activated with Enter/Space. */
  onJump: (diagnostic: Diagnostic) => void;
  className?: string;
}

/** Parse and model problems; each one is a button that takes the editor to its line. */
export function DiagnosticList({ diagnostics, onJump, className }: DiagnosticListProps) {
  if (diagnostics.length === 0) {
    return (
      <p className={withClass('diagnostic-list-empty', className)} role="status">
        No problems
      </p>
    );
  }
  return (
    <ul className={withClass('diagnostic-list', className)} aria-label="Problems">
      {diagnostics.map((d, i) => {
        const mark = SEVERITY_MARK[d.severity];
        return (
          <li key={`${d.file}:${d.doc}:${d.line}:${d.col}:${i}`}>
            <button
              type="button"
              className={`diagnostic-list-item diagnostic-list-${d.severity}`}
              data-testid="editor-diagnostic"
              data-severity={d.severity}
              onClick={() => onJump(d)}
            >
              <span className="diagnostic-list-icon" role="img" aria-label={mark.label}>
                {mark.glyph}
              </span>
              <span className="diagnostic-list-where">
                {d.file}: document {d.doc}, line {d.line}:{d.col}
              </span>
              <span className="diagnostic-list-message">
                {d.object ? `${d.object}: ` : ''}
                {d.message}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
