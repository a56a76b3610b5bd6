import type { Finding, Severity } from './types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * `1 error, 2 warnings, 1 info` (zero counts left out; `no findings` when all are zero).
 *
 * @example countFindings([]) // 'no findings'
 */
export function countFindings(findings: readonly Pick<Finding, 'severity'>[]): string {
  const parts = SEVERITIES.flatMap((s) => {
    const n = findings.filter((f) => f.severity === s).length;
    if (n === 0) return [];
    return [`${n} ${s === 'info' || n === 1 ? s : `${s}s`}`];
  });
  return parts.length === 0 ? 'no findings' : parts.join(', ');
}
