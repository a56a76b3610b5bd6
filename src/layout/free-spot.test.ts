import { describe, expect, it } from 'vitest';
import { findFreeSpot } from './free-spot';

const kid = (x: number, y: number) => ({ x, y, width: 100, height: 40 });
const never = (): boolean => false;

describe('findFreeSpot', () => {
  it('fills a hole inside the group before growing it', () => {
    // Two columns, the second row has only its first cell used.
    const siblings = [kid(16, 40), kid(126, 40), kid(16, 90)];
    const spot = findFreeSpot(
      siblings,
      { width: 100, height: 40 },
      { width: 242, height: 146 },
      10,
      never,
    );
    expect(spot).toEqual({ x: 126, y: 90 });
  });

  it('grows the group as little as it can, away from crowded neighbours', () => {
    const siblings = [kid(16, 40), kid(126, 40)];
    const group = { width: 242, height: 96 };
    const block = { width: 100, height: 40 };
    expect(findFreeSpot(siblings, block, group, 10, never)).toEqual({ x: 16, y: 90 });
    // Growing down would crowd a neighbour: grow right instead.
    const crowdsBelow = (grown: { height: number }): boolean => grown.height > group.height;
    expect(findFreeSpot(siblings, block, group, 10, crowdsBelow)).toEqual({ x: 236, y: 40 });
  });
});
