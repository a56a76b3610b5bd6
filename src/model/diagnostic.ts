/** Where something came from: file name, 0-based document index, 1-based line and column. */
export interface SourceRange {
  file: string;
  /** Index of the YAML document (`---` separated) within the file, from 0. */
  doc: number;
  /** 1-based line in the file (not in the document). */
  line: number;
  /** 1-based column. */
  col: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic extends SourceRange {
  severity: Severity;
  message: string;
  /** The object the diagnostic is about, when known: `Kind ns/name`. */
  object?: string;
}

/** `file: doc N, line L:C: message` — the one textual form used by the CLI and the UI. */
export function formatDiagnostic(d: Diagnostic): string {
  const what = d.object ? ` ${d.object}:` : '';
  return `${d.file}: document ${d.doc}, line ${d.line}:${d.col}: ${d.severity}:${what} ${d.message}`;
}
