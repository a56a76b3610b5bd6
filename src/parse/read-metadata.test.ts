import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { metadataOf, readAnnotations, readLabels, readOwnerReferences } from './read-metadata';

describe('read-metadata', () => {
  it('reads labels with label checks and annotations without them', () => {
    const ctx = createMemoryContext();
    const object = {
      metadata: { labels: { app: 'web' }, annotations: { 'not a label key': 'any text at all' } },
    };
    expect(readLabels(ctx, object)).toEqual({ app: 'web' });
    expect(readAnnotations(ctx, object)).toEqual({ 'not a label key': 'any text at all' });
    expect(ctx.issues).toEqual([]);
  });

  it('reads absent or malformed metadata as empty', () => {
    expect(metadataOf({})).toEqual({});
    expect(metadataOf({ metadata: 'x' })).toEqual({});
    expect(readLabels(createMemoryContext(), {})).toEqual({});
  });

  it('reads owner references, requiring kind and name', () => {
    const ctx = createMemoryContext();
    const refs = readOwnerReferences(ctx, {
      metadata: {
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: 'ReplicaSet',
            name: 'rs',
            uid: 'u',
            controller: true,
            blockOwnerDeletion: true,
          },
          { kind: 'Job', name: 'j' },
          { name: 'no-kind' },
        ],
      },
    });
    expect(refs).toEqual([
      { kind: 'ReplicaSet', name: 'rs', uid: 'u', controller: true },
      { kind: 'Job', name: 'j' },
    ]);
    expect(ctx.issues.map((i) => i.path.join('.'))).toEqual(['metadata.ownerReferences.2.kind']);
  });
});
