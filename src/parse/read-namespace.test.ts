import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { readNamespace } from './read-namespace';

const source = { file: 'a.yaml', doc: 0, line: 1, col: 1 };
const id = { apiVersion: 'v1', kind: 'Namespace', name: 'prod', namespace: undefined, source };

describe('readNamespace', () => {
  it('adds the metadata.name label, overriding a written one', () => {
    const ctx = createMemoryContext();
    const ns = readNamespace(
      { metadata: { name: 'prod', labels: { team: 'a', 'kubernetes.io/metadata.name': 'other' } } },
      id,
      ctx,
    );
    expect(ns).toEqual({
      name: 'prod',
      labels: { team: 'a', 'kubernetes.io/metadata.name': 'prod' },
      declared: true,
      source,
    });
  });

  it('reports labels of the wrong type', () => {
    const ctx = createMemoryContext();
    readNamespace({ metadata: { name: 'prod', labels: { env: 1 } } }, id, ctx);
    expect(ctx.issues[0]?.path).toEqual(['metadata', 'labels', 'env']);
  });
});
