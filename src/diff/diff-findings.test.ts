import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings';
import { diffFindings } from './diff-findings';

const finding = (id: string, objects: string[], line = 1): Finding => ({
  id,
  severity: 'warning',
  message: `${id} about ${objects.join(', ')}`,
  objects,
  source: { file: 'a.yaml', doc: 0, line, col: 1 },
});

describe('diffFindings', () => {
  it('matches by id and objects, not by line', () => {
    const a = [finding('x', ['ns/Service/a'], 3), finding('y', ['ns/Service/b'])];
    const b = [finding('x', ['ns/Service/a'], 9), finding('z', ['ns/Service/c'])];
    const d = diffFindings(a, b);
    expect(d.added.map((f) => f.id)).toEqual(['z']);
    expect(d.resolved.map((f) => f.id)).toEqual(['y']);
  });

  it('counts duplicates: one of two equal findings going away is resolved', () => {
    const f = finding('x', ['ns/Pod/p']);
    const d = diffFindings([f, f], [f]);
    expect(d.resolved).toHaveLength(1);
    expect(d.added).toEqual([]);
  });
});
