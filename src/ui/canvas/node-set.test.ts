import { describe, expect, it } from 'vitest';
import { expandedGroup, nodeSetChangedALot } from './node-set';

const set = (...ids: string[]) => new Set(ids);

describe('nodeSetChangedALot', () => {
  it('fits the first non-empty graph', () => {
    expect(nodeSetChangedALot(set(), set('a'))).toBe(true);
    expect(nodeSetChangedALot(set(), set())).toBe(false);
  });

  it('keeps the viewport for small additions and removals', () => {
    expect(nodeSetChangedALot(set('a', 'b', 'c'), set('a', 'b', 'c', 'd'))).toBe(false);
    expect(nodeSetChangedALot(set('a', 'b', 'c', 'd'), set('a', 'b', 'c'))).toBe(false);
  });

  it('re-fits when most nodes are new or gone', () => {
    expect(nodeSetChangedALot(set('a', 'b'), set('c', 'd'))).toBe(true);
    expect(nodeSetChangedALot(set('a', 'b', 'c', 'd', 'e'), set('a'))).toBe(true);
  });
});

describe('expandedGroup', () => {
  const before = new Set(['ns:a', 'ns:b', 'outside']);
  const top = [{ id: 'ns:a' }, { id: 'ns:b' }, { id: 'outside' }];

  it('names the one group all new nodes sit in', () => {
    const next = [...top, { id: 'a1', parentId: 'ns:a' }, { id: 'a2', parentId: 'ns:a' }];
    expect(expandedGroup(before, next)).toBe('ns:a');
  });

  it('is undefined when new nodes sit in two groups, at the top level, or there are none', () => {
    expect(
      expandedGroup(before, [
        ...top,
        { id: 'a1', parentId: 'ns:a' },
        { id: 'b1', parentId: 'ns:b' },
      ]),
    ).toBeUndefined();
    expect(expandedGroup(before, [...top, { id: 'ns:c' }])).toBeUndefined();
    expect(expandedGroup(before, top)).toBeUndefined();
  });
});
