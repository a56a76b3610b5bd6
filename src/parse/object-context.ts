import type { Diagnostic } from '../model/diagnostic';
import type { ObjectPositions } from './document-positions';
import { formatPath } from './field-path';
import type { ObjectContext } from './read-context';

/** A read context that turns reports into Diagnostics placed in the file. */
export function createObjectContext(
  where: ObjectPositions,
  defaultNamespace: string,
  diagnostics: Diagnostic[],
): ObjectContext {
  let subject: string | undefined;
  let errorCount = 0;
  return {
    defaultNamespace,
    report(severity, path, message) {
      if (severity === 'error') errorCount++;
      const text = path.length === 0 ? message : `${formatPath(path)}: ${message}`;
      const diagnostic: Diagnostic = { ...where.at(path), severity, message: text };
      if (subject !== undefined) diagnostic.object = subject;
      diagnostics.push(diagnostic);
    },
    at: (path) => where.at(path),
    setSubject(name) {
      subject = name;
    },
    get errorCount() {
      return errorCount;
    },
  };
}
