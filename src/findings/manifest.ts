import type { Diagnostic, SourceRange } from '../model/diagnostic';
import { makeFinding } from './context';
import type { Finding, FindingRule } from './types';

export const MANIFEST_RULES = {
  endPortWithNamedPort: {
    id: 'end-port-with-named-port',
    severity: 'error',
    summary:
      'A NetworkPolicy port with endPort and a named port, which the API server rejects: endPort needs a numeric port.',
  },
  invalidObject: {
    id: 'invalid-object',
    severity: 'error',
    summary:
      'A document or object that cannot be read as written (syntax, types, fields), so it is left out of the evaluation.',
  },
} as const satisfies Record<string, FindingRule>;

/**
 * `spec.ingress[0].ports[1].endPort: cannot be used with a named port`, as the parser reports it
 * (read-policy-port.ts; manifest.test.ts pins the wording). The parser leaves such a policy out,
 * as the API server would refuse it, so this is where the lint learns about it.
 */
const END_PORT_WITH_NAME =
  /^spec\.(ingress|egress)\[(\d+)\]\.ports\[(\d+)\]\.endPort: cannot be used with a named port$/;

/** `NetworkPolicy shop/api` (a diagnostic's object) → `shop/NetworkPolicy/api`. */
function objectOf(d: Diagnostic): string[] {
  const m = d.object ? /^(\S+) (?:([^/\s]+)\/)?(\S+)$/.exec(d.object) : null;
  if (!m) return [];
  return [m[2] ? `${m[2]}/${m[1]}/${m[3]}` : `${m[1]}/${m[3]}`];
}

function sourceOf(d: Diagnostic): SourceRange {
  return { file: d.file, doc: d.doc, line: d.line, col: d.col };
}

function policyName(d: Diagnostic): string {
  return d.object?.replace(/^NetworkPolicy /, '') ?? 'A NetworkPolicy';
}

/** Findings the parser's diagnostics already hold: endPort with a named port. */
export function endPortFindings(diagnostics: readonly Diagnostic[]): Finding[] {
  const out: Finding[] = [];
  for (const d of diagnostics) {
    const m = d.severity === 'error' ? END_PORT_WITH_NAME.exec(d.message) : null;
    if (!m) continue;
    const rule = `${m[1]} rule ${Number(m[2]) + 1}, port ${Number(m[3]) + 1}`;
    out.push(
      makeFinding(
        MANIFEST_RULES.endPortWithNamedPort,
        `${policyName(d)} ${rule} sets endPort with a named port, which the API server rejects (a range needs a numeric port), so the whole policy is left out of the evaluation.`,
        objectOf(d),
        sourceOf(d),
      ),
    );
  }
  return out;
}

/**
 * Every other error diagnostic, as a finding: the command line's lint reports them beside the
 * findings so a CI run or code scanning shows them too (the page lists them under the editor).
 */
export function invalidObjectFindings(diagnostics: readonly Diagnostic[]): Finding[] {
  return diagnostics
    .filter((d) => d.severity === 'error' && !END_PORT_WITH_NAME.test(d.message))
    .map((d) =>
      makeFinding(
        MANIFEST_RULES.invalidObject,
        `${d.object ?? `Document ${d.doc} of ${d.file}`} cannot be read (${d.message}), so it is left out of the evaluation.`,
        objectOf(d),
        sourceOf(d),
      ),
    );
}
