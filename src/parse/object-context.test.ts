import { describe, it, expect } from 'vitest';
import type { Diagnostic } from '../model/diagnostic';
import { createObjectContext } from './object-context';

const where = {
  source: { file: 'f.yaml', doc: 0, line: 1, col: 1 },
  at: (path: readonly (string | number)[]) => ({
    file: 'f.yaml',
    doc: 0,
    line: path.length + 1,
    col: 3,
  }),
};

describe('createObjectContext', () => {
  it('turns reports into placed diagnostics naming the object and the field path', () => {
    const diagnostics: Diagnostic[] = [];
    const ctx = createObjectContext(where, 'default', diagnostics);
    ctx.report('error', ['kind'], 'is required');
    ctx.setSubject('Pod ns/p');
    ctx.report('warning', ['metadata', 'labels', 'a.b/c'], 'invalid');
    ctx.report('info', [], 'skipped');
    expect(diagnostics).toEqual([
      { file: 'f.yaml', doc: 0, line: 2, col: 3, severity: 'error', message: 'kind: is required' },
      {
        file: 'f.yaml',
        doc: 0,
        line: 4,
        col: 3,
        severity: 'warning',
        message: 'metadata.labels["a.b/c"]: invalid',
        object: 'Pod ns/p',
      },
      {
        file: 'f.yaml',
        doc: 0,
        line: 1,
        col: 3,
        severity: 'info',
        message: 'skipped',
        object: 'Pod ns/p',
      },
    ]);
    expect(ctx.errorCount).toBe(1);
    expect(ctx.defaultNamespace).toBe('default');
  });
});
