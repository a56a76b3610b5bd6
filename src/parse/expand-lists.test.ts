import { describe, it, expect } from 'vitest';
import { expandDocument } from './expand-lists';

const pod = (name: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name } });

describe('expandDocument', () => {
  it('returns a single object as itself', () => {
    expect(expandDocument(pod('a'))).toEqual({
      entries: [{ object: pod('a'), path: [] }],
      problems: [],
    });
  });

  it('ignores an empty document', () => {
    expect(expandDocument(null)).toEqual({ entries: [], problems: [] });
    expect(expandDocument(undefined)).toEqual({ entries: [], problems: [] });
  });

  it('expands List items and nested Lists, keeping their paths', () => {
    const { entries, problems } = expandDocument({
      apiVersion: 'v1',
      kind: 'List',
      items: [pod('a'), { apiVersion: 'v1', kind: 'List', items: [pod('b'), pod('c')] }],
    });
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.path.join('.'), e.object['metadata']])).toEqual([
      ['items.0', { name: 'a' }],
      ['items.1.items.0', { name: 'b' }],
      ['items.1.items.1', { name: 'c' }],
    ]);
  });

  it('gives typed List items their kind and apiVersion as defaults', () => {
    const { entries } = expandDocument({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicyList',
      items: [{ metadata: { name: 'np' } }],
    });
    expect(entries[0]?.defaults).toEqual({
      kind: 'NetworkPolicy',
      apiVersion: 'networking.k8s.io/v1',
    });
  });

  it('treats a top-level array as a list of objects', () => {
    const { entries } = expandDocument([pod('a'), pod('b')]);
    expect(entries.map((e) => e.path)).toEqual([[0], [1]]);
  });

  it('reports documents and items that are not objects', () => {
    expect(expandDocument('hello').problems).toEqual([
      {
        path: [],
        message: 'the document must be a Kubernetes object (a map), not a string ("hello")',
      },
    ]);
    expect(
      expandDocument({ kind: 'List', items: [pod('a'), 3, null] }).problems.map((p) => p.path),
    ).toEqual([
      ['items', 1],
      ['items', 2],
    ]);
    expect(expandDocument({ kind: 'List', items: { a: 1 } }).problems[0]?.path).toEqual(['items']);
  });

  it('treats a *List kind without items as an ordinary object', () => {
    expect(expandDocument({ kind: 'AccessList', spec: {} }).entries).toHaveLength(1);
  });

  it('drops managedFields', () => {
    const object = {
      ...pod('a'),
      metadata: { name: 'a', managedFields: [{ manager: 'kubectl' }] },
    };
    expandDocument(object);
    expect(object.metadata).toEqual({ name: 'a' });
  });

  it('refuses Lists nested too deeply', () => {
    let doc: unknown = pod('deep');
    for (let i = 0; i < 20; i++) doc = { kind: 'List', items: [doc] };
    const { entries, problems } = expandDocument(doc);
    expect(entries).toEqual([]);
    expect(problems[0]?.message).toBe('Lists nested deeper than 8 levels are not read');
  });
});
