import type { Severity, SourceRange } from '../model/diagnostic';
import type { Path } from './field-path';

/** What a reader needs: where to report problems and how to find source positions. */
export interface ReadContext {
  readonly defaultNamespace: string;
  /**
   * Reports a problem at `path`, relative to the object being read. An `error` makes the caller
   * leave the object out; warnings and infos keep it.
   */
  report(severity: Severity, path: Path, message: string): void;
  /** Where the node at `path` (relative to the object) starts. Located lazily, on demand. */
  at(path: Path): SourceRange;
}

/** The context the dispatcher uses: it also names the object and counts errors. */
export interface ObjectContext extends ReadContext {
  /** Names the object (`Kind ns/name`) in this and later diagnostics. */
  setSubject(subject: string): void;
  /** Errors reported so far; an object read with errors is left out. */
  readonly errorCount: number;
}

export interface ReportedIssue {
  severity: Severity;
  path: Path;
  message: string;
  subject?: string;
}

/** A context that keeps issues in memory and places every node at line 1; for reader tests. */
export function createMemoryContext(defaultNamespace = 'default'): ObjectContext & {
  issues: ReportedIssue[];
} {
  const issues: ReportedIssue[] = [];
  let subject: string | undefined;
  return {
    defaultNamespace,
    issues,
    report(severity, path, message) {
      issues.push(
        subject === undefined ? { severity, path, message } : { severity, path, message, subject },
      );
    },
    at() {
      return { file: 'test.yaml', doc: 0, line: 1, col: 1 };
    },
    setSubject(name) {
      subject = name;
    },
    get errorCount() {
      return issues.filter((i) => i.severity === 'error').length;
    },
  };
}
