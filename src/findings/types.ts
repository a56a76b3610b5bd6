import type { Severity, SourceRange } from '../model/diagnostic';

/**
 * One rule of the lint: a stable kebab-case id, the severity every finding of it carries, and a
 * one-line description (SARIF's shortDescription, the CONTEXT.md table).
 */
export interface FindingRule {
  id: string;
  severity: Severity;
  summary: string;
}

/**
 * Something the lint noticed. `objects` names what it is about, as `ns/Kind/name`
 * (`production/Service/api`, `production/Pod/api-0`), `Namespace/name`, or an external IP;
 * `source` is where to jump: the rule, policy, Service, workload or namespace it concerns.
 */
export interface Finding {
  id: string;
  severity: Severity;
  /** One sentence. */
  message: string;
  objects: string[];
  source: SourceRange;
}

export type { Severity };
