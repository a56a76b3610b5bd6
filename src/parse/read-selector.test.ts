import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { readLabelSelector } from './read-selector';

function read(value: unknown) {
  const ctx = createMemoryContext();
  const selector = readLabelSelector(ctx, value, ['spec', 'podSelector']);
  return { selector, issues: ctx.issues.map((i) => [i.severity, i.path.join('.'), i.message]) };
}

describe('readLabelSelector', () => {
  it('reads {} as a selector matching everything', () => {
    expect(read({})).toEqual({ selector: { matchLabels: {}, matchExpressions: [] }, issues: [] });
  });

  it('reads matchLabels and matchExpressions', () => {
    const { selector, issues } = read({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['a', 'b'] },
        { key: 'canary', operator: 'DoesNotExist' },
        { key: 'x', operator: 'Exists', values: [] },
      ],
    });
    expect(issues).toEqual([]);
    expect(selector).toEqual({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['a', 'b'] },
        { key: 'canary', operator: 'DoesNotExist', values: [] },
        { key: 'x', operator: 'Exists', values: [] },
      ],
    });
  });

  it('rejects labels written directly in the selector', () => {
    expect(read({ app: 'web' }).issues).toEqual([
      [
        'error',
        'spec.podSelector.app',
        'unknown field; expected one of matchLabels, matchExpressions (labels go under matchLabels)',
      ],
    ]);
  });

  it('rejects a selector that is not a map', () => {
    expect(read('app=web').issues[0]?.[2]).toBe(
      'must be a label selector map, not a string ("app=web")',
    );
    expect(read(['a']).issues).toHaveLength(1);
  });

  it('rejects an invalid operator, with a hint about case', () => {
    expect(
      read({ matchExpressions: [{ key: 'a', operator: 'in', values: ['x'] }] }).issues,
    ).toEqual([
      [
        'error',
        'spec.podSelector.matchExpressions.0.operator',
        'invalid operator "in"; expected In, NotIn, Exists or DoesNotExist (operators are case-sensitive: In)',
      ],
    ]);
    expect(read({ matchExpressions: [{ key: 'a', operator: 'Equals' }] }).issues).toHaveLength(1);
  });

  it('rejects In/NotIn without values', () => {
    expect(read({ matchExpressions: [{ key: 'a', operator: 'In' }] }).issues).toEqual([
      ['error', 'spec.podSelector.matchExpressions.0.values', 'must not be empty for operator In'],
    ]);
    expect(
      read({ matchExpressions: [{ key: 'a', operator: 'NotIn', values: [] }] }).issues,
    ).toHaveLength(1);
  });

  it('rejects Exists/DoesNotExist with values', () => {
    expect(
      read({ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] }).issues,
    ).toEqual([
      ['error', 'spec.podSelector.matchExpressions.0.values', 'must be empty for operator Exists'],
    ]);
  });

  it('rejects non-string values and numbers in matchLabels', () => {
    expect(read({ matchLabels: { version: 2 } }).issues[0]?.[0]).toBe('error');
    expect(
      read({ matchExpressions: [{ key: 'a', operator: 'In', values: [1] }] }).issues[0],
    ).toEqual([
      'error',
      'spec.podSelector.matchExpressions.0.values.0',
      'must be a string, not a number (1)',
    ]);
  });

  it('requires key and operator', () => {
    const { issues } = read({ matchExpressions: [{ values: ['a'] }] });
    expect(issues.map((i) => i[1])).toEqual([
      'spec.podSelector.matchExpressions.0.key',
      'spec.podSelector.matchExpressions.0.operator',
    ]);
  });

  it('warns about invalid label syntax without failing', () => {
    const { selector, issues } = read({
      matchExpressions: [{ key: 'a b', operator: 'In', values: ['-x'] }],
    });
    expect(selector?.matchExpressions).toHaveLength(1);
    expect(issues.map((i) => i[0])).toEqual(['warning', 'warning']);
  });
});
