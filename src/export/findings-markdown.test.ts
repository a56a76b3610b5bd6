import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/types';
import { formatFindingsMarkdown } from './findings-markdown';

const finding = (severity: Finding['severity'], message: string): Finding =>
  ({
    id: 'service-selects-nothing',
    severity,
    message,
    objects: ['shop/Service/api'],
    source: { file: 'shop.yaml', doc: 2, line: 99, col: 1 },
  }) as Finding;

describe('formatFindingsMarkdown', () => {
  it('says so when there is nothing to report', () => {
    expect(formatFindingsMarkdown([])).toBe('### reachmap lint: no findings\n');
  });

  it('writes one row per finding, severity as icon and word, a pipe in a message escaped', () => {
    const md = formatFindingsMarkdown([finding('error', 'selects app=a|b, which matches nothing')]);
    expect(md).toBe(
      '### reachmap lint: 1 error\n\n' +
        '| Severity | Finding | Where |\n| --- | --- | --- |\n' +
        '| ❌ error | selects app=a\\|b, which matches nothing (`service-selects-nothing`) | `shop.yaml:99` |\n',
    );
  });
});
