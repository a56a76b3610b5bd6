import type { Analysis } from '../analyze';
import { findingContext, type FindingContext } from './context';
import { COVERAGE_RULES, coverageFindings } from './coverage';
import { DNS_RULES, dnsFindings } from './dns';
import { EXPOSURE_RULES, exposureFindings } from './exposure';
import { endPortFindings, invalidObjectFindings, MANIFEST_RULES } from './manifest';
import { PORT_RULES, portFindings } from './ports';
import { REDUNDANCY_RULES, redundancyFindings } from './redundancy';
import { SELECTOR_RULES, selectorFindings } from './selectors';
import { SERVICE_RULES, serviceFindings } from './services';
import { compareFindings } from './sort';
import { TRAP_RULES, trapFindings } from './traps';
import type { Finding, FindingRule } from './types';

export type { Finding, FindingRule } from './types';
export { countFindings, SEVERITIES } from './count';

const FAMILIES: readonly {
  rules: Record<string, FindingRule>;
  find: (fc: FindingContext) => Finding[];
}[] = [
  { rules: SERVICE_RULES, find: serviceFindings },
  { rules: EXPOSURE_RULES, find: exposureFindings },
  { rules: SELECTOR_RULES, find: selectorFindings },
  { rules: TRAP_RULES, find: trapFindings },
  { rules: DNS_RULES, find: dnsFindings },
  { rules: PORT_RULES, find: portFindings },
  { rules: COVERAGE_RULES, find: coverageFindings },
  { rules: REDUNDANCY_RULES, find: redundancyFindings },
  { rules: MANIFEST_RULES, find: (fc) => endPortFindings(fc.analysis.diagnostics) },
];

/** Every rule the lint has, in family order (SARIF lists them as its driver's rules). */
export const FINDING_RULES: readonly FindingRule[] = FAMILIES.flatMap((f) =>
  Object.values(f.rules),
);

/**
 * Findings about the analysed manifests, computed from the same evaluation the matrix and the
 * explorer show, sorted by file, line and column.
 *
 * @example findFindings(analyze([{ name: 'a.yaml', text }])).map((f) => f.id)
 * // ['service-selects-nothing', 'egress-blocks-dns']
 */
export function findFindings(analysis: Analysis): Finding[] {
  const fc = findingContext(analysis);
  return FAMILIES.flatMap((f) => f.find(fc)).sort(compareFindings);
}

/**
 * What `reachmap lint` reports: the findings, and every error diagnostic of the input as an
 * `invalid-object` finding (the page shows those under the editor instead).
 */
export function lintFindings(analysis: Analysis): Finding[] {
  return [...findFindings(analysis), ...invalidObjectFindings(analysis.diagnostics)].sort(
    compareFindings,
  );
}
