import { describe, expect, it } from 'vitest';
import { nodeSetChangedALot } from './node-set';

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
