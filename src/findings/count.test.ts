import { describe, expect, it } from 'vitest';
import { countFindings } from './count';

const FINDINGS = [
  { severity: 'error' as const },
  { severity: 'warning' as const },
  { severity: 'info' as const },
];

describe('countFindings', () => {
  it('counts per severity, leaving out zeros', () => {
    expect(countFindings(FINDINGS)).toBe('1 error, 1 warning, 1 info');
    expect(countFindings([...FINDINGS, FINDINGS[1]!])).toBe('1 error, 2 warnings, 1 info');
    expect(countFindings([])).toBe('no findings');
  });
});
